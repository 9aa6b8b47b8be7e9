#!/usr/bin/env bash
# `make help` lists every target: each .PHONY target of the top-level Makefile
# has a `#   make TARGET  what it does` line (which `make help` prints), and
# every target `make help` names is a .PHONY target.
#
#   tests/packaging/make_help_test.sh [MAKEFILE]   (default: the top-level Makefile)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
mk=$(readlink -f "${1:-$ROOT/Makefile}")
fail() { echo "make_help_test: FAIL: $*" >&2; exit 1; }

# make's own database: every .PHONY line, however it is split.
# (-q: only ask whether `help` is up to date, so no recipe runs; make then
# exits 1, hence `|| true` inside the pipeline's first command.)
phony=$(cd "$ROOT" && { make -rpq -f "$mk" help 2>/dev/null || true; } | sed -n 's/^\.PHONY: //p' |
    tr ' ' '\n' | sed '/^$/d' | sort -u)
[[ -n $phony ]] || fail "no .PHONY target found in $mk"
listed=$(cd "$ROOT" && make -s -f "$mk" help | sed -n 's/^make \([A-Za-z0-9_.-]*\).*/\1/p' | sort -u)
[[ -n $listed ]] || fail "make help printed no 'make TARGET' line"

missing=$(comm -23 <(echo "$phony") <(echo "$listed"))
unknown=$(comm -13 <(echo "$phony") <(echo "$listed"))
[[ -z $missing ]] || fail ".PHONY targets without a '#   make TARGET' help line: ${missing//$'\n'/ }"
[[ -z $unknown ]] || fail "make help names targets that are not .PHONY: ${unknown//$'\n'/ }"
echo "make_help_test: ok ($(echo "$phony" | wc -l) targets, each listed by make help)"
