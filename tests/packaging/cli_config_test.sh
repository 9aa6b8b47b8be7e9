#!/usr/bin/env bash
# The CLI takes its configuration from a file or the environment, so that
# passwords stay out of `ps`, and never prints a password: against a real
# Redis whose password has spaces ('zebra quokka narwhal').
#
#   tests/packaging/cli_config_test.sh [CLI]   (default build/client/lsnroute)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CLI=$(readlink -f "${1:-$ROOT/build/client/lsnroute}")
[[ -x "$CLI" ]] || { echo "cli_config_test: $CLI not built" >&2; exit 1; }
WORK=$(mktemp -d /tmp/lsnr-cli.XXXXXX)
pids=()
cleanup() {
    local p
    for p in "${pids[@]+"${pids[@]}"}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]+"${pids[@]}"}"; do wait "$p" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
no_secret() { # what file
    if grep -Eqi 'zebra|quokka|narwhal' "$2"; then fail "$1 shows the password: $(cat "$2")"; fi
}

# shellcheck source=SCRIPTDIR/../../scripts/lib/free-port.sh
source "$ROOT/scripts/lib/free-port.sh"
free_port_into REDIS_PORT
PASSWORD='zebra quokka narwhal'
printf 'requirepass "%s"\n' "$PASSWORD" >"$WORK/redis.conf"
redis-server "$WORK/redis.conf" --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
    --dir "$WORK" >"$WORK/redis.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q NOAUTH && break
    sleep 0.05
done

umask 077
cat >"$WORK/good.conf" <<CONF
# lsnroute CLI configuration (a comment)
redis=127.0.0.1:$REDIS_PORT cluster=clitest
redis_password='$PASSWORD' timeout_ms=500
CONF
sed "s/$PASSWORD/wrong horse battery/" "$WORK/good.conf" >"$WORK/wrong.conf"
printf 'redis=127.0.0.1:%s redis_password=%s timeout_ms=100\n' "$REDIS_PORT" "$PASSWORD" >"$WORK/unquoted.conf"

# --- a file works, and so does LSNROUTE_CONFIG_FILE -------------------------
out=$("$CLI" --config-file "$WORK/good.conf" token set user:1 0/1A2B 2>"$WORK/e1") || fail "token set via --config-file: $(cat "$WORK/e1")"
[[ "${out:-}" == 0/1A2B ]] || fail "token set printed '${out:-}'"
out=$(LSNROUTE_CONFIG_FILE="$WORK/good.conf" "$CLI" token get user:1 2>"$WORK/e2") || fail "token get via LSNROUTE_CONFIG_FILE: $(cat "$WORK/e2")"
[[ "${out:-}" == 0/1A2B ]] || fail "token get printed '${out:-}'"
[[ $(redis-cli -p "$REDIS_PORT" --no-auth-warning -a "$PASSWORD" --scan --pattern '*user:1*' | wc -l) -ge 1 ]] ||
    fail "the token is not in Redis"
out=$(LSNROUTE_CONFIG="$(grep -v '^#' "$WORK/good.conf" | tr '\n' ' ')" "$CLI" token get user:1 2>"$WORK/e3") ||
    fail "token get via LSNROUTE_CONFIG: $(cat "$WORK/e3")"
[[ "${out:-}" == 0/1A2B ]] || fail "token get via LSNROUTE_CONFIG printed '${out:-}'"
for f in "$WORK"/e1 "$WORK"/e2 "$WORK"/e3; do no_secret "a successful run" "$f"; done

# --- nothing in ps ---------------------------------------------------------------
"$CLI" --config-file "$WORK/good.conf" watch >/dev/null 2>&1 &
pids+=($!)
sleep 0.5
tr '\0' ' ' <"/proc/${pids[-1]}/cmdline" >"$WORK/cmdline"
grep -q 'watch' "$WORK/cmdline" || fail "the watch process is not running: $(cat "$WORK/cmdline")"
no_secret "ps (the command line)" "$WORK/cmdline"

# --- errors never show the password -------------------------------------------
rc=0
"$CLI" --config-file "$WORK/wrong.conf" token get user:1 >"$WORK/o4" 2>"$WORK/e4" || rc=$?
[[ $rc -ne 0 ]] || fail "a wrong password was accepted"
rc=0
"$CLI" --config-file "$WORK/unquoted.conf" status >"$WORK/o5" 2>"$WORK/e5" || rc=$?
[[ $rc -eq 2 ]] || fail "an unquoted password with spaces: exit $rc, expected 2 (usage)"
grep -q "\*\*\*\*" "$WORK/e5" || fail "the configuration error does not show the masked value: $(cat "$WORK/e5")"
no_secret "the configuration error" "$WORK/e5"
rc=0
"$CLI" --config "redis=127.0.0.1:$REDIS_PORT redis_password='$PASSWORD' timeout_ms=oops" status \
    >"$WORK/o6" 2>"$WORK/e6" || rc=$?
[[ $rc -eq 2 ]] || fail "a bad timeout_ms: exit $rc, expected 2"
grep -q "other users can see" "$WORK/e6" || fail "no warning about a password in --config: $(cat "$WORK/e6")"
no_secret "the --config error" "$WORK/e6"
echo "wrong password: $(cat "$WORK/e4")"
echo "unquoted password with spaces: $(cat "$WORK/e5")"
for f in o4 e4 o5 o6; do no_secret "output $f" "$WORK/$f"; done
"$CLI" --config "redis=127.0.0.1:$REDIS_PORT timeout_ms=oops" status >/dev/null 2>"$WORK/e7" || true
! grep -q "other users can see" "$WORK/e7" || fail "a warning about a password that is not there"

# --- usage errors ----------------------------------------------------------------
rc=0
"$CLI" --config x=1 --config-file "$WORK/good.conf" status >/dev/null 2>&1 || rc=$?
[[ $rc -eq 2 ]] || fail "--config with --config-file: exit $rc, expected 2"
rc=0
"$CLI" --config-file "$WORK/none.conf" status 2>"$WORK/e8" >/dev/null || rc=$?
if [[ $rc -ne 2 ]] || ! grep -q "$WORK/none.conf" "$WORK/e8"; then
    fail "a missing file: exit $rc, $(cat "$WORK/e8")"
fi

# --- --help stays true: every verb the usage lists answers --help -----------------
"$CLI" --help >"$WORK/help"
grep -q -- '--config-file PATH' "$WORK/help" || fail "--help does not mention --config-file"
grep -q 'LSNROUTE_CONFIG_FILE' "$WORK/help" || fail "--help does not mention LSNROUTE_CONFIG_FILE"
verbs=$(sed -n '/^Verbs:/,/^$/p' "$WORK/help" | awk '/^  [a-z]/ {print $1}')
[[ $(wc -w <<<"$verbs") -ge 8 ]] || fail "the usage lists only: $verbs"
for v in $verbs; do
    [[ $v == demo ]] && continue  # its --help needs the workload's topology options only
    "$CLI" "$v" --help >"$WORK/vhelp" 2>&1 || fail "lsnroute $v --help failed: $(head -3 "$WORK/vhelp")"
    grep -qi "usage" "$WORK/vhelp" || fail "lsnroute $v --help prints no usage"
done

if [[ $failures -ne 0 ]]; then
    echo "cli_config_test: $failures failure(s)" >&2
    exit 1
fi
echo "cli_config_test: ok"
