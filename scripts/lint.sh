#!/usr/bin/env bash
# make lint: clang-format and clang-tidy over the repository's C and C++.
#
#   scripts/lint.sh [--format-only] [FILE-REGEX]
#
# 1. clang-format --dry-run -Werror of every committed C/C++ file (the style
#    is .clang-format); `make format` fixes what it reports. --format-only
#    stops here (make test-static, part of make test).
# 2. clang-tidy with .clang-tidy over every entry of ./compile_commands.json
#    (make compile-commands writes it: the CMake tree, fuzz/ and the
#    extension), JOBS (default 2) at a time; FILE-REGEX limits it to the
#    files whose path matches. Any finding fails (WarningsAsErrors).
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "lint: error: $*" >&2; exit 1; }
format_only=0
regex=
for a in "$@"; do
    case $a in
        --format-only) format_only=1 ;;
        -h | --help) sed -n '2,/^set -e/{/^set -e/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
        -*) die "unknown option $a" ;;
        *) regex=$a ;;
    esac
done

CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
command -v "$CLANG_FORMAT" >/dev/null || die "$CLANG_FORMAT not found (run scripts/install-deps.sh)"
mapfile -t files < <(git ls-files '*.c' '*.h' '*.cpp' '*.hpp')
[[ ${#files[@]} -gt 0 ]] || die "git ls-files found no C/C++ file"
if ! "$CLANG_FORMAT" --dry-run -Werror "${files[@]}" 2>/tmp/lint-format.$$; then
    grep -o '^[^:]*\.[ch]p*:' /tmp/lint-format.$$ | sort -u | sed 's/:$//; s/^/  /' >&2
    head -n 40 /tmp/lint-format.$$ >&2
    rm -f /tmp/lint-format.$$
    die "clang-format: the files above are not formatted (make format fixes them)"
fi
rm -f /tmp/lint-format.$$
echo "lint: clang-format: ${#files[@]} files formatted as .clang-format says"
((format_only)) && exit 0

RUN_CLANG_TIDY=${RUN_CLANG_TIDY:-run-clang-tidy-14}
CLANG_TIDY=${CLANG_TIDY:-clang-tidy-14}
command -v "$RUN_CLANG_TIDY" >/dev/null || die "$RUN_CLANG_TIDY not found (run scripts/install-deps.sh)"
[[ -f compile_commands.json ]] || die "no ./compile_commands.json (make compile-commands)"
started=$SECONDS
log=$(mktemp /tmp/lint-tidy.XXXXXX)
trap 'rm -f "$log"' EXIT
rc=0
# -Wno-unknown-warning-option: the extension's command lines carry gcc-only
# warning flags from PGXS.
"$RUN_CLANG_TIDY" -clang-tidy-binary "$(command -v "$CLANG_TIDY")" -p . -j "${JOBS:-2}" -quiet \
    -extra-arg=-Wno-unknown-warning-option ${regex:+"$regex"} 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >"$log" || rc=$?
grep -E '(warning|error): ' "$log" | sort -u || true
if ((rc != 0)); then
    grep -E '(warning|error): ' "$log" >/dev/null || tail -n 40 "$log" >&2
    die "clang-tidy: findings above ($((SECONDS - started)) s)"
fi
echo "lint: clang-tidy: ${regex:+the files matching \"$regex\" of }$(grep -c '"file"' compile_commands.json) files clean ($((SECONDS - started)) s)"
