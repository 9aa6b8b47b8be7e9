#!/usr/bin/python3
"""Runs faults of one group (the Redis deployment the workers publish to)
against the topology that scripts/topology.sh started, with two router
processes (two app servers sharing the users) per run, and checks each run's
history with history_check.py. Started by run.sh, which starts the topology.

    fault_suite.py --router EXE --group standalone|sentinel|cluster --out DIR
                   [--plan once|matrix] [--minutes M] [--modes request,carried,hint]
                   [--only NAME,...] [--seed N]

--plan once: every fault of the group once, the modes rotating between
faults (make test-fault). --plan matrix: every fault in every mode; then,
with --minutes, random faults in random modes for that many more minutes
(make soak). Appends one JSON object per run to
DIR/results.jsonl; exits 1 when a run broke the invariant, failed requests
where the design says none may fail, never returned reads to the replicas,
or could not inject its fault.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import time
import traceback

from fault_routers import RouterSet
from fault_topology import Relay, Topology
from faults import by_group

HERE = os.path.dirname(os.path.abspath(__file__))
USERS = 100


class Context:
    """What a fault sees: the topology, the routers, router A's Redis relay."""

    def __init__(self, topo, routers, relay, events, requests_per_phase):
        self.topo, self.routers, self.relay = topo, routers, relay
        self.events, self.per_phase, self.notes = events, requests_per_phase, {}

    def mark(self, kind):
        with open(self.events, "a") as f:
            f.write("orchestrator f %s %d\n" % (kind, time.monotonic_ns()))

    def during(self, scale=1):
        """Lets every router complete some requests (observable progress, not a sleep)."""
        if not self.routers.wait_all("requests", self.per_phase * scale, "requests during fault"):
            raise RuntimeError("the routers stopped completing requests")

    def note(self, key, value):
        self.notes[key] = value


def run_one(args, topo, relay, fault, mode, index):
    name = "%s-%02d-%s-%s" % (args.group, index, fault["name"], mode)
    work = os.path.join(args.out, name)
    os.makedirs(work, exist_ok=True)
    events = os.path.join(work, "events.hist")
    open(events, "w").close()
    configs = [topo.router_config(relay and "redis=127.0.0.1:%d" % relay.port),
               topo.router_config()]
    print("fault-suite: %s (%s mode): %s" % (fault["name"], mode, fault["doc"]), flush=True)
    t0 = time.monotonic()
    routers = RouterSet(args.router, mode, configs, work, users=USERS)
    ctx = Context(topo, routers, relay, events, args.requests)
    error = None
    try:
        if not routers.wait_all("replica_reads", 200, "warm-up", timeout=120):
            raise RuntimeError("reads never went to the replicas before the fault")
        fault["run"](ctx)
        # Reads back on the replicas (observed), with a generous safety net.
        if not routers.wait_all("replica_reads", 100, "recovery", timeout=60):
            raise RuntimeError("reads did not return to the replicas within 60 s of the heal")
        ctx.during()  # a tail, so that the history shows whether they stay there
    except Exception as e:  # reported as this run's result, the suite goes on
        error = "%s: %s" % (type(e).__name__, e)
        traceback.print_exc()
    finally:
        routers.stop()
    out = subprocess.run(["/usr/bin/python3", os.path.join(HERE, "history_check.py"),
                          "--fault", fault["name"], "--mode", mode] + routers.histories() +
                         [events], capture_output=True, text=True)
    try:
        result = json.loads(out.stdout)
    except ValueError:
        result = dict(fault=fault["name"], mode=mode, stale=-1)
        error = error or "history_check: " + out.stderr.strip()
    result.update(group=args.group, may_fail=fault["may_fail"], seconds=round(
        time.monotonic() - t0, 1), error=error, **ctx.notes)
    problems = []
    if error:
        problems.append(error)
    if result.get("stale", 0) != 0:
        problems.append("%d stale reads" % result["stale"])
    if result.get("failed", 0) and not fault["may_fail"]:
        problems.append("%d failed requests" % result["failed"])
    if result.get("failed_reads_before_write", 0) and fault["may_fail"] == "writes":
        # A primary failover may fail writes (and reads after them, on the
        # primary), never reads that the replicas can serve.
        problems.append("%d reads failed before their request wrote" %
                        result["failed_reads_before_write"])
    result["verdict"] = "FAIL: " + "; ".join(problems) if problems else "ok"
    if not result.get("stale"):
        result.pop("stale_samples", None)
    with open(os.path.join(args.out, "results.jsonl"), "a") as f:
        f.write(json.dumps(result, sort_keys=True) + "\n")
    print("fault-suite: %-30s %-8s requests=%s failed=%s etoken=%s stale=%s in_flight=%s "
          "checked=%s recovery_ms=%s %s" % (
              fault["name"], mode, result.get("requests"), result.get("failed"),
              result.get("etoken"), result.get("stale"), result.get("stale_in_flight"),
              result.get("reads_checked"), result.get("recovery_ms"), result["verdict"]),
          flush=True)
    return not problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--router", required=True)
    ap.add_argument("--group", required=True, choices=["standalone", "sentinel", "cluster"])
    ap.add_argument("--out", required=True)
    ap.add_argument("--plan", default="once", choices=["once", "matrix"])
    ap.add_argument("--minutes", type=float, default=0)
    ap.add_argument("--modes", default="request,carried,hint")
    ap.add_argument("--only", default="")
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--requests", type=int, default=300,
                    help="requests every router completes per fault phase")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    modes = args.modes.split(",")
    faults = [f for f in by_group(args.group)
              if not args.only or f["name"] in args.only.split(",")]
    if not faults:
        return 0
    topo = Topology()
    topo.prepare_table(USERS)
    # Router A reaches a standalone Redis through a relay, so that a fault can
    # cut or slow that one router's link.
    relay = None
    if args.group == "standalone":
        relay = Relay(topo.redis_port)
        relay.start()
    if args.plan == "once":
        offset = {"standalone": 0, "sentinel": 1, "cluster": 2}[args.group]
        plan = [(f, modes[(i + offset) % len(modes)]) for i, f in enumerate(faults)]
    else:
        plan = [(f, m) for f in faults for m in modes]
    ok = True
    try:
        for i, (f, m) in enumerate(plan):
            ok = run_one(args, topo, relay, f, m, i) and ok
        rng = random.Random(args.seed)
        i = len(plan)
        if args.minutes:
            print("fault-suite: random schedule for %.1f minutes, seed %d" % (
                args.minutes, args.seed), flush=True)
        # The random schedule's minutes count from the end of the matrix: a
        # soak always runs both, whatever the matrix took on this machine.
        random_start = time.monotonic()
        while args.minutes and time.monotonic() - random_start < args.minutes * 60:
            ok = run_one(args, topo, relay, rng.choice(faults), rng.choice(modes), i) and ok
            i += 1
    finally:
        if relay:
            relay.kill()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
