"""The Router against the real topology: routing, tokens, pools, failures."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import uuid

import psycopg2
import pytest

import lsnroute
from lsnroute import lsn
from conftest import node_dsn, replicas, replicas_usable, topology, wait_until


def fresh_key() -> str:
    return f"pytest:{uuid.uuid4().hex}"


def insert(q: lsnroute.Request, owner: str, v: int) -> None:
    with q.write().cursor() as cur:
        cur.execute("INSERT INTO py_items (owner, v) VALUES (%s, %s)", (owner, v))


def read_max(q: lsnroute.Request, owner: str):
    with q.read().cursor() as cur:
        cur.execute("SELECT max(v) FROM py_items WHERE owner = %s", (owner,))
        return cur.fetchone()[0]


def redis_cli(*args: str) -> str:
    out = subprocess.run(
        ["redis-cli", "-p", topology("LSNR_REDIS_PORT"), *args], check=True, capture_output=True, text=True
    )
    return out.stdout.strip()


def test_bad_config_raises_config_error_naming_the_value():
    with pytest.raises(lsnroute.ConfigError) as e:
        lsnroute.Router("max_lag_ms=abc")
    assert e.value.code == -3
    assert "abc" in str(e.value)


def test_no_primary_known_raises_no_primary_error():
    cfg = f"redis=127.0.0.1:{topology('LSNR_REDIS_PORT')} cluster=nobody-{uuid.uuid4().hex[:8]} timeout_ms=50"
    with lsnroute.Router(cfg) as r:
        with pytest.raises(lsnroute.NoPrimaryError) as e:
            r.choose_at(None)
        assert e.value.code == -6


def test_a_key_without_writes_reads_on_a_replica(router):
    with router.request(fresh_key()) as q:
        read_max(q, "nobody")
        assert q.node in replicas()
        assert q.reason == "fresh_replica"


def test_reads_after_a_write_in_the_request_stay_on_the_primary(router):
    key = fresh_key()
    with router.request(key) as q:
        insert(q, key, 1)
        assert read_max(q, key) == 1
        assert q.node == router.primary().node


def test_token_after_exit_is_the_commit_lsn_and_is_saved(router):
    key = fresh_key()
    with router.request(key) as q:
        insert(q, key, 1)
        conn = q.write()
        conn.commit()
        with conn.cursor() as cur:
            cur.execute("SELECT lsnroute.last_commit_lsn()::text")
            committed = cur.fetchone()[0]
    assert q.token == committed
    assert lsn.parse(router.token(key)) >= lsn.parse(committed)
    assert redis_cli("GET", f"lsnroute:tok:{topology('LSNR_CLUSTER')}:{key}") == committed


def test_write_then_read_never_stale_across_requests(router):
    key = fresh_key()
    stale = 0
    for i in range(1, 61):
        with router.request(key) as q:
            insert(q, key, i)
        with router.request(key) as q:
            if read_max(q, key) != i:
                stale += 1
    assert stale == 0


def test_many_threads_share_one_router_without_stale_reads(router):
    stale = []
    errors = []

    def user(n: int) -> None:
        key = fresh_key()
        try:
            for i in range(1, 21):
                with router.request(key) as q:
                    insert(q, key, i)
                with router.request(key) as q:
                    if read_max(q, key) != i:
                        stale.append((n, i))
        except Exception as e:  # collected: an assertion in a thread is lost
            errors.append(e)

    threads = [threading.Thread(target=user, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert stale == []


def test_hint_larger_than_redis_token_is_used(router):
    key = fresh_key()
    hint = "FF/0"  # far past anything replayed
    assert router.token(key, hint) == hint
    choice = router.choose(key, hint=hint)
    assert choice.is_primary
    with router.request(key, hint=hint) as q:
        read_max(q, key)
        assert q.node == router.primary().node


def test_note_write_is_monotonic(router):
    key = fresh_key()
    router.note_write(key, "0/5000")
    router.note_write(key, "0/4000")
    assert lsn.parse(router.token(key)) >= lsn.parse("0/5000")
    with pytest.raises(lsnroute.InvalidArgumentError):
        router.note_write(key, "not-an-lsn")


def test_connections_come_back_reset(config):
    with lsnroute.Router(config + " pool_size=1") as r:
        node = r.primary().node
        with r.request(fresh_key()) as q:
            conn = q.write()
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("SET application_name = 'leaked'")
                cur.execute("CREATE TEMP TABLE leak (x int)")
                cur.execute("BEGIN")  # and a transaction left open
            pid = conn.get_backend_pid()
        with r.request(fresh_key()) as q:
            conn = q.write()
            assert q.node == node and conn.get_backend_pid() == pid  # the same pooled session
            assert conn.autocommit is False
            with conn.cursor() as cur:
                cur.execute("SHOW application_name")
                assert cur.fetchone()[0] != "leaked"
                cur.execute("SELECT to_regclass('pg_temp.leak')")
                assert cur.fetchone()[0] is None


def test_an_exception_rolls_the_write_back_and_saves_no_token(router):
    key = fresh_key()
    with pytest.raises(RuntimeError):
        with router.request(key) as q:
            insert(q, key, 7)
            raise RuntimeError("view failed")
    assert redis_cli("EXISTS", f"lsnroute:tok:{topology('LSNR_CLUSTER')}:{key}") == "0"
    with psycopg2.connect(node_dsn("primary")) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM py_items WHERE owner = %s", (key,))
        assert cur.fetchone()[0] == 0
    conn.close()


def test_a_replica_whose_connection_fails_is_blacklisted(config):
    with lsnroute.Router(config + " blacklist_ms=2000") as r:
        wait_until(lambda: replicas_usable(r), what="a replica to be eligible")
        with pytest.raises(psycopg2.OperationalError):
            with r.request(fresh_key()) as q:
                conn = q.read()
                node = q.node
                assert node in replicas()
                killer = psycopg2.connect(node_dsn(node))
                killer.autocommit = True
                killer.cursor().execute("SELECT pg_terminate_backend(%s)", (conn.get_backend_pid(),))
                killer.close()
                with conn.cursor() as cur:
                    cur.execute("SELECT 1")
        score = redis_cli("ZSCORE", f"lsnroute:{{{topology('LSNR_CLUSTER')}}}:blacklist", node)
        assert score != ""
        r.blacklist(node, 0)


def test_metrics_are_prometheus_text(router):
    text = router.metrics()
    assert "# TYPE lsnroute_routed_total counter" in text


def test_token_not_saved_when_redis_is_stopped(config):
    """Redis frozen: the save fails within timeout_ms and says so (LSNR_ETOKEN),
    handing the token to the caller; nothing else fails."""
    pid = int(open(topology("LSNR_REDIS_PIDFILE")).read().strip())
    with lsnroute.Router(config + " timeout_ms=100") as r:
        key = fresh_key()
        os.kill(pid, signal.SIGSTOP)
        try:
            with pytest.raises(lsnroute.TokenNotSavedError) as e:
                with r.request(key) as q:
                    insert(q, key, 1)
            assert e.value.code == -10
            assert e.value.token == q.token and lsn.parse(q.token) is not None
        finally:
            os.kill(pid, signal.SIGCONT)
    wait_until(lambda: redis_cli("PING") == "PONG", what="Redis to answer again")


def test_unreachable_replicas_are_blacklisted_and_the_read_goes_to_the_primary(config):
    """Every replica's postmaster frozen: new connections time out (the dsn's
    connect_timeout), the replica is blacklisted, the read still succeeds."""
    pids = [int(open(f"{topology('LSNR_DATADIR_' + n)}/postmaster.pid").readline()) for n in replicas()]
    with lsnroute.Router(config + " blacklist_ms=60000") as r:
        wait_until(lambda: replicas_usable(r), what="a replica to be eligible")
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
        try:
            with r.request(fresh_key()) as q:
                assert read_max(q, "nobody") is None
                assert q.node == r.primary().node
                assert q.reason == "replica_failed"
        finally:
            for pid in pids:
                os.kill(pid, signal.SIGCONT)
        blacklist = redis_cli("ZRANGE", f"lsnroute:{{{topology('LSNR_CLUSTER')}}}:blacklist", "0", "-1").split()
        assert blacklist, "no replica blacklisted"
        assert set(blacklist) <= set(replicas())
        for node in blacklist:
            r.blacklist(node, 0)


def test_a_request_that_only_read_from_the_primary_saves_no_token(router):
    key = fresh_key()
    for _ in range(3):  # pooled primary sessions that committed before
        with router.request(fresh_key()) as q:
            insert(q, "someone", 1)
    with router.request(key, hint="not-an-lsn") as q:  # a malformed hint: the primary only
        read_max(q, key)
        assert q.node == router.primary().node
    assert redis_cli("EXISTS", f"lsnroute:tok:{topology('LSNR_CLUSTER')}:{key}") == "0"
