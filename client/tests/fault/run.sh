#!/usr/bin/env bash
# The fault suite: for each Redis deployment (standalone, Sentinel, Cluster) a
# real topology (scripts/topology.sh: primary, replica r1, replica r2 applying
# 2 s late, wal_log_hints for pg_rewind, WAL kept for a replica restored from
# an older copy) whose workers publish to it, and
# fault_suite.py running its faults with two router processes.
#
#   client/tests/fault/run.sh [--build DIR (the CMake tree, default build/)] [--out DIR] [--soak MINUTES]
#                             [--modes request,carried,hint] [--groups LIST]
#                             [--only FAULT,...] [--seed N]
#
# Without --soak: every fault once, modes rotating (make test-fault). With
# --soak M: every fault in every mode, then random faults for about M more
# minutes, split over the deployments (make soak). Results: OUT/results.jsonl (one JSON
# object per run) and OUT/<run>/ (histories); failure_table.py turns them
# into the README's table. Exits 1 when any run failed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
build=$repo/build
out=""
soak=""
modes=request,carried,hint
groups=standalone,sentinel,cluster
only=""
seed=$(date +%s)
command_line="client/tests/fault/run.sh $*"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --build) build=$(cd "$2" && pwd); shift 2 ;;
        --out) out=$2; shift 2 ;;
        --soak) soak=$2; shift 2 ;;
        --modes) modes=$2; shift 2 ;;
        --groups) groups=$2; shift 2 ;;
        --only) only=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "fault suite: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done
# What the Sentinel and Cluster groups' inner run.sh is called with.
args=(--build "$build" --modes "$modes" --seed "$seed" --groups "$groups")
[[ -z $out ]] || args+=(--out "$out")
[[ -z $soak ]] || args+=(--soak "$soak")
[[ -z $only ]] || args+=(--only "$only")
router=$build/client/tests/fault/lsnr-fault-router
[[ -x $router ]] || { echo "fault suite: $router not built (make fault-router BUILD_DIR=$build)" >&2; exit 1; }
out=${out:-$build/fault-results}
if [[ -z ${FAULT_INNER_GROUP:-} ]]; then
    rm -rf "$out"
    mkdir -p "$out"
    # For failure_table.py: the command that produced these results.
    echo "${FAULT_COMMAND:-$command_line}" >"$out/command.txt"
fi

PY=/usr/bin/python3
suite=("$PY" "$here/fault_suite.py" --router "$router" --out "$out" --modes "$modes" --seed "$seed")
[[ -z $only ]] || suite+=(--only "$only")
if [[ -n $soak ]]; then
    # The soak's minutes, split over the deployments (most faults are standalone).
    suite+=(--plan matrix)
    share() { awk -v m="$soak" -v s="$1" 'BEGIN { print m * s }'; }
else
    share() { echo 0; }
fi
# One topology whose workers publish to the group's Redis, and the group's
# faults against it. Sentinel and Cluster run inside redis-topology.sh, whose
# variables the inner topology.sh replaces: they are kept as FAULT_*.
run_group() { # group minutes
    local group=$1 minutes=$2 worker=() port
    case "$group" in
        standalone) ;;
        sentinel) worker=(--set "lsnroute.redis_sentinels = '$LSNR_SENTINELS'"
                          --set "lsnroute.redis_master_name = 'mymaster'" --no-wait-registry) ;;
        cluster) port=$("$PY" "$here/fault_topology.py" cluster-bystander topo "$LSNR_REDIS_SERVERS")
                 worker=(--set "lsnroute.redis_port = $port" --no-wait-registry) ;;
    esac
    if [[ $group != standalone ]]; then
        export FAULT_REDIS_MODE=$LSNR_REDIS_MODE FAULT_REDIS_DIR=$LSNR_REDIS_DIR \
            FAULT_REDIS_SERVERS=$LSNR_REDIS_SERVERS FAULT_SENTINELS=$LSNR_SENTINELS \
            FAULT_REDIS_CONFIG=$LSNR_REDIS_CONFIG
    fi
    "$repo/scripts/topology.sh" -q --cluster topo --delay 0,2s --set "wal_log_hints = on" \
        --set "wal_keep_size = '512MB'" \
        "${worker[@]+"${worker[@]}"}" -- "${suite[@]}" --group "$group" --minutes "$minutes"
}
if [[ -n ${FAULT_INNER_GROUP:-} ]]; then
    run_group "$FAULT_INNER_GROUP" "$FAULT_INNER_MINUTES"
    exit $?
fi

rc=0
IFS=, read -r -a group_list <<<"$groups"
for group in "${group_list[@]}"; do
    echo "fault suite: --- $group ---"
    case "$group" in
        standalone) run_group standalone "$(share 0.6)" || rc=1 ;;
        sentinel | cluster)
            FAULT_INNER_GROUP=$group FAULT_INNER_MINUTES=$(share 0.2) \
                "$repo/scripts/redis-topology.sh" -q "$group" -- "$0" "${args[@]}" || rc=1 ;;
        *) echo "fault suite: unknown group '$group'" >&2; exit 2 ;;
    esac
done
echo "fault suite: results in $out/results.jsonl"
"$PY" "$here/failure_table.py" "$out/results.jsonl" || true
exit $rc
