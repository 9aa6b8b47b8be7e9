"""The app servers of one fault run: lsnr-fault-router processes sharing the
users (ids 1..users) and their cookies, each appending to its own history."""
import os
import re
import signal
import subprocess
import threading
import time

PROGRESS = re.compile(r"(\w+)=(\d+)")


class Router:
    def __init__(self, exe, name, mode, config, history, jar, seed, users, threads):
        self.name = name
        self.last = {}
        self.lock = threading.Lock()
        self.errlog = open(history + ".stderr", "w")
        self.proc = subprocess.Popen(
            [exe, "--proc", name, "--mode", mode, "--config", config, "--history", history,
             "--jar", jar, "--seed", str(seed), "--users", str(users), "--threads",
             str(threads)], stdout=subprocess.PIPE, stderr=self.errlog, text=True)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.proc.stdout:
            if line.startswith("progress "):
                with self.lock:
                    self.last = {k: int(v) for k, v in PROGRESS.findall(line)}

    def progress(self, key):
        with self.lock:
            return self.last.get(key, 0)

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        if self.alive():
            self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = self.proc.wait()
        self.reader.join(timeout=5)
        self.errlog.close()
        return rc


class RouterSet:
    """Two (or more) app servers; `configs` gives each its client configuration."""

    def __init__(self, exe, mode, configs, workdir, users=100, threads=6):
        self.workdir = workdir
        self.jar = os.path.join(workdir, "cookies.jar")
        self.routers = []
        for i, config in enumerate(configs):
            name = chr(ord("A") + i)
            self.routers.append(Router(exe, name, mode, config,
                                       os.path.join(workdir, name + ".hist"), self.jar,
                                       seed=1000 + i, users=users, threads=threads))

    def histories(self):
        return [os.path.join(self.workdir, r.name + ".hist") for r in self.routers]

    def wait_all(self, key, more, what, timeout=120.0):
        """Waits until every router's counter `key` grew by `more` from now."""
        base = [r.progress(key) for r in self.routers]
        deadline = time.monotonic() + timeout
        while True:
            dead = [r.name for r in self.routers if not r.alive()]
            if dead:
                raise RuntimeError("router %s exited (see %s.hist.stderr)" % (dead[0], dead[0]))
            if all(r.progress(key) >= b + more for r, b in zip(self.routers, base)):
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)

    def stop(self):
        return [r.stop() for r in self.routers]
