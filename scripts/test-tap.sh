#!/usr/bin/env bash
# Runs the multi-node TAP tests of regress/t with prove, against real
# PostgreSQL 15 nodes (PostgreSQL::Test::Cluster from PGXS) and real
# redis-server processes.
#
#   scripts/test-tap.sh [t/NNN_name.pl ...]      (default: every test)
#
# PostgreSQL refuses to run as root, so when started as root the tests run as
# 'postgres' in a temporary directory it owns. Everything the tests start
# (postmasters, redis-servers) and every file they write is removed on exit,
# also on failure or Ctrl-C. When a test fails, its logs (TAP log, server
# logs, Redis log) are printed and the script exits non-zero.
#
# Environment: PG_CONFIG (default /usr/lib/postgresql/15/bin/pg_config),
# TAP_JOBS (prove -j, default 2), TAP_KEEP=1 keeps the directory for a look.
set -euo pipefail

cd "$(dirname "$0")/.."
REPO=$PWD

die() { echo "test-tap: error: $*" >&2; exit 1; }

PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
[[ -x "$PG_CONFIG" ]] || die "$PG_CONFIG not found (is postgresql-server-dev-15 installed?)"
PGBIN=$("$PG_CONFIG" --bindir)
PGXS_DIR=$(dirname "$("$PG_CONFIG" --pgxs)")/../..
PERL_DIR=$(cd "$PGXS_DIR/src/test/perl" && pwd) ||
    die "PostgreSQL::Test perl modules not found under $PGXS_DIR"
PG_REGRESS_BIN="$PGXS_DIR/src/test/regress/pg_regress"
[[ -x "$PG_REGRESS_BIN" ]] || die "pg_regress not found at $PG_REGRESS_BIN"
[[ -f "$("$PG_CONFIG" --pkglibdir)/lsnroute.so" ]] ||
    die "lsnroute.so is not installed in $("$PG_CONFIG" --pkglibdir); run 'make install' first"
command -v redis-server >/dev/null || die "redis-server not found (run scripts/install-deps.sh)"
command -v redis-cli >/dev/null || die "redis-cli not found (run scripts/install-deps.sh)"
command -v prove >/dev/null || die "prove not found (perl)"
perl -MIPC::Run -e 1 2>/dev/null || die "perl IPC::Run missing (apt-get install libipc-run-perl)"

PROVE_PID=
WORK=$(mktemp -d /tmp/lsnr-tap.XXXXXX)
chmod 755 "$WORK"
cp -r "$REPO/regress/t" "$WORK/t"
cp "$REPO/docs/redis-acl.conf" "$WORK/t/redis-acl.conf"   # 050_redis_acl_users.pl tests the documented ACL lines
# The tests run as postgres from $WORK, on this copy: the checkout may be
# where postgres cannot go (/root, a `mktemp -d`).
if [[ $(id -u) -eq 0 ]]; then
    RUNAS=(env -C "$WORK" runuser -u postgres --)
    chown -R postgres: "$WORK"
else
    RUNAS=()
fi

# Stops whatever the tests left running, by the pids they recorded, then
# removes the directory. Runs on every exit path.
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n "$PROVE_PID" ]]; then
        kill -TERM -- "-$PROVE_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 -- "-$PROVE_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$PROVE_PID" 2>/dev/null || true
    fi
    local pidfile pid
    while IFS= read -r -d '' pidfile; do
        "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$(dirname "$pidfile")" -m immediate stop >/dev/null 2>&1 || {
            pid=$(head -n1 "$pidfile" 2>/dev/null || true)
            [[ "$pid" =~ ^[0-9]+$ ]] && kill -KILL "$pid" 2>/dev/null || true
        }
    done < <(find "$WORK" -name postmaster.pid -print0 2>/dev/null)
    while IFS= read -r -d '' pidfile; do
        pid=$(cat "$pidfile" 2>/dev/null || true)
        if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
            kill -CONT "$pid" 2>/dev/null || true
            kill -KILL "$pid" 2>/dev/null || true
        fi
    done < <(find "$WORK" -name redis.pid -print0 2>/dev/null)
    if [[ "${TAP_KEEP:-0}" == 1 ]]; then
        echo "test-tap: kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Prints the logs of one failed test file (t/NNN_x.pl): its TAP log, then
# each server's log without the statement echo of log_statement=all, then the
# Redis logs.
print_logs() {
    local base f
    base=$(basename "$1" .pl)
    for f in "$WORK/tmp_check/log/regress_log_$base" "$WORK"/tmp_check/log/"${base}"_*.log \
             "$WORK"/tmp_check/"${base}"_redis*/redis.log; do
        [[ -f "$f" ]] || continue
        echo "======== $f (last 150 lines)"
        grep -v 'LOG:  statement: ' "$f" | tail -n 150
    done
}

tests=("$@")
[[ ${#tests[@]} -gt 0 ]] || tests=(t/)

started=$(date +%s)
# Created before prove starts so that the tail below never races its creation.
: >"$WORK/prove.out"
# prove runs in its own session (process group) so that an interrupted run
# can stop it and its test scripts as one group, by that group's id.
setsid bash -c 'cd "$1" && shift && exec "$@"' test-tap "$WORK" "${RUNAS[@]}" env \
    PATH="$PGBIN:$PATH" \
    PERL5LIB="$PERL_DIR:$WORK/t${PERL5LIB:+:$PERL5LIB}" \
    PG_REGRESS="$PG_REGRESS_BIN" \
    TESTDIR="$WORK" \
    PG_TEST_TIMEOUT_DEFAULT=60 \
    prove -j "${TAP_JOBS:-2}" --timer --ext .pl "${tests[@]}" >"$WORK/prove.out" 2>&1 &
PROVE_PID=$!
tail -n +1 -f --pid="$PROVE_PID" "$WORK/prove.out" &
TAIL_PID=$!
set +e
wait "$PROVE_PID"
rc=$?
PROVE_PID=
wait "$TAIL_PID"
set -e
echo "test-tap: prove exited $rc after $(( $(date +%s) - started ))s"

if [[ $rc -ne 0 ]]; then
    failed=$(grep -oE '^t/[^ ]+\.pl' <(sed -n '/^Test Summary Report/,$p' "$WORK/prove.out") | sort -u || true)
    [[ -n "$failed" ]] || failed=$(cd "$WORK" && ls t/*.pl)
    for t in $failed; do print_logs "$t"; done
    # Last, so that the tail of a long CI log names what failed: each failed
    # file's failing assertions (with their diagnostics) and prove's summary.
    echo "======== failed assertions"
    for t in $failed; do
        base=$(basename "$t" .pl)
        echo "--- $t"
        # regress_log lines start with "[time](elapsed) "; diagnostics follow "not ok".
        sed -E 's/^\[[0-9:.]+\]\([0-9.]+s\) //' "$WORK/tmp_check/log/regress_log_$base" 2>/dev/null |
            grep -E -A5 '^not ok' | grep -E '^(not ok|#)' | head -n 40 || true
    done
    sed -n '/^Test Summary Report/,$p' "$WORK/prove.out"
    exit 1
fi
