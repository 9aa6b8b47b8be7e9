#!/usr/bin/env bash
# The local topology shared by the client tests, the demo and the benchmark:
# a PostgreSQL 15 primary, N streaming replicas (each with an optional apply
# delay) and a Redis server, all on free loopback ports in one temporary
# directory, with lsnroute preloaded and publishing to that Redis.
#
#   scripts/topology.sh [options] [-- command [args...]]
#
# With a command: starts everything, runs the command with the LSNR_* and
# LSNROUTE_CONFIG variables below exported, then stops and removes everything
# (also on failure or Ctrl-C) and exits with the command's status.
# Without a command: starts everything, prints how to reach it, and waits for
# Ctrl-C.
#
# Options:
#   --replicas N        number of streaming replicas (default 2)
#   --delay LIST        comma-separated apply delays, one per replica, e.g.
#                       "0,500ms" (default: none)
#   --cluster NAME      lsnroute.cluster (default "topo")
#   --interval DUR      lsnroute.publish_interval (default 10ms)
#   --set 'k = v'       extra postgresql.conf line for every node (repeatable)
#   --no-wait-registry  do not wait for every node to appear in Redis
#   -q, --quiet         print only errors
#
# Exported to the command (node names are primary, r1, r2, ...):
#   LSNR_TOPO_DIR LSNR_PGBIN LSNR_RUNAS LSNR_CLUSTER LSNR_NODES
#   LSNR_REDIS_PORT LSNR_REDIS_PIDFILE LSNR_PRIMARY_PORT LSNR_REPLICA_PORTS
#   LSNR_PORT_<node> LSNR_DATADIR_<node> LSNR_PG_DSN (primary, user+dbname)
#   LSNROUTE_CONFIG (client configuration for this topology)
set -euo pipefail

replicas=2
delays=""
cluster=topo
interval=10ms
extra_conf=()
wait_registry=1
quiet=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --replicas) replicas=$2; shift 2 ;;
        --delay) delays=$2; shift 2 ;;
        --cluster) cluster=$2; shift 2 ;;
        --interval) interval=$2; shift 2 ;;
        --set) extra_conf+=("$2"); shift 2 ;;
        --no-wait-registry) wait_registry=0; shift ;;
        -q|--quiet) quiet=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        --) shift; break ;;
        *) echo "topology: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done
[[ "$replicas" =~ ^[0-9]+$ ]] || { echo "topology: --replicas wants a number, got '$replicas'" >&2; exit 2; }

say() { [[ $quiet -eq 1 ]] || echo "topology: $*" >&2; }
die() { echo "topology: error: $*" >&2; exit 1; }

PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
[[ -x "$PG_CONFIG" ]] || die "$PG_CONFIG not found (is postgresql-server-dev-15 installed?)"
PGBIN=$("$PG_CONFIG" --bindir)
[[ -f "$("$PG_CONFIG" --pkglibdir)/lsnroute.so" ]] ||
    die "the lsnroute library is not installed in $("$PG_CONFIG" --pkglibdir); run 'make install' first"
command -v redis-server >/dev/null || die "redis-server not found (run scripts/install-deps.sh)"

DIR=$(mktemp -d /tmp/lsnr-topo.XXXXXX)
chmod 755 "$DIR"

# PostgreSQL refuses to run as root: run every server as 'postgres' then,
# from $DIR: PostgreSQL's programs go back to their working directory, and
# postgres cannot enter a checkout under a private directory (/root, a
# `mktemp -d`). LSNR_RUNAS carries the same prefix to the command.
if [[ $(id -u) -eq 0 ]]; then
    RUNAS=(env -C "$DIR" runuser -u postgres --)
    chown postgres: "$DIR"
else
    RUNAS=()
fi
run() { "${RUNAS[@]}" "$@"; }

NODES=(primary)
for ((i = 1; i <= replicas; i++)); do NODES+=("r$i"); done

teardown() {
    local rc=$?
    trap - EXIT INT TERM
    for n in "${NODES[@]}"; do
        if [[ -f "$DIR/$n/postmaster.pid" ]]; then
            run "$PGBIN/pg_ctl" -D "$DIR/$n" stop -m immediate -w >/dev/null 2>&1 || true
        fi
    done
    if [[ -f "$DIR/redis/redis.pid" ]]; then
        local rp
        rp=$(cat "$DIR/redis/redis.pid" 2>/dev/null || true)
        if [[ -n "$rp" ]]; then
            kill -CONT "$rp" 2>/dev/null || true
            kill -KILL "$rp" 2>/dev/null || true
        fi
    fi
    if [[ $rc -ne 0 && -n "${LSNR_KEEP_LOGS:-}" ]]; then
        mkdir -p "$LSNR_KEEP_LOGS" && cp -r "$DIR"/*/log "$DIR"/*/*.log "$LSNR_KEEP_LOGS"/ 2>/dev/null || true
    fi
    # A server that is still exiting can create a file while rm walks the
    # tree; one more pass after it is gone removes the rest.
    rm -rf "$DIR" 2>/dev/null || { sleep 0.5; rm -rf "$DIR"; }
    exit $rc
}
trap teardown EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# shellcheck source=lib/free-port.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/free-port.sh"

declare -A PORT=()
free_port_into REDIS_PORT
for n in "${NODES[@]}"; do free_port_into "PORT[$n]"; done

# --- Redis ---------------------------------------------------------------
run mkdir -p "$DIR/redis"
run redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
    --dir "$DIR/redis" --daemonize yes --pidfile "$DIR/redis/redis.pid" \
    --logfile "$DIR/redis/redis.log" >/dev/null
for _ in $(seq 100); do
    redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
    sleep 0.05
done
redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 || die "redis did not start (see $DIR/redis/redis.log)"

# --- PostgreSQL ----------------------------------------------------------
node_conf() { # node port -> lines overriding the copied postgresql.conf
    cat <<CONF
port = $2
lsnroute.node_name = '$1'
lsnroute.node_dsn = 'host=127.0.0.1 port=$2'
CONF
}

P=${PORT[primary]}
run "$PGBIN/initdb" -D "$DIR/primary" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$DIR/initdb.log" 2>&1 ||
    { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
{
    cat <<CONF
# --- written by scripts/topology.sh ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR'
shared_preload_libraries = 'lsnroute'
wal_level = replica
max_wal_senders = 16
max_replication_slots = 16
hot_standby = on
hot_standby_feedback = on
wal_receiver_status_interval = 1s
wal_receiver_timeout = 5s
fsync = off
max_connections = 200
logging_collector = off
log_min_messages = warning
lsnroute.redis_host = '127.0.0.1'
lsnroute.redis_port = $REDIS_PORT
lsnroute.cluster = '$cluster'
lsnroute.publish_interval = '$interval'
CONF
    for line in "${extra_conf[@]+"${extra_conf[@]}"}"; do echo "$line"; done
    node_conf primary "$P"
} | run tee -a "$DIR/primary/postgresql.conf" >/dev/null

pgstart() { # node
    run "$PGBIN/pg_ctl" -D "$DIR/$1" -l "$DIR/$1.log" -w -t 60 start >/dev/null ||
        { tail -20 "$DIR/$1.log" >&2; die "$1 did not start (log above)"; }
}
psql_primary() { "$PGBIN/psql" -X -q -At -h 127.0.0.1 -p "$P" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }

pgstart primary
psql_primary -c "CREATE EXTENSION IF NOT EXISTS lsnroute" >/dev/null ||
    die "CREATE EXTENSION lsnroute failed on the primary"

IFS=, read -r -a DELAY <<<"$delays"
for ((i = 1; i <= replicas; i++)); do
    n="r$i"
    # application_name=<node> lands in primary_conninfo, so that the node can be
    # named in synchronous_standby_names and pg_stat_replication.
    run "$PGBIN/pg_basebackup" -d "host=127.0.0.1 port=$P user=postgres application_name=$n" \
        -D "$DIR/$n" -R -X stream -c fast \
        --no-sync >"$DIR/$n.basebackup.log" 2>&1 ||
        { cat "$DIR/$n.basebackup.log" >&2; die "pg_basebackup for $n failed"; }
    {
        node_conf "$n" "${PORT[$n]}"
        d=${DELAY[$((i - 1))]:-0}
        [[ "$d" == "0" || -z "$d" ]] || echo "recovery_min_apply_delay = '$d'"
    } | run tee -a "$DIR/$n/postgresql.conf" >/dev/null
    pgstart "$n"
done

for _ in $(seq 300); do
    streaming=$(psql_primary -c "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")
    [[ "$streaming" -ge "$replicas" ]] && break
    sleep 0.1
done
[[ "$streaming" -ge "$replicas" ]] || die "only $streaming of $replicas replicas are streaming"

if [[ $wait_registry -eq 1 ]]; then
    for n in "${NODES[@]}"; do
        ok=0
        for _ in $(seq 300); do
            if [[ $(redis-cli -p "$REDIS_PORT" exists "lsnroute:{$cluster}:node:$n") == 1 ]]; then ok=1; break; fi
            sleep 0.1
        done
        [[ $ok -eq 1 ]] || die "node $n never appeared in the registry (see $DIR/$n.log)"
    done
fi

# --- Tell the command (or the person) where everything is ---------------
export LSNR_TOPO_DIR=$DIR LSNR_PGBIN=$PGBIN LSNR_CLUSTER=$cluster
export LSNR_RUNAS="${RUNAS[*]}"
export LSNR_NODES="${NODES[*]}"
export LSNR_REDIS_PORT=$REDIS_PORT LSNR_REDIS_PIDFILE=$DIR/redis/redis.pid
export LSNR_PRIMARY_PORT=$P
ports=()
for n in "${NODES[@]}"; do
    export "LSNR_PORT_$n=${PORT[$n]}" "LSNR_DATADIR_$n=$DIR/$n"
    [[ $n == primary ]] || ports+=("${PORT[$n]}")
done
export LSNR_REPLICA_PORTS="${ports[*]}"
export LSNR_PG_DSN="host=127.0.0.1 port=$P user=postgres dbname=postgres"
export LSNROUTE_CONFIG="redis=127.0.0.1:$REDIS_PORT cluster=$cluster pg='user=postgres dbname=postgres' primary='host=127.0.0.1 port=$P'"

if [[ $quiet -eq 0 ]]; then
    {
        echo "topology: up in $DIR"
        printf '  %-8s 127.0.0.1:%s\n' redis "$REDIS_PORT"
        for ((i = 0; i < ${#NODES[@]}; i++)); do
            n=${NODES[$i]}
            extra=""
            ((i > 0)) && [[ -n "${DELAY[$((i - 1))]:-}" && "${DELAY[$((i - 1))]}" != 0 ]] &&
                extra=" (apply delay ${DELAY[$((i - 1))]})"
            printf '  %-8s host=127.0.0.1 port=%s user=postgres dbname=postgres%s\n' "$n" "${PORT[$n]}" "$extra"
        done
        echo "  LSNROUTE_CONFIG=\"$LSNROUTE_CONFIG\""
    } >&2
fi

if [[ $# -gt 0 ]]; then
    set +e
    "$@"
    rc=$?
    set -e
    exit $rc
fi
say "press Ctrl-C to stop and remove everything"
while :; do sleep 3600 & wait $!; done
