#!/usr/bin/python3
"""Checks the fault suite's histories against the one invariant of pg_lsnroute:
a read never returns data older than a write to the same sticky key that was
acknowledged before the read began (docs/design.md, Routing rule).

    history_check.py [--json OUT] [--fault NAME --mode MODE] HISTORY...

HISTORY files hold the lines of lsnr-fault-router (history_file.hpp) and the
orchestrator's fault events ("<who> f inject|heal <t_ns>"). One
CLOCK_MONOTONIC clock serves every process.

Every successful read is checked against every acknowledged write of the same
user whose acknowledgement (write end) came before the read's request began,
and against its own request's earlier write: stale when the version read is
below the largest of them. That is the invariant: the router takes a
request's token when the request begins (as a browser sends the cookie it
has), so a request cannot know of a write acknowledged to another app server
while it is already running. Reads that missed only such a write (acked
after their request began, before the read itself began: write end < read
start) are counted apart as `stale_in_flight`, never hidden.

Exits 1 when a read is stale or the history is malformed, 0 otherwise;
prints one JSON object.
"""
import argparse
import bisect
import json
import sys
from collections import defaultdict

# Reads per chunk when deciding that reads are back on the replicas.
RECOVERY_CHUNK = 50


class Malformed(Exception):
    pass


def parse(paths):
    writes = defaultdict(list)  # user -> [(end_ns, version, outcome, proc)]
    reads = []  # (proc, user, start_ns, version, own_version, replica, request_start_ns)
    requests = defaultdict(int)
    events = []  # (t_ns, kind)
    first_write = {}  # (proc, request_start) -> start of the request's first write
    failed_reads = []  # (proc, request_start, start)
    for path in paths:
        with open(path) as f:
            for n, line in enumerate(f, 1):
                p = line.split()
                if not p:
                    continue
                try:
                    if len(p) >= 4 and p[1] == "f":
                        events.append((int(p[3]), p[2]))
                        continue
                    if len(p) != 12:
                        raise Malformed("%d fields" % len(p))
                    proc, op, user = p[0], p[1], int(p[2])
                    start, end, outcome, acked = int(p[3]), int(p[4]), p[5], p[6] == "1"
                    version, own, replica = int(p[7]), int(p[8]), p[10] == "1"
                    request_start = int(p[11])
                    if outcome not in ("ok", "fail", "etoken") or op not in "qrw":
                        raise Malformed("op %r outcome %r" % (op, outcome))
                except (ValueError, Malformed) as e:
                    raise Malformed("%s:%d: %s: %r" % (path, n, e, line.rstrip()))
                if op == "q":
                    requests[outcome] += 1
                elif op == "w":
                    key = (proc, request_start)
                    first_write[key] = min(first_write.get(key, start), start)
                    if acked:
                        writes[user].append((end, version, outcome, proc))
                    else:
                        requests["w_" + outcome + "_unacked"] += 1
                elif outcome == "ok":
                    reads.append((proc, user, start, version, own, replica, request_start))
                else:
                    requests["r_fail"] += 1
                    failed_reads.append((proc, request_start, start))
    # Failed reads of requests that had not written yet: reads a replica may
    # serve (after a write, a request reads from the primary).
    requests["r_fail_before_write"] = sum(
        1 for proc, rs, start in failed_reads if first_write.get((proc, rs), start + 1) > start)
    return writes, reads, requests, sorted(events)


def check(writes, reads):
    """Returns (stats, stale samples)."""
    index = {}
    for user, ws in writes.items():
        ws.sort()
        ends = [w[0] for w in ws]
        best = []  # prefix maximum: (version, write) of ws[:i+1]
        top = None
        for w in ws:
            if top is None or w[1] > top[1]:
                top = w
            best.append(top)
        index[user] = (ends, best)
    st = dict(reads=len(reads), reads_checked=0, pairs=0, cross_process_pairs=0,
              stale=0, stale_in_flight=0, etoken_pairs=0, etoken_stale=0, replica_reads=0)
    samples = []
    for proc, user, start, version, own, replica, request_start in reads:
        st["replica_reads"] += replica
        ends, best = index.get(user, ((), ()))

        def bound(t):
            """(largest version acked before t, that write, writes acked before t)"""
            i = bisect.bisect_left(ends, t)  # writes with end < t
            return (best[i - 1][1], best[i - 1], i) if i else (-1, None, 0)
        acked, source, n = bound(request_start)
        if own > acked:
            required, source = own, None
        else:
            required = acked
        if version < bound(start)[0] and version >= required:
            st["stale_in_flight"] += 1
        if required < 1:
            continue
        st["reads_checked"] += 1
        st["pairs"] += n
        if source is not None and source[3] != proc:
            st["cross_process_pairs"] += 1
        if source is not None and source[2] == "etoken":
            st["etoken_pairs"] += 1
        if version < required:
            st["stale"] += 1
            if source is not None and source[2] == "etoken":
                st["etoken_stale"] += 1
            if len(samples) < 10:
                samples.append(dict(proc=proc, user=user, read_start_ns=start,
                                    request_start_ns=request_start, seen=version,
                                    required=required,
                                    writer=source[3] if source else proc + " (same request)",
                                    ack_ns=source[0] if source else None, replica=replica))
    return st, samples


def recovery_ms(reads, events):
    """Milliseconds from the last heal until every router's reads are back on
    the replicas for good: after the last chunk of RECOVERY_CHUNK reads
    (started after the heal) with less than half the replica share that
    router had before the fault was injected. inf when the run ended in such
    a chunk; None when there was no fault or no baseline."""
    injects = [t for t, k in events if k == "inject"]
    heals = [t for t, k in events if k == "heal"]
    if not injects or not heals:
        return None
    inject, heal = injects[0], heals[-1]
    by_proc = defaultdict(list)
    for proc, _u, start, _v, _o, replica, _rs in reads:
        by_proc[proc].append((start, replica))
    worst = 0.0
    for proc, rs in by_proc.items():
        rs.sort()
        before = [r for t, r in rs if t < inject]
        if not before or sum(before) == 0:
            return None
        need = 0.5 * sum(before) / len(before) * RECOVERY_CHUNK
        after = [(t, r) for t, r in rs if t >= heal]
        chunks = [after[i:i + RECOVERY_CHUNK]
                  for i in range(0, len(after) - RECOVERY_CHUNK + 1, RECOVERY_CHUNK)]
        if not chunks:
            return float("inf")
        bad = [i for i, c in enumerate(chunks) if sum(r for _t, r in c) < need]
        if bad and bad[-1] == len(chunks) - 1:
            return float("inf")
        back = chunks[bad[-1] + 1][0][0] if bad else chunks[0][0][0]
        worst = max(worst, (back - heal) / 1e6)
    return worst


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("history", nargs="+")
    ap.add_argument("--json", help="also write the result object to this file")
    ap.add_argument("--fault", default="")
    ap.add_argument("--mode", default="")
    a = ap.parse_args()
    try:
        writes, reads, requests, events = parse(a.history)
    except (Malformed, OSError) as e:
        print("history_check: %s" % e, file=sys.stderr)
        return 1
    st, samples = check(writes, reads)
    rec = recovery_ms(reads, events)
    out = dict(fault=a.fault, mode=a.mode,
               requests=sum(v for k, v in requests.items() if k in ("ok", "fail", "etoken")),
               failed=requests.get("fail", 0), failed_reads=requests.get("r_fail", 0),
               failed_reads_before_write=requests.get("r_fail_before_write", 0),
               etoken=requests.get("etoken", 0),
               etoken_unacked=requests.get("w_etoken_unacked", 0),
               acked_writes=sum(len(w) for w in writes.values()),
               recovery_ms=None if rec is None else (-1 if rec == float("inf") else round(rec)),
               stale_samples=samples, **st)
    text = json.dumps(out, sort_keys=True)
    print(text)
    if a.json:
        with open(a.json, "w") as f:
            f.write(text + "\n")
    if st["stale"]:
        print("history_check: %d stale reads (first: %s)" % (st["stale"], samples[0]),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
