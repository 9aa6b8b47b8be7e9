#!/usr/bin/env bash
# Starts or stops the benchmark's pgpool-II in front of one topology.
#
#   bench/pgpool/pgpool.sh start DIR PORT CHILDREN PRIMARY:PORT REPLICA:PORT...
#   bench/pgpool/pgpool.sh stop DIR
#
# start: writes DIR/pgpool.conf from pgpool.conf.in, starts pgpool as the
# user that runs the topology (LSNR_RUNAS, e.g. "runuser -u postgres --") and
# waits until it answers and SHOW pool_nodes lists every backend "up".
# stop: stops the pgpool started in DIR (by its pid file) and waits for it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
read -r -a RUNAS <<<"${LSNR_RUNAS:-}"
run() { "${RUNAS[@]}" "$@"; }
die() { echo "pgpool.sh: error: $*" >&2; exit 1; }

pgpool_bin=$(command -v pgpool || echo /usr/sbin/pgpool)
[[ -x "$pgpool_bin" ]] || die "pgpool not found (Debian package pgpool2; run scripts/install-deps.sh)"

free_port() {
    local p
    while :; do
        p=$((20000 + RANDOM % 12000))
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
}

pool_nodes() { # DIR PORT
    psql -X -At -F'|' -h 127.0.0.1 -p "$2" -U postgres -d postgres -c "SHOW pool_nodes" 2>/dev/null
}

case "${1:-}" in
start)
    [[ $# -ge 6 ]] || die "usage: $0 start DIR PORT CHILDREN PRIMARY:PORT REPLICA:PORT..."
    dir=$2 port=$3 children=$4
    shift 4
    mkdir -p "$dir"
    backends=""
    id=0
    for np in "$@"; do
        name=${np%%:*} p=${np##*:}
        weight=1
        [[ $id -eq 0 ]] && weight=0
        backends+="backend_hostname$id = '127.0.0.1'
backend_port$id = $p
backend_weight$id = $weight
backend_flag$id = 'ALLOW_TO_FAILOVER'
backend_application_name$id = '$name'
"
        id=$((id + 1))
    done
    sed -e "s|@PORT@|$port|; s|@PCP_PORT@|$(free_port)|; s|@DIR@|$dir|g; s|@CHILDREN@|$children|" \
        "$here/pgpool.conf.in" |
        awk -v b="$backends" '$0 == "@BACKENDS@" { printf "%s", b; next } { print }' >"$dir/pgpool.conf"
    : >"$dir/pcp.conf"
    : >"$dir/pool_hba.conf"
    [[ ${#RUNAS[@]} -eq 0 ]] || chown -R postgres: "$dir"
    # -n: stay in the foreground (we background it and own its pid);
    # -D: ignore any saved node status, every backend starts "up".
    run "$pgpool_bin" -n -D -f "$dir/pgpool.conf" -F "$dir/pcp.conf" -a "$dir/pool_hba.conf" \
        >"$dir/pgpool.log" 2>&1 &
    echo $! >"$dir/pgpool.launcher.pid"
    want=$#
    for _ in $(seq 150); do
        up=$({ pool_nodes "$dir" "$port" || true; } | awk -F'|' '$4 == "up" || $4 == "waiting" { n++ } END { print n + 0 }')
        [[ "$up" -ge "$want" ]] && { pool_nodes "$dir" "$port" >"$dir/pool_nodes.start"; exit 0; }
        sleep 0.2
    done
    tail -20 "$dir/pgpool.log" >&2
    die "pgpool did not come up with $want backends on port $port"
    ;;
stop)
    [[ $# -eq 2 ]] || die "usage: $0 stop DIR"
    dir=$2
    [[ -f "$dir/pgpool.conf" ]] || exit 0
    pid="" lpid=""
    [[ -f "$dir/pgpool.pid" ]] && pid=$(tr -d '\0' <"$dir/pgpool.pid")
    [[ -f "$dir/pgpool.launcher.pid" ]] && lpid=$(cat "$dir/pgpool.launcher.pid")
    [[ -z "$pid" && -z "$lpid" ]] && exit 0
    run "$pgpool_bin" -f "$dir/pgpool.conf" -m fast stop >/dev/null 2>&1 || true
    for _ in $(seq 100); do
        alive=0
        for p in $pid $lpid; do kill -0 "$p" 2>/dev/null && alive=1; done
        if [[ $alive -eq 0 ]]; then
            rm -f "$dir/pgpool.launcher.pid"
            exit 0
        fi
        sleep 0.1
    done
    for p in $pid $lpid; do kill -KILL "$p" 2>/dev/null || true; done
    rm -f "$dir/pgpool.launcher.pid"
    ;;
*)
    sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
    exit 2
    ;;
esac
