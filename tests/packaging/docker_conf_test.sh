#!/usr/bin/env bash
# Unit test of docker/lsnroute-conf.sh, the entrypoint's configuration
# generation: the postgresql.conf lines, primary_conninfo and lsnroute GUCs
# per role, the refusals of bad input, and that PostgreSQL 15 itself accepts
# the generated file (postgres -C on a scratch data directory).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=SCRIPTDIR/../../docker/lsnroute-conf.sh
source "$ROOT/docker/lsnroute-conf.sh"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
has_line() { # text line
    grep -qxF -- "$2" <<<"$1" || fail "missing line: $2"$'\n'"in:"$'\n'"$1"
}
lacks() { # text pattern
    ! grep -q -- "$2" <<<"$1" || fail "unexpected '$2' in:"$'\n'"$1"
}
clear_env() {
    unset LSNR_ROLE LSNR_NODE_NAME LSNR_NODE_HOST LSNR_PRIMARY_HOST LSNR_APPLY_DELAY \
        LSNR_REDIS_HOST LSNR_REDIS_PORT LSNR_CLUSTER LSNR_PUBLISH_INTERVAL LSNR_PG_PORT LSNR_REPL_USER
}
refused() { # description expected-message-fragment -- env assignments...
    local what=$1 frag=$2 out
    shift 3
    clear_env
    if out=$(env "$@" bash -c "source '$ROOT/docker/lsnroute-conf.sh'; lsnr_postgresql_conf" 2>&1); then
        fail "$what: accepted"$'\n'"$out"
    elif ! grep -qF -- "$frag" <<<"$out"; then
        fail "$what: refused without saying '$frag': $out"
    fi
}

# --- primary -------------------------------------------------------------
clear_env
export LSNR_ROLE=primary LSNR_NODE_NAME=primary
conf=$(lsnr_postgresql_conf)
has_line "$conf" "shared_preload_libraries = 'lsnroute'"
has_line "$conf" "wal_level = replica"
has_line "$conf" "lsnroute.redis_host = 'redis'"
has_line "$conf" "lsnroute.redis_port = 6379"
has_line "$conf" "lsnroute.cluster = 'demo'"
has_line "$conf" "lsnroute.node_name = 'primary'"
has_line "$conf" "lsnroute.node_dsn = 'host=primary port=5432'"
lacks "$conf" primary_conninfo
lacks "$conf" recovery_min_apply_delay
hba=$(lsnr_pg_hba)
has_line "$hba" "host    replication  replicator   0.0.0.0/0   scram-sha-256"

# --- replica with an apply delay, non-default Redis and cluster -------------
clear_env
export LSNR_ROLE=replica LSNR_NODE_NAME=r2 LSNR_NODE_HOST=r2.db LSNR_PRIMARY_HOST=primary
export LSNR_APPLY_DELAY=2s LSNR_REDIS_HOST=cache LSNR_REDIS_PORT=6380 LSNR_CLUSTER=prod
conf=$(lsnr_postgresql_conf)
has_line "$conf" "lsnroute.redis_host = 'cache'"
has_line "$conf" "lsnroute.redis_port = 6380"
has_line "$conf" "lsnroute.cluster = 'prod'"
has_line "$conf" "lsnroute.node_name = 'r2'"
has_line "$conf" "lsnroute.node_dsn = 'host=r2.db port=5432'"
has_line "$conf" "primary_conninfo = 'host=primary port=5432 user=replicator application_name=r2 passfile=/var/lib/postgresql/.pgpass'"
has_line "$conf" "recovery_min_apply_delay = '2s'"
lacks "$conf" password=
replica_conf=$conf

# --- replica without delay ---------------------------------------------------
clear_env
export LSNR_ROLE=replica LSNR_NODE_NAME=r1 LSNR_PRIMARY_HOST=primary
conf=$(lsnr_postgresql_conf)
has_line "$conf" "lsnroute.node_dsn = 'host=r1 port=5432'"
lacks "$conf" recovery_min_apply_delay

# --- refusals ----------------------------------------------------------------
refused "unknown role" "LSNR_ROLE must be primary or replica" -- LSNR_ROLE=standby LSNR_NODE_NAME=x
refused "no node name" "LSNR_NODE_NAME is empty" -- LSNR_ROLE=primary
refused "quote in a node name" "LSNR_NODE_NAME='a'b'" -- LSNR_ROLE=primary "LSNR_NODE_NAME=a'b"
refused "replica without primary" "LSNR_PRIMARY_HOST is empty" -- LSNR_ROLE=replica LSNR_NODE_NAME=r1
refused "bad delay" "LSNR_APPLY_DELAY='2 s'" -- LSNR_ROLE=replica LSNR_NODE_NAME=r1 LSNR_PRIMARY_HOST=p "LSNR_APPLY_DELAY=2 s"
refused "delay on a primary" "is for a replica" -- LSNR_ROLE=primary LSNR_NODE_NAME=p LSNR_APPLY_DELAY=1s
refused "port out of range" "port '70000'" -- LSNR_ROLE=primary LSNR_NODE_NAME=p LSNR_REDIS_PORT=70000
refused "newline in cluster" "LSNR_CLUSTER=" -- LSNR_ROLE=primary LSNR_NODE_NAME=p $'LSNR_CLUSTER=a\nb'

# --- PostgreSQL accepts the replica's file ----------------------------------
PGBIN=/usr/lib/postgresql/15/bin
dir=$(mktemp -d /tmp/lsnr-dockerconf.XXXXXX)
# postgres starts in $dir: the checkout may be where postgres cannot go.
if [[ $(id -u) -eq 0 ]]; then RUNAS=(env -C "$dir" runuser -u postgres --); else RUNAS=(); fi
trap 'rm -rf "$dir"' EXIT
chmod 755 "$dir"
[[ ${#RUNAS[@]} -eq 0 ]] || chown postgres: "$dir"
"${RUNAS[@]}" "$PGBIN/initdb" -D "$dir/data" -A trust --no-sync >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
printf '%s\n' "$replica_conf" | "${RUNAS[@]}" tee -a "$dir/data/postgresql.conf" >/dev/null
for setting in recovery_min_apply_delay lsnroute.node_dsn primary_conninfo lsnroute.redis_port; do
    value=$("${RUNAS[@]}" "$PGBIN/postgres" -D "$dir/data" -C "$setting" 2>&1) ||
        fail "postgres -C $setting: $value"
    echo "postgres -C $setting: $value"
done
[[ $("${RUNAS[@]}" "$PGBIN/postgres" -D "$dir/data" -C recovery_min_apply_delay) == 2000 ]] ||
    fail "PostgreSQL does not read recovery_min_apply_delay as 2s (2000 ms)"

if [[ $failures -ne 0 ]]; then
    echo "docker_conf_test: $failures failure(s)" >&2
    exit 1
fi
echo "docker_conf_test: ok"
