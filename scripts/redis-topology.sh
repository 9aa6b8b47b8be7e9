#!/usr/bin/env bash
# Real Redis deployments for tests, on free loopback ports in a temporary
# directory, always torn down on exit (also on failure or Ctrl-C):
#
#   scripts/redis-topology.sh MODE [-- command [args...]]
#
# MODE:
#   standalone  one redis-server
#   cluster     Redis Cluster: 3 masters + 3 replicas (cluster-node-timeout
#               1000 ms), created with redis-cli --cluster create
#   sentinel    1 master, 1 replica, 3 Sentinels (quorum 2,
#               down-after-milliseconds 1000, failover-timeout 3000)
#
# With a command: starts the deployment, runs the command with the variables
# below exported, stops and removes everything and exits with the command's
# status. Without one: prints the variables and waits for Ctrl-C.
#
# Exported:
#   LSNR_REDIS_MODE         standalone | cluster | sentinel
#   LSNR_REDIS_SEEDS        what the client's `redis=` option wants: the server,
#                           the cluster nodes, or the Sentinels (host:port,...)
#   LSNR_REDIS_SERVERS      every data server (not Sentinels), host:port,...
#   LSNR_SENTINELS          the Sentinels (sentinel mode), host:port,...
#   LSNR_REDIS_MASTER_NAME  Sentinel master name (mymaster)
#   LSNR_REDIS_PORT         the standalone server / the first master
#   LSNR_REDIS_PIDFILE      its pid file
#   LSNR_REDIS_DIR          the directory: server on port P has P/redis.conf
#                           (restart it: redis-server DIR/P/redis.conf),
#                           P/redis.pid (kill or SIGSTOP it), P/redis.log
#   LSNR_REDIS_CONFIG       client configuration fragment (redis=... redis_mode=...)
#
# Sourcing this file defines redis_topology_start MODE and
# redis_topology_stop (the caller owns the trap) without running anything.
# Options: -q (quiet), -h/--help.

redis_topology_say() { [[ "${REDIS_TOPOLOGY_QUIET:-0}" == 1 ]] || echo "redis-topology: $*" >&2; }

# One free-port picker for every topology script (below the ephemeral range,
# Cluster bus headroom); not re-sourced when the caller already has it.
# (Its free_port_into VAR must not be given a name it declares local itself:
# p, low, high.)
declare -F free_port_into >/dev/null ||
    source "$(dirname "${BASH_SOURCE[0]}")/lib/free-port.sh"

# Polls a shell condition every 0.1 s for up to $1 seconds.
redis_topology_wait() {
    local secs=$1
    shift
    local i
    for ((i = 0; i < secs * 10; i++)); do
        if eval "$*" >/dev/null 2>&1; then return 0; fi
        sleep 0.1
    done
    return 1
}

# Starts one redis-server (or Sentinel with "sentinel") on $1; extra config
# lines on stdin.
redis_topology_server() {
    local port=$1 kind=${2:-server} d="$LSNR_REDIS_DIR/$1" conf
    mkdir -p "$d"
    conf="$d/redis.conf"
    {
        echo "port $port"
        echo "bind 127.0.0.1"
        echo "daemonize yes"
        echo "pidfile $d/redis.pid"
        echo "logfile $d/redis.log"
        echo "dir $d"
        if [[ $kind == server ]]; then
            echo "save \"\""
            echo "appendonly no"
        fi
        cat
    } >"$conf"
    if [[ $kind == sentinel ]]; then
        redis-server "$conf" --sentinel >/dev/null
    else
        redis-server "$conf" >/dev/null
    fi
    redis_topology_wait 10 "redis-cli -p $port ping | grep -q PONG" ||
        { echo "redis-topology: redis on port $port did not start (see $d/redis.log)" >&2; return 1; }
}

redis_topology_start() {
    local mode=$1 port i
    case "$mode" in
        standalone | cluster | sentinel) ;;
        *) echo "redis-topology: unknown mode '$mode' (standalone, cluster, sentinel)" >&2; return 2 ;;
    esac
    command -v redis-server >/dev/null || { echo "redis-topology: redis-server not found (run scripts/install-deps.sh)" >&2; return 1; }
    LSNR_REDIS_DIR=$(mktemp -d /tmp/lsnr-redis.XXXXXX)
    export LSNR_REDIS_DIR LSNR_REDIS_MODE=$mode LSNR_REDIS_MASTER_NAME=mymaster LSNR_SENTINELS=""
    local servers=() sentinels=()

    case "$mode" in
        standalone)
            free_port_into port
            redis_topology_server "$port" </dev/null || return 1
            servers=("127.0.0.1:$port")
            ;;
        cluster)
            for i in 1 2 3 4 5 6; do
                free_port_into port bus
                printf '%s\n' "cluster-enabled yes" "cluster-config-file nodes.conf" \
                    "cluster-node-timeout 1000" "cluster-replica-validity-factor 0" \
                    "cluster-require-full-coverage yes" | redis_topology_server "$port" || return 1
                servers+=("127.0.0.1:$port")
            done
            redis-cli --cluster create "${servers[@]}" --cluster-replicas 1 --cluster-yes \
                >"$LSNR_REDIS_DIR/create.log" 2>&1 ||
                { cat "$LSNR_REDIS_DIR/create.log" >&2; return 1; }
            for s in "${servers[@]}"; do
                redis_topology_wait 30 "redis-cli -p ${s##*:} cluster info | grep -q 'cluster_state:ok'" ||
                    { echo "redis-topology: cluster not ok on $s" >&2; return 1; }
            done
            # Replicas in sync, so a failover can be asked for at once.
            for s in "${servers[@]}"; do
                redis_topology_wait 30 "redis-cli -p ${s##*:} info replication | grep -Eq 'role:master|master_link_status:up'" ||
                    { echo "redis-topology: replica $s not in sync" >&2; return 1; }
            done
            ;;
        sentinel)
            local mport rport
            free_port_into mport
            redis_topology_server "$mport" </dev/null || return 1
            free_port_into rport
            echo "replicaof 127.0.0.1 $mport" | redis_topology_server "$rport" || return 1
            servers=("127.0.0.1:$mport" "127.0.0.1:$rport")
            redis_topology_wait 30 "redis-cli -p $rport info replication | grep -q master_link_status:up" ||
                { echo "redis-topology: replica not in sync" >&2; return 1; }
            for i in 1 2 3; do
                free_port_into port
                printf '%s\n' "sentinel monitor mymaster 127.0.0.1 $mport 2" \
                    "sentinel down-after-milliseconds mymaster 1000" \
                    "sentinel failover-timeout mymaster 3000" \
                    "sentinel parallel-syncs mymaster 1" | redis_topology_server "$port" sentinel || return 1
                sentinels+=("127.0.0.1:$port")
            done
            # A failover needs the Sentinels to know each other and the replica.
            for s in "${sentinels[@]}"; do
                redis_topology_wait 30 "[[ \$(redis-cli -p ${s##*:} sentinel master mymaster | sed -n '/^num-other-sentinels\$/{n;p}') == 2 && \$(redis-cli -p ${s##*:} sentinel master mymaster | sed -n '/^num-slaves\$/{n;p}') == 1 ]]" ||
                    { echo "redis-topology: sentinel $s does not see its peers" >&2; return 1; }
            done
            LSNR_SENTINELS=$(IFS=,; echo "${sentinels[*]}")
            ;;
    esac

    LSNR_REDIS_SERVERS=$(IFS=,; echo "${servers[*]}")
    LSNR_REDIS_PORT=${servers[0]##*:}
    LSNR_REDIS_PIDFILE="$LSNR_REDIS_DIR/$LSNR_REDIS_PORT/redis.pid"
    if [[ $mode == sentinel ]]; then
        LSNR_REDIS_SEEDS=$LSNR_SENTINELS
        LSNR_REDIS_CONFIG="redis=$LSNR_SENTINELS redis_mode=sentinel redis_master_name=mymaster"
    else
        LSNR_REDIS_SEEDS=$LSNR_REDIS_SERVERS
        LSNR_REDIS_CONFIG="redis=$LSNR_REDIS_SEEDS redis_mode=$mode"
    fi
    export LSNR_REDIS_SERVERS LSNR_REDIS_PORT LSNR_REDIS_PIDFILE LSNR_REDIS_SEEDS LSNR_SENTINELS LSNR_REDIS_CONFIG
    redis_topology_say "$mode up in $LSNR_REDIS_DIR: servers $LSNR_REDIS_SERVERS${LSNR_SENTINELS:+, sentinels $LSNR_SENTINELS}"
}

# Kills every server and Sentinel of the deployment (SIGCONT first, in case a
# test stopped one) and removes the directory. Safe to call twice.
redis_topology_stop() {
    [[ -n "${LSNR_REDIS_DIR:-}" && -d "$LSNR_REDIS_DIR" ]] || return 0
    local f pid
    for f in "$LSNR_REDIS_DIR"/*/redis.pid; do
        [[ -f "$f" ]] || continue
        pid=$(cat "$f" 2>/dev/null || true)
        # Only a live redis process: a stale pid file may name a reused pid.
        if [[ -n "$pid" ]] && grep -q redis "/proc/$pid/cmdline" 2>/dev/null; then
            kill -CONT "$pid" 2>/dev/null || true
            kill -KILL "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$LSNR_REDIS_DIR"
    LSNR_REDIS_DIR=""
}

# --- run as a program -------------------------------------------------------
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    mode=""
    while [[ $# -gt 0 ]]; do
        case "$1" in
            -h | --help) sed -n '2,/^$/p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
            -q | --quiet) REDIS_TOPOLOGY_QUIET=1; shift ;;
            --) shift; break ;;
            -*) echo "redis-topology: unknown option '$1' (see --help)" >&2; exit 2 ;;
            *) [[ -z "$mode" ]] || { echo "redis-topology: one mode only (see --help)" >&2; exit 2; }
               mode=$1; shift ;;
        esac
    done
    [[ -n "$mode" ]] || { echo "redis-topology: which mode? standalone, cluster or sentinel (see --help)" >&2; exit 2; }
    trap 'rc=$?; trap - EXIT; redis_topology_stop; exit $rc' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    redis_topology_start "$mode"
    if [[ $# -gt 0 ]]; then
        set +e
        "$@"
        exit $?
    fi
    env | grep '^LSNR_' | sort
    echo "redis-topology: running; Ctrl-C stops and removes everything" >&2
    while :; do sleep 3600; done
fi
