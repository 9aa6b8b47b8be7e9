"""Fixtures for the package's tests, run inside scripts/topology.sh (a real
primary, a fast and a delayed replica, Redis): see scripts/test-python.sh."""

from __future__ import annotations

import os
import time
from typing import Iterator

import psycopg2
import pytest

import lsnroute


def topology(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: run these tests through scripts/test-python.sh", pytrace=False)
    return value


def node_dsn(node: str) -> str:
    return f"host=127.0.0.1 port={topology('LSNR_PORT_' + node)} user=postgres dbname=postgres"


def replicas() -> list:
    return [n for n in topology("LSNR_NODES").split() if n != "primary"]


def wait_until(predicate, timeout_s: float = 60.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def wait_replicated() -> None:
    """Waits until every replica has replayed the primary's current WAL."""
    with psycopg2.connect(node_dsn("primary")) as p, p.cursor() as cur:
        cur.execute("SELECT pg_current_wal_insert_lsn()::text")
        target = cur.fetchone()[0]
    p.close()
    for node in replicas():
        conn = psycopg2.connect(node_dsn(node))
        conn.autocommit = True

        def replayed() -> bool:
            with conn.cursor() as cur:
                cur.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (target,))
                return cur.fetchone()[0]

        wait_until(replayed, what=f"{node} to replay {target}")
        conn.close()


def replicas_usable(router: lsnroute.Router, target=None) -> bool:
    """The router would send a key without writes (and a read at ``target``)
    to a replica: its registry shows one, and it trusts Redis (no floor pending)."""
    try:
        token = router.token("pytest:ready-probe")
    except lsnroute.RedisError:
        return False
    return not router.choose_at(lsnroute.lsn.largest(token, target)).is_primary


@pytest.fixture(scope="session")
def config() -> str:
    return topology("LSNROUTE_CONFIG")


@pytest.fixture(scope="session")
def router(config: str) -> Iterator[lsnroute.Router]:
    r = lsnroute.Router(config)
    with psycopg2.connect(node_dsn("primary")) as conn, conn.cursor() as cur:
        cur.execute("CREATE TABLE IF NOT EXISTS py_items (id bigserial PRIMARY KEY, owner text, v int)")
    conn.close()
    wait_replicated()
    wait_until(lambda: replicas_usable(r), what="a replica to be eligible")
    yield r
    r.close()
