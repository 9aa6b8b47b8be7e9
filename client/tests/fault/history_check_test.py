#!/usr/bin/python3
"""The checker itself, fed fabricated histories: it must fail every stale one
(across processes, within a request, through a hint-acknowledged write) and
pass the histories that only look suspicious (a read that began before the
write was acknowledged, a write that was never acknowledged)."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

CHECKER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "history_check.py")


def line(proc, op, user, start, end, outcome="ok", acked=1, version=0, own=-1, node="r1",
         replica=1, request_start=None):
    return "%s %s %d %d %d %s %d %d %d %s %d %d" % (
        proc, op, user, start, end, outcome, acked, version, own, node, replica,
        start if request_start is None else request_start)


def run(*lines):
    with tempfile.NamedTemporaryFile("w", suffix=".hist", delete=False) as f:
        f.write("\n".join(lines) + "\n")
    try:
        p = subprocess.run([sys.executable, CHECKER, f.name], capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    return p.returncode, (json.loads(p.stdout) if p.stdout.strip() else None), p.stderr


class HistoryCheck(unittest.TestCase):
    def test_failed_reads_are_told_apart_by_whether_their_request_wrote(self):
        # Request 100 read and failed before it wrote; request 500 wrote, then
        # its read (on the primary) failed; request 900 failed its read only.
        rc, out, _ = run(line("A", "r", 1, 110, 120, outcome="fail", node="-", replica=0,
                              request_start=100),
                         line("A", "w", 1, 130, 140, outcome="fail", acked=0, request_start=100),
                         line("A", "w", 2, 510, 520, version=3, request_start=500),
                         line("A", "r", 2, 530, 540, outcome="fail", node="-", replica=0,
                              request_start=500),
                         line("B", "r", 3, 910, 920, outcome="fail", node="-", replica=0,
                              request_start=900))
        self.assertEqual(rc, 0)
        self.assertEqual(out["failed_reads"], 3)
        self.assertEqual(out["failed_reads_before_write"], 2)

    def test_clean_history_passes(self):
        rc, out, _ = run(line("A", "w", 1, 100, 200, version=1),
                         line("B", "r", 1, 300, 310, version=1),
                         line("A", "r", 1, 400, 410, version=2))
        self.assertEqual(rc, 0)
        self.assertEqual(out["stale"], 0)
        self.assertEqual(out["reads_checked"], 2)
        self.assertEqual(out["cross_process_pairs"], 1)

    def test_stale_read_on_another_process_fails(self):
        rc, out, err = run(line("A", "w", 1, 100, 200, version=5),
                           line("B", "r", 1, 201, 250, version=4))
        self.assertEqual(rc, 1)
        self.assertEqual(out["stale"], 1)
        self.assertIn("stale", err)
        self.assertEqual(out["stale_samples"][0]["writer"], "A")

    def test_read_begun_before_the_ack_is_not_stale(self):
        # The write's end (its acknowledgement) is after the read began.
        rc, out, _ = run(line("A", "w", 1, 100, 300, version=5),
                         line("B", "r", 1, 299, 350, version=4))
        self.assertEqual(rc, 0)
        self.assertEqual(out["reads_checked"], 0)

    def test_read_whose_request_began_before_the_ack_is_in_flight_not_stale(self):
        # The request took its token at 250, the write was acked at 300, the
        # read itself began at 301: counted, but not a violation.
        rc, out, _ = run(line("A", "w", 1, 100, 300, version=5),
                         line("B", "r", 1, 301, 350, version=4, request_start=250))
        self.assertEqual((rc, out["stale"], out["stale_in_flight"]), (0, 0, 1))

    def test_request_begun_after_the_ack_is_checked(self):
        rc, out, _ = run(line("A", "w", 1, 100, 300, version=5),
                         line("B", "r", 1, 320, 350, version=4, request_start=301))
        self.assertEqual((rc, out["stale"], out["stale_in_flight"]), (1, 1, 0))

    def test_older_write_still_binds_after_a_newer_unrelated_one(self):
        # Two acked writes; the read must see the larger version.
        rc, out, _ = run(line("A", "w", 1, 100, 200, version=7),
                         line("B", "w", 1, 150, 210, version=6),
                         line("B", "r", 1, 300, 310, version=6))
        self.assertEqual((rc, out["stale"]), (1, 1))

    def test_other_users_do_not_count(self):
        rc, out, _ = run(line("A", "w", 1, 100, 200, version=5),
                         line("B", "r", 2, 300, 310, version=0))
        self.assertEqual((rc, out["stale"]), (0, 0))

    def test_read_after_own_write_in_one_request(self):
        rc, out, _ = run(line("A", "r", 1, 100, 110, version=2, own=3))
        self.assertEqual((rc, out["stale"]), (1, 1))

    def test_unacknowledged_token_failure_does_not_bind(self):
        # Request mode: LSNR_ETOKEN was returned, the user was not told.
        rc, out, _ = run(line("A", "w", 1, 100, 200, outcome="etoken", acked=0, version=5),
                         line("A", "q", 1, 100, 200, outcome="etoken", acked=0, version=5),
                         line("B", "r", 1, 300, 310, version=4))
        self.assertEqual((rc, out["stale"], out["etoken"], out["etoken_unacked"]), (0, 0, 1, 1))

    def test_hint_acknowledged_token_failure_binds(self):
        # Hint mode: the token went out in the cookie, so the write is
        # acknowledged and a later stale read breaks the invariant.
        rc, out, _ = run(line("A", "w", 1, 100, 200, outcome="etoken", acked=1, version=5),
                         line("B", "r", 1, 300, 310, version=4))
        self.assertEqual((rc, out["stale"], out["etoken_pairs"], out["etoken_stale"]),
                         (1, 1, 1, 1))

    def recovery_history(self, primary_reads, replica_reads):
        ms = 1000000
        lines = [line("A", "q", 1, 0, 1, outcome="fail", acked=0)]
        t = 0
        for i in range(40):  # before the fault: all on replicas
            lines.append(line("A", "r", 1, t, t + 1, version=0))
            t += ms
        lines.append("orchestrator f inject %d" % t)
        lines.append("orchestrator f heal %d" % (t + 10 * ms))
        t += 10 * ms
        for i in range(primary_reads):
            lines.append(line("A", "r", 1, t, t + 1, version=0, node="primary", replica=0))
            t += ms
        for i in range(replica_reads):
            lines.append(line("A", "r", 1, t, t + 1, version=0))
            t += ms
        return run(*lines)

    def test_failed_requests_and_recovery(self):
        # 30 ms on the primary, then back: the first 50-read chunk has 20 on
        # replicas (below half the baseline), the next ones are all back.
        rc, out, _ = self.recovery_history(30, 120)
        self.assertEqual(rc, 0)
        self.assertEqual(out["failed"], 1)
        self.assertEqual(out["recovery_ms"], 50)

    def test_reads_that_never_return_are_reported(self):
        rc, out, _ = self.recovery_history(100, 20)
        self.assertEqual(out["recovery_ms"], -1)

    def test_malformed_history_fails(self):
        rc, _, err = run("A r 1 2")
        self.assertEqual(rc, 1)
        self.assertIn("fields", err)


if __name__ == "__main__":
    unittest.main()
