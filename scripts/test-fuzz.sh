#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (clang 14, ASan + UBSan) and runs
# each one over its seed corpus fuzz/corpus/<target>/.
#
#   scripts/test-fuzz.sh [--seconds N] [--long] [--merge] [target ...]
#
#   (default)   a bounded run for make test: FUZZ_SECONDS (default 5) per
#               target, new inputs kept in a temporary directory only
#   --long      make fuzz: FUZZ_SECONDS (default 300) per target; the working
#               corpus grows in fuzz/build/corpus/<target>/ from run to run
#   --merge     then minimizes each working corpus into fuzz/corpus/<target>/
#               (what is committed: keep it small)
#
# A crash, sanitizer report, leak, timeout or failed FUZZ_CHECK stops that
# target; its input is saved as fuzz/build/crashes/<target>-crash-<sha1>
# (reproduce: fuzz/build/fuzz_<target> FILE). Turn each one into a fix plus
# a regression input in fuzz/corpus/<target>/. Prints executions and corpus
# size per target; exits non-zero when any target failed.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "test-fuzz: error: $*" >&2; exit 1; }

long=0 merge=0 seconds=${FUZZ_SECONDS:-}
targets=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --seconds) seconds=$2; shift 2 ;;
        --long) long=1; shift ;;
        --merge) merge=1; shift ;;
        -h|--help) sed -n '2,/^set -e/{/^set -e/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
        -*) die "unknown option $1" ;;
        *) targets+=("$1"); shift ;;
    esac
done
[[ -n $seconds ]] || { ((long)) && seconds=300 || seconds=5; }
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || die "--seconds wants a positive number"

BUILD=${FUZZ_BUILD:-fuzz/build}
CC_BIN=${FUZZ_CC:-clang-14}
CXX_BIN=${FUZZ_CXX:-clang++-14}
command -v "$CXX_BIN" >/dev/null || die "$CXX_BIN not found (run scripts/install-deps.sh)"
cmake -S fuzz -B "$BUILD" -DCMAKE_C_COMPILER="$CC_BIN" -DCMAKE_CXX_COMPILER="$CXX_BIN" >/dev/null
cmake --build "$BUILD" -j "${JOBS:-2}" >"$BUILD/build.log" 2>&1 || {
    tail -n 60 "$BUILD/build.log" >&2
    die "building the fuzz targets failed (log: $BUILD/build.log)"
}

if [[ ${#targets[@]} -eq 0 ]]; then
    for d in fuzz/targets/*.cpp; do targets+=("$(basename "$d" .cpp)"); done
fi

WORK=$(mktemp -d /tmp/lsnr-fuzz.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$BUILD/crashes"
# Every UB report is fatal (the build also says -fno-sanitize-recover).
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
printf '%-16s %8s %12s %10s  %s\n' target seconds executions corpus result
for t in "${targets[@]}"; do
    bin="$BUILD/fuzz_$t"
    [[ -x $bin ]] || die "no fuzz target '$t' (see fuzz/targets/)"
    seeds="fuzz/corpus/$t"
    mkdir -p "$seeds"
    if ((long)); then corpus="$BUILD/corpus/$t"; else corpus="$WORK/corpus-$t"; fi
    mkdir -p "$corpus"
    log="$WORK/$t.log"
    rc=0
    "$bin" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=4096 \
        -print_final_stats=1 -artifact_prefix="$BUILD/crashes/$t-" \
        "$corpus" "$seeds" >"$log" 2>&1 || rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    corp=$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1 | cut -d' ' -f2)
    if ((rc == 0)); then
        result=ok
    else
        result="FAILED (exit $rc)"
        failed+=("$t")
    fi
    printf '%-16s %8s %12s %10s  %s\n' "$t" "$seconds" "${execs:-?}" "${corp:-?}" "$result"
    if ((rc != 0)); then
        grep -E 'ERROR|SUMMARY|FUZZ_CHECK|runtime error|Test unit written' "$log" | head -n 20 >&2 || true
        echo "--- $t: last lines of its log" >&2
        tail -n 40 "$log" >&2
    fi
    if ((merge)); then
        mkdir -p "$WORK/merged-$t"
        "$bin" -merge=1 -max_len=4096 "$WORK/merged-$t" "$seeds" "$corpus" >/dev/null 2>&1 || true
        find "$seeds" -name 'seed-*' -o -name 'crash-*' | xargs -r cp -t "$WORK/merged-$t"
        rm -rf "$seeds" && mv "$WORK/merged-$t" "$seeds"
        echo "test-fuzz: $seeds now holds $(find "$seeds" -type f | wc -l) inputs"
    fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "test-fuzz: FAILED: ${failed[*]} (inputs in $BUILD/crashes/)" >&2
    exit 1
fi
echo "test-fuzz: ${#targets[@]} targets, no crash"
