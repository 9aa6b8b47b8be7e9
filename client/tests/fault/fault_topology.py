"""What fault_suite.py controls: the PostgreSQL nodes and the Redis deployment
that scripts/topology.sh and scripts/redis-topology.sh started (their LSNR_*
variables), TCP relays, and the roles of the nodes as faults change them."""
import os
import shlex
import signal
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))


class Timeout(Exception):
    pass


def wait_for(cond, what, timeout=90.0, every=0.05):
    """Polls cond() until it is true. The timeout is a safety net against
    hanging forever, never a measurement."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if cond():
                return
        except (subprocess.CalledProcessError, OSError):
            pass
        if time.monotonic() > deadline:
            raise Timeout("never happened within %.0f s: %s" % (timeout, what))
        time.sleep(every)


def free_port():
    """A loopback port nobody listens on, from scripts/lib/free-port.sh (below
    the ephemeral range, like every other port of the topology)."""
    lib = os.path.join(HERE, "..", "..", "..", "scripts", "lib", "free-port.sh")
    out = subprocess.run(["bash", "-c", 'source "$1"; free_port_into p; echo "$p"', "-", lib],
                         capture_output=True, text=True, check=True).stdout
    return int(out.strip())


def redis_cli(port, *args, timeout=5):
    return subprocess.run(["redis-cli", "-p", str(port)] + [str(a) for a in args],
                          capture_output=True, text=True, timeout=timeout).stdout.strip()


def redis_pid(pidfile):
    with open(pidfile) as f:
        return int(f.read().strip())


def registry_shard(servers, cluster):
    """Redis Cluster: (master, replica) ports of the shard that holds the
    registry slot of `cluster` (replica None when it has none)."""
    slot = int(redis_cli(servers[0], "CLUSTER", "KEYSLOT", "{%s}" % cluster))
    nodes = [l.split() for l in redis_cli(servers[0], "CLUSTER", "NODES").splitlines()]

    def port(n):
        return int(n[1].split("@")[0].rsplit(":", 1)[1])

    def owns(n):
        for r in n[8:]:
            lo, _, hi = r.partition("-")
            if r[0] != "[" and int(lo) <= slot <= int(hi or lo):
                return True
        return False
    master = next(n for n in nodes if "master" in n[2] and "fail" not in n[2] and owns(n))
    replicas = [n for n in nodes if n[3] == master[0] and "fail" not in n[2]]
    return port(master), port(replicas[0]) if replicas else None


def cluster_bystander(servers, cluster):
    """A Cluster node outside the registry's shard: the one the workers are
    pointed at, so that faults of that shard do not cut them off (they follow
    MOVED from there)."""
    shard = set(registry_shard(servers, cluster))
    return next(p for p in servers if p not in shard)


class Relay:
    """relay.py in front of 127.0.0.1:<target>, listening on `port`."""

    def __init__(self, target, port=None):
        self.target, self.port, self.proc = target, port or free_port(), None

    def start(self, delay_ms=0):
        self.proc = subprocess.Popen(
            ["/usr/bin/python3", os.path.join(HERE, "relay.py"), "--listen", str(self.port),
             "--to", "127.0.0.1:%d" % self.target, "--delay-ms", str(delay_ms)],
            stdout=subprocess.PIPE, text=True)
        if self.proc.stdout.readline().strip() != "ready":
            raise RuntimeError("relay on port %d did not start" % self.port)

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.proc = None


class Topology:
    def __init__(self):
        e = os.environ
        self.pgbin = e["LSNR_PGBIN"]
        self.runas = shlex.split(e.get("LSNR_RUNAS", ""))
        self.cluster = e["LSNR_CLUSTER"]
        self.dir = e["LSNR_TOPO_DIR"]
        self.port = {n: int(e["LSNR_PORT_" + n]) for n in e["LSNR_NODES"].split()}
        self.datadir = {n: e["LSNR_DATADIR_" + n] for n in self.port}
        # r2 is the replica scripts/topology.sh started with the apply delay.
        self.primary = "primary"
        self.fast = "r1"
        self.delayed = "r2"
        # The Redis the workers publish to: redis-topology.sh's deployment when
        # run.sh started one (FAULT_REDIS_*), else topology.sh's own server.
        self.redis_mode = e.get("FAULT_REDIS_MODE", "standalone")
        if self.redis_mode == "standalone":
            self.redis_port = int(e["LSNR_REDIS_PORT"])
            self.redis_pidfile = e["LSNR_REDIS_PIDFILE"]
            self.redis_config = "redis=127.0.0.1:%d" % self.redis_port
        else:
            self.redis_dir = e["FAULT_REDIS_DIR"]
            self.redis_servers = [int(s.rsplit(":", 1)[1])
                                  for s in e["FAULT_REDIS_SERVERS"].split(",")]
            self.sentinels = [int(s.rsplit(":", 1)[1])
                              for s in e.get("FAULT_SENTINELS", "").split(",") if s]
            self.redis_config = e["FAULT_REDIS_CONFIG"]

    # --- PostgreSQL ---------------------------------------------------------
    def replicas(self):
        return [self.fast, self.delayed]

    def psql(self, node, sql, timeout=30):
        return subprocess.run(
            [self.pgbin + "/psql", "-X", "-q", "-At", "-h", "127.0.0.1", "-p",
             str(self.port[node]), "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1",
             "-c", sql], capture_output=True, text=True, check=True, timeout=timeout).stdout.strip()

    def pg_ctl(self, node, *args, env=()):
        cmd = self.runas + (["env"] + list(env) if env else []) + [
            self.pgbin + "/pg_ctl", "-D", self.datadir[node]] + list(args)
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       timeout=120)

    def stop(self, node, mode="immediate"):
        self.pg_ctl(node, "stop", "-m", mode, "-w")

    def start(self, node, env=()):
        self.pg_ctl(node, "start", "-w", "-t", "60", "-l",
                    os.path.join(self.dir, node + ".log"), env=env)

    def streaming(self):
        """Names (application_name) of the standbys streaming from the primary."""
        out = self.psql(self.primary, "SELECT application_name FROM pg_stat_replication "
                                      "WHERE state = 'streaming'")
        return set(out.split())

    def replayed_to_primary(self, node):
        target = self.psql(self.primary, "SELECT pg_current_wal_flush_lsn()")
        return self.psql(node, "SELECT pg_last_wal_replay_lsn() >= '%s'" % target) == "t"

    def set_and_reload(self, node, setting, value):
        """ALTER SYSTEM on a running node (value None: RESET), then reload."""
        if value is None:
            self.psql(node, "ALTER SYSTEM RESET %s" % setting)
        else:
            self.psql(node, "ALTER SYSTEM SET %s = '%s'" % (setting, value.replace("'", "''")))
        self.psql(node, "SELECT pg_reload_conf()")

    def prepare_table(self, users):
        self.psql(self.primary,
                  "SET client_min_messages = warning; "
                  "CREATE TABLE IF NOT EXISTS lsnr_demo_users (id int PRIMARY KEY, "
                  "version bigint NOT NULL, payload text NOT NULL); "
                  "INSERT INTO lsnr_demo_users SELECT g, 0, 'initial' "
                  "FROM generate_series(1, %d) g ON CONFLICT (id) DO NOTHING" % users)
        # The rows carry no token: every replica must have them first.
        for r in self.replicas():
            wait_for(lambda: self.replayed_to_primary(r), "%s replays the workload table" % r)

    def router_config(self, redis_config=None):
        # blacklist_ms well below its 30 s default, so that a run sees a
        # replica that failed come back; policy=random, so that the replica
        # 2 s behind serves as many reads as the fast one (least_lag would
        # almost never choose it, and a lost token would go unnoticed).
        return ("%s cluster=%s pg='user=postgres dbname=postgres' "
                "primary='host=127.0.0.1 port=%d' blacklist_ms=3000 policy=random" % (
                    redis_config or self.redis_config, self.cluster, self.port[self.primary]))

    # --- Redis (standalone) ----------------------------------------------------
    def redis_restart(self):
        """Starts the standalone server again, empty, exactly as topology.sh did."""
        d = os.path.join(self.dir, "redis")
        subprocess.run(self.runas + [
            "redis-server", "--port", str(self.redis_port), "--bind", "127.0.0.1", "--save", "",
            "--appendonly", "no", "--dir", d, "--daemonize", "yes", "--pidfile",
            self.redis_pidfile, "--logfile", os.path.join(d, "redis.log")],
            check=True, stdout=subprocess.DEVNULL)
        wait_for(lambda: redis_cli(self.redis_port, "ping") == "PONG", "Redis answers again")

    def redis_signal(self, sig):
        os.kill(redis_pid(self.redis_pidfile), sig)

    def redis_kill(self):
        self.redis_signal(signal.SIGKILL)
        wait_for(lambda: redis_cli(self.redis_port, "ping") != "PONG", "Redis is gone")

    # --- Redis (Sentinel, Cluster) ----------------------------------------------
    def server_pidfile(self, port):
        return os.path.join(self.redis_dir, str(port), "redis.pid")

    def server_restart(self, port):
        subprocess.run(["redis-server", os.path.join(self.redis_dir, str(port), "redis.conf")],
                       check=True, stdout=subprocess.DEVNULL)
        wait_for(lambda: redis_cli(port, "ping") in ("PONG", "LOADING"), "redis %d up" % port)

    def sentinel_master(self):
        out = redis_cli(self.sentinels[0], "SENTINEL", "get-master-addr-by-name", "mymaster")
        return int(out.split()[1])


if __name__ == "__main__":
    # run.sh: fault_topology.py cluster-bystander CLUSTER HOST:PORT,...
    import sys
    if len(sys.argv) == 4 and sys.argv[1] == "cluster-bystander":
        print(cluster_bystander([int(s.rsplit(":", 1)[1]) for s in sys.argv[3].split(",")],
                                sys.argv[2]))
    else:
        sys.exit("usage: fault_topology.py cluster-bystander CLUSTER HOST:PORT,...")
