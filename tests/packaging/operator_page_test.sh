#!/usr/bin/env bash
# The operator page against a real topology: primary, r1, and r2 applying WAL
# 2 s late (recovery_min_apply_delay) while the primary takes writes.
# `lsnroute serve` runs with its configuration from the environment
# (LSNROUTE_CONFIG); headless Chromium renders the page: its DOM after load
# must show r2's lag (registry row and chart), the blacklist and the floor;
# the screenshot is kept. /metrics must carry r2's lag as a gauge.
#
#   tests/packaging/operator_page_test.sh [CLI]   (default build/client/lsnroute)
#
# The PNG goes to $LSNR_ARTIFACT_DIR (default tests/packaging/artifacts).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

if [[ "${1:-}" != --inside ]]; then
    cli=$(readlink -f "${1:-$ROOT/build/client/lsnroute}")
    [[ -x "$cli" ]] || { echo "operator_page_test: $cli not built" >&2; exit 1; }
    export LSNR_TEST_CLI=$cli
    exec bash "$ROOT/scripts/topology.sh" -q --replicas 2 --delay 0,2s -- bash "$0" --inside
fi

ART=${LSNR_ARTIFACT_DIR:-$ROOT/tests/packaging/artifacts}
mkdir -p "$ART"
WORK=$(mktemp -d /tmp/lsnr-page.XXXXXX)
pids=()
cleanup() {
    local p
    for p in "${pids[@]+"${pids[@]}"}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]+"${pids[@]}"}"; do wait "$p" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "operator_page_test: FAIL: $*" >&2; exit 1; }
psql_p() { "$LSNR_PGBIN/psql" -X -q -At -d "$LSNR_PG_DSN" "$@"; }

# A steady trickle of writes, so that r2 always has WAL waiting to apply.
psql_p -c "CREATE TABLE IF NOT EXISTS page_ticks (at timestamptz DEFAULT now())"
(while :; do echo "INSERT INTO page_ticks DEFAULT VALUES; SELECT pg_sleep(0.05);"; done |
    psql_p >/dev/null 2>&1) &
pids+=($!)

# shellcheck source=SCRIPTDIR/../../scripts/lib/free-port.sh
source "$ROOT/scripts/lib/free-port.sh"
free_port_into HTTP_PORT
"$LSNR_TEST_CLI" serve --http "127.0.0.1:$HTTP_PORT" >"$WORK/serve.out" 2>"$WORK/serve.err" &
pids+=($!)
URL="http://127.0.0.1:$HTTP_PORT"
for _ in $(seq 300); do
    grep -q "^lsnroute serve: $URL/$" "$WORK/serve.out" && break
    sleep 0.1
done
grep -q "^lsnroute serve: $URL/$" "$WORK/serve.out" ||
    fail "serve did not report $URL/: $(cat "$WORK/serve.out" "$WORK/serve.err")"

"$LSNR_TEST_CLI" blacklist add r1 --for 10m >/dev/null

# Wait (generously) for the observable state the page must show: r2 lagging
# by over a second with a minute's worth of chart points.
state_ok() {
    curl -fsS "$URL/api/state" | /usr/bin/python3 -c '
import json, sys
s = json.load(sys.stdin)
r2 = [n for n in s["nodes"] if n["name"] == "r2"]
hist = s["history"].get("r2", [])
ok = r2 and r2[0]["lag_ms"] >= 1000 and len(hist) >= 10 and hist[-1][1] >= 1000
ok = ok and any(b["node"] == "r1" for b in (s["blacklist"] or []))
sys.exit(0 if ok else 1)'
}
ok=0
for _ in $(seq 240); do
    if state_ok; then ok=1; break; fi
    sleep 0.5
done
[[ $ok -eq 1 ]] || fail "r2 never showed >= 1000 ms lag with 10 samples: $(curl -fsS "$URL/api/state" | head -c 2000)"

CHROME=(/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-background-networking
        --disable-component-update --disable-sync --no-first-run --user-data-dir="$WORK/chrome"
        "--window-size=1100,1400")
"${CHROME[@]}" --dump-dom "$URL/" >"$WORK/dom.html" 2>"$WORK/chrome.log" ||
    fail "chromium --dump-dom failed: $(tail -5 "$WORK/chrome.log")"
cp "$WORK/dom.html" "$ART/operator-page.dom.html"
/usr/bin/python3 "$ROOT/tests/packaging/check_operator_dom.py" "$WORK/dom.html" r2 1000 r1 r1 ||
    fail "the rendered page does not show what it must (DOM kept in $ART/operator-page.dom.html)"

rm -f "$ART/operator-page.png"
"${CHROME[@]}" --screenshot="$ART/operator-page.png" "$URL/" >/dev/null 2>>"$WORK/chrome.log" ||
    fail "chromium --screenshot failed: $(tail -5 "$WORK/chrome.log")"
/usr/bin/python3 - "$ART/operator-page.png" <<'PY' || fail "the screenshot is not a 1100x1400 PNG"
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
w, h = struct.unpack(">II", data[16:24])
print(f"screenshot: {sys.argv[1]} {w}x{h}, {len(data)} bytes")
assert (w, h) == (1100, 1400), (w, h)
PY

# Prometheus: the router's metrics and r2's lag as a gauge.
curl -fsS "$URL/metrics" >"$WORK/metrics"
grep -q '^# TYPE lsnroute_node_lag_seconds gauge$' "$WORK/metrics" || fail "/metrics lacks the lag gauge"
grep -q '^lsnroute_registry_refreshes_total ' "$WORK/metrics" || fail "/metrics lacks the router's metrics"
r2_lag=$(sed -n 's/^lsnroute_node_lag_seconds{node="r2",role="standby"} //p' "$WORK/metrics")
[[ -n "$r2_lag" ]] || fail "/metrics has no lag for r2"
awk -v v="$r2_lag" 'BEGIN { exit !(v >= 1.0) }' || fail "/metrics says r2 lags $r2_lag s, expected >= 1"
echo "metrics: lsnroute_node_lag_seconds r2 = $r2_lag"

# The rest of the little HTTP surface.
code=$(curl -s -o /dev/null -w '%{http_code}' "$URL/nope")
[[ "$code" == 404 ]] || fail "/nope answered $code, not 404"
curl -fsSI "$URL/" | grep -qi '^content-type: text/html' || fail "HEAD / is not text/html"
"$LSNR_TEST_CLI" blacklist rm r1 >/dev/null
echo "operator_page_test: ok (screenshot $ART/operator-page.png)"
