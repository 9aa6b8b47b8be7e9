#!/usr/bin/env bash
# pg_regress tests of the lsnroute SQL surface (regress/sql, regress/expected).
#
#   scripts/test-regress.sh [test ...]     (default: every regress/sql/*.sql)
#
# Runs the installed pg_regress with a temporary instance that preloads
# lsnroute and publishes to a real redis-server (with a password) started on
# a free port. Everything lives in one temp dir owned by postgres and is
# removed on exit. Assumes the extension is installed (make install-extension).
# Prints the diffs and exits non-zero when a test fails.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
die() { echo "test-regress: error: $*" >&2; exit 1; }

[[ -x "$PG_CONFIG" ]] || die "$PG_CONFIG not found"
BINDIR=$("$PG_CONFIG" --bindir)
PG_REGRESS=$(dirname "$("$PG_CONFIG" --pgxs)")/../test/regress/pg_regress
[[ -x "$PG_REGRESS" ]] || die "pg_regress not found at $PG_REGRESS (install postgresql-server-dev-15)"
[[ -f "$("$PG_CONFIG" --pkglibdir)/lsnroute.so" ]] || die "lsnroute is not installed; run 'make install-extension'"
command -v redis-server >/dev/null || die "redis-server not found (run scripts/install-deps.sh)"

if [[ $# -gt 0 ]]; then
    TESTS=("$@")
else
    TESTS=()
    # Setup first: it creates the extension the others use.
    TESTS+=(lsnroute_setup)
    for f in "$ROOT"/regress/sql/*.sql; do
        t=$(basename "$f" .sql)
        [[ $t == lsnroute_setup ]] || TESTS+=("$t")
    done
fi

WORK=$(mktemp -d /tmp/lsnr-regress.XXXXXX)
chmod 755 "$WORK"
# pg_regress runs as postgres, from $WORK and on a copy of regress/: the
# checkout may be where postgres cannot go (/root, a `mktemp -d`).
mkdir -p "$WORK/input"
cp -r "$ROOT/regress/sql" "$ROOT/regress/expected" "$WORK/input/"
if [[ $(id -u) -eq 0 ]]; then
    RUNAS=(env -C "$WORK" runuser -u postgres --)
    chown -R postgres: "$WORK"
else
    RUNAS=()
fi
run() { "${RUNAS[@]}" "$@"; }

teardown() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -f "$WORK/redis.pid" ]]; then
        kill -KILL "$(cat "$WORK/redis.pid")" 2>/dev/null || true
    fi
    rm -rf "$WORK"
    exit $rc
}
trap teardown EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# shellcheck source=lib/free-port.sh
source "$ROOT/scripts/lib/free-port.sh"
free_port_into REDIS_PORT
free_port_into PG_PORT
# Not a real secret: it proves AUTH works and that the password stays hidden.
REDIS_PASSWORD="regress-$RANDOM$RANDOM"

run redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
    --requirepass "$REDIS_PASSWORD" --dir "$WORK" --daemonize yes \
    --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log" >/dev/null
for _ in $(seq 300); do
    redis-cli -p "$REDIS_PORT" -a "$REDIS_PASSWORD" --no-auth-warning ping >/dev/null 2>&1 && break
    sleep 0.05
done
if ! redis-cli -p "$REDIS_PORT" -a "$REDIS_PASSWORD" --no-auth-warning ping >/dev/null 2>&1; then
    cat "$WORK/redis.log" >&2 2>/dev/null || true
    die "redis-server did not start on port $REDIS_PORT (its log is above)"
fi

run tee "$WORK/temp.conf" >/dev/null <<CONF
shared_preload_libraries = 'lsnroute'
lsnroute.redis_host = '127.0.0.1'
lsnroute.redis_port = $REDIS_PORT
lsnroute.redis_password = '$REDIS_PASSWORD'
lsnroute.cluster = 'regress'
lsnroute.node_name = 'regress'
lsnroute.node_dsn = 'host=127.0.0.1 port=5432'
lsnroute.publish_interval = '10ms'
# Makes a plain read write WAL (hint-bit full-page images): last_commit_lsn()
# must not move for that.
wal_log_hints = on
CONF

set +e
run "$PG_REGRESS" \
    --temp-instance="$WORK/instance" \
    --temp-config="$WORK/temp.conf" \
    --bindir="$BINDIR" \
    --port="$PG_PORT" \
    --inputdir="$WORK/input" \
    --outputdir="$WORK/out" \
    --dbname=lsnroute_regress \
    "${TESTS[@]}"
rc=$?
set -e

if [[ $rc -ne 0 ]]; then
    [[ -f "$WORK/out/regression.diffs" ]] && cat "$WORK/out/regression.diffs"
    if [[ -d "$WORK/out/log" ]]; then
        echo "--- server log (last 40 lines)"
        tail -40 "$WORK/out/log/postmaster.log" 2>/dev/null || true
    fi
    if [[ -n "${LSNR_KEEP_RESULTS:-}" ]]; then
        mkdir -p "$LSNR_KEEP_RESULTS" && cp -r "$WORK/out/." "$LSNR_KEEP_RESULTS/"
    fi
    echo "test-regress: FAILED" >&2
    exit 1
fi
echo "test-regress: all ${#TESTS[@]} tests passed"
