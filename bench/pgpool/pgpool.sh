#!/usr/bin/env bash
# Starts or stops the benchmark's pgpool-II in front of one topology.
#
#   bench/pgpool/pgpool.sh start DIR PORT CHILDREN PRIMARY:PORT REPLICA:PORT...
#   bench/pgpool/pgpool.sh stop DIR
#
# start: writes DIR/pgpool.conf from pgpool.conf.in, starts pgpool as the
# user that runs the topology (LSNR_RUNAS, e.g. "runuser -u postgres --") and
# waits until it answers and SHOW pool_nodes lists every backend "up".
# stop: stops the pgpool started in DIR (its whole process group) and waits.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
read -r -a RUNAS <<<"${LSNR_RUNAS:-}"
die() { echo "pgpool.sh: error: $*" >&2; exit 1; }

pgpool_bin=$(command -v pgpool || echo /usr/sbin/pgpool)
[[ -x "$pgpool_bin" ]] || die "pgpool not found (Debian package pgpool2; run scripts/install-deps.sh)"

# shellcheck source=../../scripts/lib/free-port.sh
source "$here/../../scripts/lib/free-port.sh"

# Whether any process of process group $1 is still running (zombies aside).
group_alive() {
    ps -eo pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'
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
    LSNR_TAKEN_PORTS[$port]=1 # not the pgpool port picked by our caller
    free_port_into pcp_port
    sed -e "s|@PORT@|$port|; s|@PCP_PORT@|$pcp_port|; s|@DIR@|$dir|g; s|@CHILDREN@|$children|" \
        "$here/pgpool.conf.in" |
        awk -v b="$backends" '$0 == "@BACKENDS@" { printf "%s", b; next } { print }' >"$dir/pgpool.conf"
    : >"$dir/pcp.conf"
    : >"$dir/pool_hba.conf"
    [[ ${#RUNAS[@]} -eq 0 ]] || chown -R postgres: "$dir"
    # -n: stay in the foreground (we background it); -D: ignore any saved
    # node status, every backend starts "up". setsid gives pgpool and its
    # children a process group of their own: a terminal's Ctrl-C does not
    # reach them half-way (our caller stops them in order), and stop can
    # signal the whole group.
    setsid "${RUNAS[@]}" "$pgpool_bin" -n -D -f "$dir/pgpool.conf" -F "$dir/pcp.conf" \
        -a "$dir/pool_hba.conf" >"$dir/pgpool.log" 2>&1 &
    echo $! >"$dir/pgpool.pgid"
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
    [[ -f "$dir/pgpool.pgid" ]] || exit 0
    pgid=$(cat "$dir/pgpool.pgid")
    # Not `pgpool stop`: it waits for the pid in pgpool.pid to vanish, and in
    # a container whose init does not reap orphans a dead pgpool can stay a
    # zombie forever. Fast shutdown (SIGINT) of the group, then SIGKILL.
    kill -INT -- "-$pgid" 2>/dev/null || true
    for _ in $(seq 100); do
        group_alive "$pgid" || break
        sleep 0.1
    done
    kill -KILL -- "-$pgid" 2>/dev/null || true
    # The group is gone, but its main process may linger as a zombie that
    # nobody reaps; pgpool's next start would take the pid file's pid for a
    # running pgpool ("pid file found"), so remove the file now.
    rm -f "$dir/pgpool.pgid" "$dir/pgpool.pid"
    ;;
*)
    sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
    exit 2
    ;;
esac
