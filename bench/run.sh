#!/usr/bin/env bash
# The benchmark behind `make bench` (QUICK=1: `bench/run.sh --quick`).
#
# Starts one topology with scripts/topology.sh (primary, r1 without delay, r2
# with a 500 ms apply delay, Redis) and a 3-master Redis Cluster
# (scripts/redis-topology.sh cluster) for the Redis section, runs lsnroute-bench in it against every
# system (pgpool-II and the remote_apply settings are switched on and off by
# the hook below exactly around their runs), writes bench/results/latest.md,
# latest.json and latest.png, prints the table, and tears everything down,
# also on failure or Ctrl-C.
#
#   bench/run.sh [--quick] [--systems LIST]   run the benchmark
#   bench/run.sh --in-topology ...            (internal) inside topology.sh
#   bench/run.sh --hook PHASE SYSTEM RUN      (internal) called by lsnroute-bench
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
self="$root/bench/run.sh"
die() { echo "bench: error: $*" >&2; exit 1; }

psql_primary() {
    "$LSNR_PGBIN/psql" -X -q -At -h 127.0.0.1 -p "$LSNR_PRIMARY_PORT" -U postgres -d postgres \
        -v ON_ERROR_STOP=1 "$@"
}
replica_names() { local n; for n in $LSNR_NODES; do [[ $n == primary ]] || echo "$n"; done; }

# Waits until every replica's sync_state in pg_stat_replication is $1.
wait_sync_state() {
    local want=$1 n
    n=$(replica_names | wc -l)
    for _ in $(seq 200); do
        [[ $(psql_primary -c "SELECT count(*) FROM pg_stat_replication WHERE sync_state = '$want'") -ge $n ]] &&
            return 0
        sleep 0.05
    done
    die "replicas did not become '$want' standbys"
}

# PostgreSQL's own answer: every replica a synchronous standby that must have
# applied a commit before it returns. ANY n over all n replicas (quorum of
# all), so a read on any replica sees every acknowledged commit.
remote_apply_on() {
    local names n
    names=$(replica_names | paste -sd, | sed 's/,/, /g')
    n=$(replica_names | wc -l)
    psql_primary -c "ALTER SYSTEM SET synchronous_standby_names = 'ANY $n ($names)'" \
        -c "ALTER SYSTEM SET synchronous_commit = 'remote_apply'" -c "SELECT pg_reload_conf()" >/dev/null
    wait_sync_state quorum
}
remote_apply_off() {
    psql_primary -c "ALTER SYSTEM RESET synchronous_standby_names" \
        -c "ALTER SYSTEM RESET synchronous_commit" -c "SELECT pg_reload_conf()" >/dev/null
    wait_sync_state async
}

pgpool_start() {
    local backends=("primary:$LSNR_PRIMARY_PORT") n port
    for n in $(replica_names); do
        port="LSNR_PORT_$n"
        backends+=("$n:${!port}")
    done
    bash "$root/bench/pgpool/pgpool.sh" start "$BENCH_PGPOOL_DIR" "$BENCH_PGPOOL_PORT" \
        "$BENCH_PGPOOL_CHILDREN" "${backends[@]}"
}
# Keeps pgpool's own view of the run (per-node select_cnt, lag, roles) as
# evidence that it really ran and balanced reads, then stops it.
pgpool_stop() {
    {
        echo "-- run $1"
        "$LSNR_PGBIN/psql" -X -h 127.0.0.1 -p "$BENCH_PGPOOL_PORT" -U postgres -d postgres \
            -c "SHOW pool_nodes" 2>&1 || true
    } >"$BENCH_WORK/pool_nodes.txt"
    bash "$root/bench/pgpool/pgpool.sh" stop "$BENCH_PGPOOL_DIR"
}

case "${1:-}" in
--hook)
    trap 'exit 130' INT
    trap 'exit 143' TERM
    phase=$2 system=$3 run=$4
    case "$phase/$system" in
    before-system/remote-apply) remote_apply_on ;;
    after-system/remote-apply) remote_apply_off ;;
    before-run/pgpool) pgpool_start ;;
    after-run/pgpool) pgpool_stop "$run" ;;
    esac
    exit 0
    ;;
--in-topology)
    shift
    BENCH_WORK=$(mktemp -d /tmp/lsnr-bench.XXXXXX)
    chmod 755 "$BENCH_WORK"
    export BENCH_WORK BENCH_PGPOOL_DIR="$BENCH_WORK/pgpool"
    mkdir -p "$BENCH_PGPOOL_DIR"
    [[ -z "$LSNR_RUNAS" ]] || chown postgres: "$BENCH_PGPOOL_DIR"
    cleanup() {
        local rc=$?
        trap - EXIT INT TERM
        bash "$root/bench/pgpool/pgpool.sh" stop "$BENCH_PGPOOL_DIR" || true
        rm -rf "$BENCH_WORK"
        exit $rc
    }
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    # A port for pgpool, free now and below the ephemeral range (the shared
    # picker); pgpool.sh fails loudly if someone takes it before pgpool does.
    # shellcheck source=../scripts/lib/free-port.sh
    source "$root/scripts/lib/free-port.sh"
    free_port_into BENCH_PGPOOL_PORT
    export BENCH_PGPOOL_PORT
    "$BENCH_BIN" "$@" --hook "bash $self --hook" --pgpool-port "$BENCH_PGPOOL_PORT" \
        --pool-nodes-file "$BENCH_WORK/pool_nodes.txt"
    exit $?
    ;;
esac

# --- the benchmark -----------------------------------------------------------
quick=0
systems=()
while [[ $# -gt 0 ]]; do
    case "$1" in
    --quick) quick=1; shift ;;
    --systems) systems=(--systems "$2"); shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
    esac
done

build=${BUILD_DIR:-build}
[[ $build == /* ]] || build="$root/$build"
BENCH_BIN="$build/bench/lsnroute-bench"
[[ -x "$BENCH_BIN" ]] || die "$BENCH_BIN not built (run 'make install' or 'make bench')"
command -v gnuplot >/dev/null || die "gnuplot not found (Debian package gnuplot-nox)"
command -v pgpool >/dev/null || die "pgpool not found (Debian package pgpool2)"
export BENCH_BIN

threads=4
# Reference workload: 200 users on 4 threads (defaults of the workload engine);
# the quick run keeps every system and several runs, only shorter.
if [[ $quick -eq 1 ]]; then
    args=(--runs 3 --duration 3 --overhead-iterations 5000 --freshness-samples 100
        --redis-seconds 2 --many-users 100000 --many-users-on cluster)
    # Every system but the replica_wait_ms table's -wait2/-wait5/-wait20 rows.
    [[ ${#systems[@]} -gt 0 ]] || systems=(--systems quick)
    command="make bench QUICK=1"
else
    args=(--runs 3 --duration 15 --overhead-iterations 20000 --freshness-samples 300
        --redis-seconds 10 --many-users 100000)
    command="make bench"
fi
# pgpool needs one child per concurrent client connection (one per thread),
# with room for the engine's connection pool and psql checks.
export BENCH_PGPOOL_CHILDREN=$((threads * 2 + 4))

out="$root/bench/results"
mkdir -p "$out"
start=$(date +%s)
# The Redis section compares the topology's Redis with a real 3-master Redis
# Cluster (scripts/redis-topology.sh cluster), started around the topology and
# handed to lsnroute-bench as BENCH_CLUSTER_SERVERS / BENCH_CLUSTER_DIR.
# shellcheck disable=SC2016 # expanded by the inner bash, inside the Cluster's environment
"$root/scripts/redis-topology.sh" -q cluster -- bash -c \
    'export BENCH_CLUSTER_SERVERS=$LSNR_REDIS_SERVERS BENCH_CLUSTER_DIR=$LSNR_REDIS_DIR; exec "$@"' \
    bench-cluster \
"$root/scripts/topology.sh" -q --delay 0,500ms --cluster bench --interval 10ms -- \
    bash "$self" --in-topology "${args[@]}" "${systems[@]}" --threads "$threads" \
    --out "$out" --command "$command" --publish-interval 10ms \
    --topology "primary, r1 (no apply delay), r2 (recovery_min_apply_delay = 500ms), Redis; all on one machine, loopback"
gnuplot -e "datafile='$out/latest.dat'; outfile='$out/latest.png'" "$root/bench/report.gp"
rm -f "$out/latest.dat"
echo "bench: done in $(($(date +%s) - start)) s; results in bench/results/latest.{md,json,png}" >&2
