"""The example against the real topology (scripts/test-python.sh): a primary,
a replica r1 and a replica r2 replaying 500 ms late, Redis. TransactionTestCase,
because a TestCase never commits and nothing would replicate."""

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from contextlib import ExitStack

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import OperationalError, connections
from django.http import HttpResponse
from django.test import Client, SimpleTestCase, TransactionTestCase, override_settings
from django.test.utils import CaptureQueriesContext

from lsnroute import RedisError, lsn
from lsnroute.django import sticky
from lsnroute.django.conf import router as lsnr_router
from lsnroute.django.keys import COOKIE_SALT, Carried, write_cookie
from lsnroute.django.conf import conf
from lsnroute.django.router import LsnrouteRouter

from .models import PullRequest

REPLICAS = [a for a in settings.DATABASES if a != "default"]


def redis_cli(*args):
    port = os.environ["LSNR_REDIS_PORT"]
    return subprocess.run(["redis-cli", "-p", port, *args], check=True, capture_output=True, text=True).stdout.strip()


def token_in_redis(key):
    return redis_cli("GET", f"lsnroute:tok:{os.environ['LSNR_CLUSTER']}:{key}")


def wait_until(predicate, what, timeout_s=60.0):
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def wait_replicated():
    """Every replica has replayed the primary's WAL up to now, and the
    router's registry snapshot says so."""
    with connections["default"].cursor() as cur:
        cur.execute("SELECT pg_current_wal_insert_lsn()::text")
        target = cur.fetchone()[0]
    for alias in REPLICAS:

        def replayed(alias=alias):
            # The test database is created on the primary: until a replica
            # has replayed that, connecting to it there fails ("database
            # does not exist"), which is "not yet", not an error.
            try:
                with connections[alias].cursor() as cur:
                    cur.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (target,))
                    return cur.fetchone()[0]
            except OperationalError:
                connections[alias].close()
                return False

        wait_until(replayed, f"{alias} to replay {target}")
        connections[alias].close()
    wait_until(lambda: replicas_usable(target), f"the router to see {target} replayed")


def replicas_usable(target):
    """The router would read at ``target`` from a replica and trusts Redis."""
    try:
        token = lsnr_router().token("django-test:ready-probe")
    except RedisError:
        return False
    return not lsnr_router().choose_at(lsn.largest(token, target)).is_primary


class by_alias:
    """Counts the queries each alias ran inside the block (Django's own
    CaptureQueriesContext per connection)."""

    def __enter__(self):
        self._stack = ExitStack()
        self.ctx = {a: self._stack.enter_context(CaptureQueriesContext(connections[a])) for a in settings.DATABASES}
        return self

    def __exit__(self, *exc):
        self._stack.close()

    def __getitem__(self, alias):
        return len(self.ctx[alias])

    def touching(self, table, aliases):
        """The queries of ``aliases`` that mention ``table``."""
        return [x["sql"] for a in aliases for x in self.ctx[a].captured_queries if table in x["sql"]]

    @property
    def replica_queries(self):
        return sum(self[a] for a in REPLICAS)


class Site(TransactionTestCase):
    databases = "__all__"

    def setUp(self):
        wait_replicated()

    def signup(self, name=None):
        c = Client()
        name = name or f"u{uuid.uuid4().hex[:10]}"
        r = c.post("/signup", {"username": name, "password": "pw"})
        self.assertEqual(r.status_code, 302, r.content)
        return c, get_user_model().objects.get(username=name)


# With least_lag the delayed replica r2 is hardly ever picked; picking at
# random among the eligible replicas makes a router that ignored the token
# read r2 half of the time, inside its 500 ms of delay, and be caught.
RANDOM_POLICY = dict(settings.LSNROUTE, CONFIG=settings.LSNROUTE["CONFIG"] + " policy=random")


@override_settings(LSNROUTE=RANDOM_POLICY)
class WriteThenRedirect(Site):
    def test_no_stale_reads_over_many_users(self):
        users, prs_each, threads = 24, 6, 4
        results = []  # (stale, served_by_replica) per redirect read
        errors = []

        def run(names):
            try:
                for name in names:
                    c = Client()
                    r = c.post("/signup", {"username": name, "password": "pw"})
                    assert r.status_code == 302, r.content
                    for i in range(prs_each):
                        title = f"{name}-pr-{i}"
                        r = c.post("/pulls/new", {"title": title})
                        assert r.status_code == 302 and r["Location"] == "/pulls/", r
                        with by_alias() as q:
                            page = c.get(r["Location"])
                        assert page.status_code == 200, page
                        results.append((title not in page.content.decode(), q["default"] == 0))
            except Exception as e:  # an assertion in a thread would be lost
                errors.append(e)
            finally:
                connections.close_all()

        names = [f"w{uuid.uuid4().hex[:8]}-{n}" for n in range(users)]
        workers = [threading.Thread(target=run, args=(names[t::threads],)) for t in range(threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        self.assertEqual(errors, [])
        pairs = len(results)
        stale = sum(s for s, _ in results)
        on_replica = sum(r for _, r in results)
        print(
            f"\ndjango example: pairs={pairs} stale={stale} redirect reads on a replica={on_replica} "
            f"({100.0 * on_replica / pairs:.1f}%)",
            file=sys.stderr,
        )
        self.assertEqual(pairs, users * prs_each)
        self.assertEqual(stale, 0)


class ReadsOnReplicas(Site):
    def test_reads_a_replica_could_serve_never_use_the_primary(self):
        clients = [self.signup()[0] for _ in range(6)]
        for c in clients:
            c.post("/pulls/new", {"title": "x"})
        wait_replicated()
        served = 0
        for c in clients:
            for url in ("/pulls/", "/pulls/all"):
                with self.assertNumQueries(0, using="default"), by_alias() as q:
                    self.assertEqual(c.get(url).status_code, 200)
                served += q.replica_queries
        print(f"\ndjango example: plain reads on replicas: {served} queries, 0 on the primary", file=sys.stderr)
        self.assertGreater(served, 0)

    def test_one_replica_alias_per_request(self):
        c, _ = self.signup()
        wait_replicated()
        for _ in range(10):
            with by_alias() as q:
                c.get("/pulls/")
            self.assertEqual(q["default"], 0)
            self.assertEqual(sum(1 for a in REPLICAS if q[a]), 1)

    def test_nodes_missing_from_replicas_are_not_used(self):
        c, _ = self.signup()
        wait_replicated()
        only_r2 = dict(settings.LSNROUTE, REPLICAS={"r2": "r2"})
        with override_settings(LSNROUTE=only_r2):
            with by_alias() as q:
                for _ in range(10):
                    self.assertEqual(c.get("/pulls/").status_code, 200)
        self.assertEqual(q["r1"], 0)
        self.assertGreater(q["default"] + q["r2"], 0)


class WritesAndTransactions(Site):
    def test_reads_after_a_write_in_the_request_stay_on_the_primary(self):
        c, user = self.signup()
        pull = PullRequest.objects.create(author=user, title="to merge")
        wait_replicated()
        with by_alias() as q:
            r = c.post(f"/pulls/{pull.pk}/merge")
        self.assertContains(r, "merged")
        # The session and the user were read before the write, on a replica;
        # the pull request, after it, on the primary.
        self.assertEqual(q.touching("pulls_pullrequest", REPLICAS), [])
        self.assertEqual(len(q.touching("pulls_pullrequest", ["default"])), 2)

    def test_reads_inside_atomic_stay_on_the_primary(self):
        c, _ = self.signup()
        wait_replicated()
        with by_alias() as q:
            self.assertEqual(c.get("/pulls/stats").content, b"0 of 0")
        self.assertEqual(q.touching("pulls_pullrequest", REPLICAS), [])
        self.assertEqual(len(q.touching("pulls_pullrequest", ["default"])), 2)

    def test_atomic_requests_keep_the_request_on_the_primary(self):
        c, _ = self.signup()
        wait_replicated()
        primary = connections["default"].settings_dict
        primary["ATOMIC_REQUESTS"] = True  # read per request by Django's handler
        try:
            with by_alias() as q:
                self.assertEqual(c.get("/pulls/").status_code, 200)
        finally:
            primary["ATOMIC_REQUESTS"] = False
        self.assertEqual(q.replica_queries, 0)
        self.assertGreater(q["default"], 0)

    def test_outside_a_request_reads_go_to_the_primary(self):
        with self.assertNumQueries(1, using="default"):
            PullRequest.objects.count()

    def test_migrations_only_on_the_primary(self):
        r = LsnrouteRouter()
        self.assertTrue(r.allow_migrate("default", "pulls"))
        for alias in REPLICAS:
            self.assertFalse(r.allow_migrate(alias, "pulls"))


class KeysAndTokens(Site):
    def test_login_saves_the_token_under_the_old_and_the_new_key(self):
        get_user_model().objects.create_user("lisa", password="pw")
        wait_replicated()
        c = Client()
        c.post("/draft", {"title": "idea"})  # an anonymous session
        old_session = c.cookies[settings.SESSION_COOKIE_NAME].value
        r = c.post("/login", {"username": "lisa", "password": "pw"})
        self.assertEqual(r.status_code, 302, r.content)
        uid = get_user_model().objects.get(username="lisa").pk
        new, old = token_in_redis(f"user:{uid}"), token_in_redis(f"session:{old_session}")
        self.assertIsNotNone(lsn.parse(new))
        self.assertEqual(new, old)
        carried = Carried.loads(_unsigned(c.cookies["lsnr"].value))
        self.assertEqual(carried.key, f"user:{uid}")

    def test_the_larger_of_cookie_and_redis_is_used(self):
        c, user = self.signup()
        wait_replicated()
        sk = c.cookies[settings.SESSION_COOKIE_NAME].value
        forged = HttpResponse()
        write_cookie(forged, conf(), Carried("FF/0", sk, f"user:{user.pk}"))  # past any replica
        c.cookies["lsnr"] = forged.cookies["lsnr"].value
        with by_alias() as q:
            c.get("/pulls/")
        self.assertEqual(q.replica_queries, 0)
        self.assertGreater(q["default"], 0)

    def test_an_unsigned_cookie_is_ignored(self):
        c, user = self.signup()
        wait_replicated()
        sk = c.cookies[settings.SESSION_COOKIE_NAME].value
        c.cookies["lsnr"] = Carried("FF/0", sk, f"user:{user.pk}").dumps()
        with by_alias() as q:
            c.get("/pulls/")
        # Without a valid cookie the key comes from the session, read on the
        # primary; the token FF/0 is not believed, so the rest is on a replica.
        self.assertEqual(q["default"], 1)
        self.assertGreater(q.replica_queries, 0)

    def test_cookie_carries_the_commit_lsn_when_redis_is_frozen(self):
        c, _ = self.signup()
        pid = int(open(os.environ["LSNR_REDIS_PIDFILE"]).read())
        os.kill(pid, signal.SIGSTOP)
        try:
            r = c.post("/pulls/new", {"title": "while redis sleeps"})
            self.assertEqual(r.status_code, 302)
            with connections["default"].cursor() as cur:
                cur.execute("SELECT pg_current_wal_insert_lsn()::text")
                now = lsn.parse(cur.fetchone()[0])
            carried = Carried.loads(_unsigned(r.cookies["lsnr"].value))
            self.assertIsNotNone(lsn.parse(carried.token))
            self.assertLessEqual(lsn.parse(carried.token), now)
            page = c.get("/pulls/")  # Redis still down: the primary, no error
            self.assertContains(page, "while redis sleeps")
        finally:
            os.kill(pid, signal.SIGCONT)
        wait_until(lambda: redis_cli("PING") == "PONG", "Redis to answer")


@override_settings(LSNROUTE=RANDOM_POLICY)
class BackgroundJobs(Site):
    def test_sticky_block_reads_replicas_and_saves_its_write(self):
        c, user = self.signup()
        wait_replicated()
        with sticky(f"user:{user.pk}"):
            with self.assertNumQueries(0, using="default"):
                self.assertEqual(PullRequest.objects.filter(author=user).count(), 0)
        with sticky(f"user:{user.pk}") as job:
            PullRequest.objects.create(author=user, title="from a job")
            with self.assertNumQueries(1, using="default"):
                PullRequest.objects.filter(author=user).count()
        self.assertEqual(token_in_redis(f"user:{user.pk}"), job.token)
        page = c.get("/pulls/")
        self.assertContains(page, "from a job")

    def test_sticky_as_a_decorator(self):
        _, user = self.signup()

        @sticky(f"user:{user.pk}")
        def job():
            return PullRequest.objects.create(author=user, title="decorated").pk

        before = lsn.parse(token_in_redis(f"user:{user.pk}"))
        job()
        self.assertGreater(lsn.parse(token_in_redis(f"user:{user.pk}")), before)

    def test_sticky_inside_atomic_saves_the_token_when_it_commits(self):
        from django.db import transaction

        _, user = self.signup()
        key = f"user:{user.pk}"
        before = token_in_redis(key)
        with transaction.atomic():
            with sticky(key):
                PullRequest.objects.create(author=user, title="in a transaction")
            self.assertEqual(token_in_redis(key), before)  # nothing committed yet
        self.assertGreater(lsn.parse(token_in_redis(key)), lsn.parse(before))

    def test_management_command_merges_under_sticky(self):
        c, user = self.signup()
        pull = PullRequest.objects.create(author=user, title="ship it")
        before = lsn.parse(token_in_redis(f"user:{user.pk}"))
        from io import StringIO

        out = StringIO()
        call_command("merge_pull", pull.pk, stdout=out)
        self.assertIn(f"user {user.pk} has 1 merged", out.getvalue())
        self.assertGreater(lsn.parse(token_in_redis(f"user:{user.pk}")), before)
        self.assertContains(c.get("/pulls/"), "(merged)")


@override_settings(ROOT_URLCONF="pulls.test_urls")
class ReplicaFailure(Site):
    def test_a_failing_replica_is_blacklisted_and_the_view_sees_the_error(self):
        from django.db.utils import OperationalError

        c = Client()
        with self.assertRaises(OperationalError):
            c.get("/dies")
        blacklist = redis_cli("ZRANGE", f"lsnroute:{{{os.environ['LSNR_CLUSTER']}}}:blacklist", "0", "-1")
        failed = [a for a in REPLICAS if a in blacklist.split()]
        self.assertEqual(len(failed), 1, blacklist)
        lsnr_router().blacklist(failed[0], 0)
        for a in REPLICAS:
            connections[a].close()


class UnreachableReplicas(Site):
    def test_a_replica_that_cannot_be_reached_is_skipped_for_the_primary(self):
        c, _ = self.signup()
        wait_replicated()
        pids = [int(open(f"{os.environ['LSNR_DATADIR_' + a]}/postmaster.pid").readline()) for a in REPLICAS]
        outcome = {}

        def first_request_of_a_thread():  # its own, new, connections
            try:
                # (capturing a replica's queries would connect to it first)
                with CaptureQueriesContext(connections["default"]) as q:
                    outcome["status"] = c.get("/pulls/all").status_code
                outcome["primary_queries"] = len(q)
            finally:
                connections.close_all()

        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
        try:
            t = threading.Thread(target=first_request_of_a_thread)
            t.start()
            t.join()
        finally:
            for pid in pids:
                os.kill(pid, signal.SIGCONT)
        self.assertEqual(outcome["status"], 200)  # a query on a frozen replica would have failed
        self.assertGreater(outcome["primary_queries"], 0)
        blacklist = redis_cli("ZRANGE", f"lsnroute:{{{os.environ['LSNR_CLUSTER']}}}:blacklist", "0", "-1")
        self.assertTrue(set(blacklist.split()) & set(REPLICAS), blacklist)
        for node in blacklist.split():
            lsnr_router().blacklist(node, 0)


def _unsigned(value):
    from django.core import signing

    return signing.get_cookie_signer(salt="lsnr" + COOKIE_SALT).unsign(value)


class Configuration(SimpleTestCase):
    def test_settings_are_checked(self):
        from django.core.exceptions import ImproperlyConfigured

        good = settings.LSNROUTE
        for bad, says in [
            (dict(good, CONFIG=None), "CONFIG"),
            (dict(good, PRIMARY="nope"), "'nope' is not an alias"),
            (dict(good, REPLICAS={"r1": "default"}), "also listed in REPLICAS"),
            (dict(good, KEYS="user"), "unknown keys"),
        ]:
            with override_settings(LSNROUTE=bad), self.assertRaisesMessage(ImproperlyConfigured, says):
                conf()
        self.assertEqual(conf().replicas, good["REPLICAS"])

    def test_the_middleware_must_come_before_the_session_middleware(self):
        from django.core.exceptions import ImproperlyConfigured

        from lsnroute.django.middleware import LsnrouteMiddleware

        late = [m for m in settings.MIDDLEWARE if "Lsnroute" not in m]
        late.append("lsnroute.django.middleware.LsnrouteMiddleware")
        with override_settings(MIDDLEWARE=late), self.assertRaises(ImproperlyConfigured):
            LsnrouteMiddleware(lambda r: None)

    def test_cookie_text_round_trip(self):
        c = Carried("0/16B3748", "abc123", "tenant:a|b")
        self.assertEqual(Carried.loads(c.dumps()), c)
        self.assertIsNone(Carried.loads("0/1|only-two"))
