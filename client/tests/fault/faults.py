"""The faults of the suite. Each one injects a fault while the routers run,
keeps it for a while (ctx.during(): every router completes some requests),
and heals it; ctx.mark() stamps "inject" and "heal" into the history on the
routers' clock. `group` says which Redis deployment it needs; `may_fail`
names faults where failed requests are the documented behaviour: "writes"
(a PostgreSQL failover) allows failed writes and the failed reads that came
after a write of their request (on the primary), never a failed read that a
replica could serve."""
import os
import signal
import subprocess
import threading

from fault_topology import Relay, Timeout, redis_cli, redis_pid, registry_shard, wait_for

FAULTS = []


def fault(name, group="standalone", may_fail=False):
    def register(fn):
        FAULTS.append(dict(name=name, group=group, may_fail=may_fail, run=fn,
                           doc=(fn.__doc__ or "").strip().split("\n")[0]))
        return fn
    return register


# --- Redis, standalone -------------------------------------------------------

@fault("redis-killed")
def redis_killed(ctx):
    """Redis SIGKILLed, down for a while, restarted empty."""
    ctx.mark("inject")
    ctx.topo.redis_kill()
    ctx.during()
    ctx.topo.redis_restart()
    ctx.mark("heal")


@fault("redis-restarted-empty")
def redis_restarted_empty(ctx):
    """Redis SIGKILLed and restarted at once: every token and the registry gone."""
    ctx.mark("inject")
    ctx.topo.redis_kill()
    ctx.topo.redis_restart()
    ctx.mark("heal")
    ctx.during()


@fault("redis-frozen")
def redis_frozen(ctx):
    """Redis SIGSTOPped (connections open, no answers), then SIGCONT."""
    ctx.mark("inject")
    ctx.topo.redis_signal(signal.SIGSTOP)
    try:
        ctx.during()
    finally:
        ctx.topo.redis_signal(signal.SIGCONT)
    ctx.mark("heal")


@fault("redis-flushall")
def redis_flushall(ctx):
    """FLUSHALL while the routers run."""
    ctx.mark("inject")
    redis_cli(ctx.topo.redis_port, "FLUSHALL")
    ctx.mark("heal")
    ctx.during()


def evicting(ctx, policy):
    port = ctx.topo.redis_port

    def info(section, field):
        return int(dict(l.split(":", 1) for l in redis_cli(port, "INFO", section).split()
                        if ":" in l)[field])
    evicted = info("stats", "evicted_keys")
    ctx.mark("inject")
    # A Redis configured to evict, as a managed one is from the start: the
    # policy and a maxmemory far above use, then (once every router has read
    # them: two full registry refreshes) the limit reached. Turning eviction
    # on at runtime leaves up to one refresh_ms in which routers do not know
    # (README, Faults); that window is not what this fault measures.
    redis_cli(port, "CONFIG", "SET", "maxmemory-policy", policy)
    redis_cli(port, "CONFIG", "SET", "maxmemory", info("memory", "used_memory") + (256 << 20))
    if not ctx.routers.wait_all("refreshes", 2, "registry refreshes"):
        raise RuntimeError("the routers did not refresh their registry")
    redis_cli(port, "CONFIG", "SET", "maxmemory", info("memory", "used_memory") + 64 * 1024)
    stop = threading.Event()

    def fill():
        # Other tenants' keys with a TTL keep Redis at its limit, so it keeps
        # evicting (tokens too) the whole time.
        n = 0
        while not stop.is_set():
            keys = ["filler:%d" % i for i in range(n, n + 50)]
            n += 50
            redis_cli(port, "EVAL", "for i=1,#KEYS do redis.call('SET', KEYS[i], ARGV[1], "
                      "'PX', 20000) end", len(keys), *keys, "x" * 2048)
    filler = threading.Thread(target=fill, daemon=True)
    filler.start()
    try:
        ctx.during(scale=3)
    finally:
        stop.set()
        filler.join()
        redis_cli(port, "CONFIG", "SET", "maxmemory", 0)
        redis_cli(port, "CONFIG", "SET", "maxmemory-policy", "noeviction")
    ctx.note("evicted_keys", info("stats", "evicted_keys") - evicted)
    ctx.mark("heal")


@fault("redis-evicting-volatile-lru")
def redis_evicting_volatile_lru(ctx):
    """Redis at maxmemory with volatile-lru (the managed-Redis default): tokens evicted."""
    evicting(ctx, "volatile-lru")


@fault("redis-evicting-allkeys-random")
def redis_evicting_allkeys_random(ctx):
    """Redis at maxmemory with allkeys-random: tokens, floor and registry evicted."""
    evicting(ctx, "allkeys-random")


@fault("partition-router-redis")
def partition_router_redis(ctx):
    """Router A alone loses Redis (its relay killed); router B still reaches it."""
    ctx.mark("inject")
    ctx.relay.kill()
    ctx.during()
    ctx.relay.start()
    ctx.mark("heal")


@fault("slow-redis-link")
def slow_redis_link(ctx):
    """Router A's link to Redis delays every chunk 120 ms each way (above timeout_ms)."""
    ctx.mark("inject")
    ctx.relay.kill()
    ctx.relay.start(delay_ms=120)
    ctx.during()
    ctx.relay.kill()
    ctx.relay.start()
    ctx.mark("heal")


# --- PostgreSQL replicas ---------------------------------------------------------

@fault("replica-killed")
def replica_killed(ctx):
    """The fast replica stopped (immediate), down for a while, started again."""
    t = ctx.topo
    ctx.mark("inject")
    t.stop(t.fast)
    ctx.during()
    t.start(t.fast)
    ctx.mark("heal")


@fault("replica-crash-restarted")
def replica_crash_restarted(ctx):
    """The delayed replica crashes and restarts at once: crash recovery reopens it
    below the position it had published."""
    t = ctx.topo
    ctx.mark("inject")
    pidfile = os.path.join(t.datadir[t.delayed], "postmaster.pid")
    with open(pidfile) as f:
        os.kill(int(f.readline()), signal.SIGKILL)
    wait_for(lambda: not os.path.exists(pidfile) or _dead(pidfile), "the postmaster is gone")
    t.start(t.delayed)
    ctx.mark("heal")
    ctx.during()


def _dead(pidfile):
    try:
        with open(pidfile) as f:
            os.kill(int(f.readline()), 0)
        return False
    except (OSError, ValueError):
        return True


@fault("replica-paused")
def replica_paused(ctx):
    """pg_wal_replay_pause() on the fast replica, then resume."""
    t = ctx.topo
    ctx.mark("inject")
    t.psql(t.fast, "SELECT pg_wal_replay_pause()")
    ctx.during()
    t.psql(t.fast, "SELECT pg_wal_replay_resume()")
    ctx.mark("heal")


@fault("replica-cut-off")
def replica_cut_off(ctx):
    """The fast replica's WAL receiver pointed at a dead port: it hears nothing."""
    t = ctx.topo
    old = t.psql(t.fast, "SHOW primary_conninfo")
    ctx.mark("inject")
    t.set_and_reload(t.fast, "primary_conninfo", "host=127.0.0.1 port=1 user=postgres")
    ctx.during(scale=2)
    t.set_and_reload(t.fast, "primary_conninfo", old)
    ctx.mark("heal")


@fault("replica-restarted-lower")
def replica_restarted_lower(ctx):
    """The fast replica restarted from an older copy of itself: it reopens below the
    position its live registry entry still promises."""
    t = ctx.topo
    d = t.datadir[t.fast]
    t.stop(t.fast, "fast")
    subprocess.run(t.runas + ["cp", "-a", d, d + ".older"], check=True, timeout=120)
    t.start(t.fast)
    # Replay and the published entry move on past the copy.
    lsn = t.psql(t.primary, "SELECT pg_current_wal_insert_lsn()")
    ctx.during()
    wait_for(lambda: t.psql(t.fast, "SELECT pg_last_wal_replay_lsn() > '%s'" % lsn) == "t",
             "the replica replays past the copy")
    ctx.mark("inject")
    t.stop(t.fast)
    subprocess.run(t.runas + ["bash", "-c", 'rm -rf "$1" && mv "$1.older" "$1"', "-", d],
                   check=True, timeout=120)
    t.start(t.fast)
    ctx.mark("heal")
    ctx.during()


@fault("slow-replica-link")
def slow_replica_link(ctx):
    """Every connection to the fast replica goes through a relay adding 30 ms each way."""
    t = ctx.topo
    relay = Relay(t.port[t.fast])
    relay.start(delay_ms=30)
    try:
        ctx.mark("inject")
        t.set_and_reload(t.fast, "lsnroute.node_dsn", "host=127.0.0.1 port=%d" % relay.port)
        ctx.during()
        t.set_and_reload(t.fast, "lsnroute.node_dsn", None)
        ctx.mark("heal")
        ctx.during()
    finally:
        relay.kill()


@fault("clock-skew")
def clock_skew(ctx):
    """The fast replica restarted under libfaketime, its clock 3 s ahead."""
    t = ctx.topo
    ctx.mark("inject")
    t.stop(t.fast, "fast")
    t.start(t.fast, env=["LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
                         "FAKETIME=+3", "FAKETIME_DONT_FAKE_MONOTONIC=1"])
    ctx.during(scale=2)
    t.stop(t.fast, "fast")
    t.start(t.fast)
    ctx.mark("heal")


# --- PostgreSQL failover ------------------------------------------------------------

@fault("pg-failover", may_fail="writes")
def pg_failover(ctx):
    """Primary stopped, the fast replica promoted, the delayed one re-pointed, the
    old primary rejoining with pg_rewind on the new timeline."""
    t = ctx.topo
    old, new, other = t.primary, t.fast, t.delayed
    ctx.mark("inject")
    t.stop(old, "fast")
    t.pg_ctl(new, "promote", "-w")
    t.primary, t.fast = new, old
    t.psql(new, "CHECKPOINT")
    conninfo = "host=127.0.0.1 port=%d user=postgres application_name=%%s" % t.port[new]
    t.set_and_reload(other, "primary_conninfo", conninfo % other)
    # The old primary follows the new one on its timeline. pg_rewind copies
    # the source's configuration files too: keep the node's own.
    d = t.datadir[old]
    keep = 'for f in postgresql.conf postgresql.auto.conf; do cp "$1/$f" "$1/$f.keep"; done'
    back = ('for f in postgresql.conf postgresql.auto.conf; do mv "$1/$f.keep" "$1/$f"; done; '
            'touch "$1/standby.signal"; '
            'printf "primary_conninfo = \'%s\'\\n" "$2" >> "$1/postgresql.auto.conf"')
    subprocess.run(t.runas + ["bash", "-c", keep, "-", d], check=True, timeout=30)
    rewind = subprocess.run(t.runas + [
        t.pgbin + "/pg_rewind", "-D", d, "--source-server",
        "host=127.0.0.1 port=%d user=postgres dbname=postgres" % t.port[new]],
        capture_output=True, text=True, timeout=120)
    subprocess.run(t.runas + ["bash", "-c", back, "-", d, conninfo % old], check=True,
                   timeout=30)
    if rewind.returncode != 0:
        raise RuntimeError("pg_rewind failed: " + rewind.stderr.strip())
    t.start(old)
    wait_for(lambda: t.streaming() >= {old, other}, "both standbys stream from %s" % new)
    ctx.mark("heal")
    ctx.during()


# --- Redis Sentinel ---------------------------------------------------------------

@fault("sentinel-failover", group="sentinel")
def sentinel_failover(ctx):
    """SENTINEL FAILOVER: the replica becomes master, the old one is demoted."""
    t = ctx.topo
    old = t.sentinel_master()
    ctx.mark("inject")

    def switched():
        # A Sentinel refuses or drops a FAILOVER while it does not yet see a
        # good replica or within 2 x failover-timeout of the last one (slow
        # on a loaded machine): ask again until the master changes.
        if t.sentinel_master() != old:
            return True
        redis_cli(t.sentinels[0], "SENTINEL", "FAILOVER", "mymaster")
        try:
            wait_for(lambda: t.sentinel_master() != old, "a new master", timeout=10)
            return True
        except Timeout:
            return False
    wait_for(switched, "the Sentinels name a new master", timeout=180)
    wait_for(lambda: "role:slave" in redis_cli(old, "INFO", "replication"),
             "the old master is demoted")
    ctx.mark("heal")
    ctx.during()


def kill_master(ctx, port, replaced, new_master=None):
    """SIGKILLs the Redis master on `port` during writes, waits until
    `replaced()` says another server took over, restarts it from its own
    configuration and waits until it replicates from the new master.
    `new_master()` (Sentinel): the port to point the old master at when the
    Sentinels have not reconfigured it within 20 s -- they do it only once
    they have noticed it back, which on a loaded machine can take long; the
    fault under test is the kill, not how fast Sentinel tidies up."""
    t = ctx.topo
    ctx.mark("inject")
    os.kill(redis_pid(t.server_pidfile(port)), signal.SIGKILL)
    wait_for(replaced, "another server takes over from %d" % port)
    t.server_restart(port)

    def linked():
        return "master_link_status:up" in redis_cli(port, "INFO", "replication")
    if new_master:
        try:
            wait_for(linked, "Sentinel points the old master %d at the new one" % port,
                     timeout=20)
        except Timeout:
            redis_cli(port, "REPLICAOF", "127.0.0.1", str(new_master()))
    wait_for(linked, "the old master %d replicates from the new one" % port)
    ctx.mark("heal")
    ctx.during()


@fault("sentinel-master-killed", group="sentinel")
def sentinel_master_killed(ctx):
    """The Sentinel master SIGKILLed during writes; it rejoins as a replica."""
    t = ctx.topo
    old = t.sentinel_master()
    kill_master(ctx, old, lambda: t.sentinel_master() != old, t.sentinel_master)


# --- Redis Cluster ------------------------------------------------------------------

@fault("cluster-failover", group="cluster")
def cluster_failover(ctx):
    """CLUSTER FAILOVER on the replica of the registry's shard."""
    t = ctx.topo
    master, replica = registry_shard(t.redis_servers, t.cluster)
    ctx.mark("inject")
    redis_cli(replica, "CLUSTER", "FAILOVER")
    wait_for(lambda: "role:master" in redis_cli(replica, "INFO", "replication"),
             "the replica took over")
    ctx.mark("heal")
    ctx.during()


@fault("cluster-master-killed", group="cluster")
def cluster_master_killed(ctx):
    """The registry shard's master SIGKILLed during writes; it rejoins as a replica."""
    t = ctx.topo
    master, replica = registry_shard(t.redis_servers, t.cluster)
    kill_master(ctx, master,
                lambda: "role:master" in redis_cli(replica, "INFO", "replication") and
                "cluster_state:ok" in redis_cli(replica, "CLUSTER", "INFO"))


def by_group(group):
    return [f for f in FAULTS if f["group"] == group]

