#!/usr/bin/env bash
# `make dist` makes pg_lsnroute-<version>.tar.gz holding exactly HEAD's files;
# unpacked in a scratch directory it builds and tests without the repository:
# META.json valid, the extension built, staged (`make install-extension
# DESTDIR=`) with every SQL script and its unit tests passed, the client's
# library, CLI and unit tests built and passed, and the pg_regress suite of
# the unpacked tree run (installcheck-style, against the installed extension;
# LSNR_DIST_REGRESS=0 skips it).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
WORK=$(mktemp -d /tmp/lsnr-dist.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
chmod 755 "$WORK"  # the regress suite runs servers as postgres from the unpacked tree
fail() { echo "dist_test: FAIL: $*" >&2; exit 1; }
step() { echo "dist_test: $*"; }

version=$(/usr/bin/python3 -c 'import json; print(json.load(open("META.json"))["version"])')
make -s dist DIST_DIR="$WORK" >/dev/null
tarball=$WORK/pg_lsnroute-$version.tar.gz
[[ -f "$tarball" ]] || fail "make dist did not write $tarball"

# Exactly HEAD's files, under one top directory.
tar tzf "$tarball" | grep -v '/$' | sort >"$WORK/listed"
git ls-tree -r --name-only HEAD | sed "s|^|pg_lsnroute-$version/|" | sort >"$WORK/head"
diff -u "$WORK/head" "$WORK/listed" >"$WORK/diff" || { cat "$WORK/diff" >&2; fail "the tarball is not HEAD"; }
for f in LICENSE META.json README.md CHANGELOG.md Makefile extension/lsnroute.control docker/Dockerfile; do
    grep -qx "pg_lsnroute-$version/$f" "$WORK/listed" || fail "$f is not in the tarball"
done
step "$(wc -l <"$WORK/listed") files, exactly HEAD ($(du -k "$tarball" | cut -f1) kB)"

tar xzf "$tarball" -C "$WORK"
SRC=$WORK/pg_lsnroute-$version
chmod -R a+rX "$SRC"
[[ ! -d "$SRC/.git" ]] || fail "the tarball carries .git"
/usr/bin/python3 "$SRC/tests/packaging/pgxn_meta.py" "$SRC/META.json" --root "$SRC" || fail "META.json in the tarball"

step "building the extension"
make -s -C "$SRC/extension" PG_CONFIG="$PG_CONFIG" >"$WORK/ext.log" 2>&1 || { tail -20 "$WORK/ext.log" >&2; fail "extension build"; }
make -s -C "$SRC" install-extension DESTDIR="$WORK/stage" PG_CONFIG="$PG_CONFIG" >>"$WORK/ext.log" 2>&1 ||
    { tail -20 "$WORK/ext.log" >&2; fail "make install-extension DESTDIR=..."; }
for f in "$SRC"/sql/lsnroute--*.sql; do
    [[ -f "$WORK/stage$("$PG_CONFIG" --sharedir)/extension/$(basename "$f")" ]] || fail "$(basename "$f") not installed"
done
make -s -C "$SRC/extension" PG_CONFIG="$PG_CONFIG" unit >"$WORK/ext-unit.log" 2>&1 ||
    { tail -20 "$WORK/ext-unit.log" >&2; fail "extension unit tests"; }
step "extension unit tests: $(grep -c '^ok ' "$WORK/ext-unit.log") ok, $(tail -1 "$WORK/ext-unit.log")"

step "building the client (library, CLI, unit tests) from the top-level CMakeLists.txt"
cmake -S "$SRC" -B "$WORK/build" >"$WORK/client.log" 2>&1 || { tail -20 "$WORK/client.log" >&2; fail "cmake configure"; }
cmake --build "$WORK/build" -j2 --target lsnroute lsnroute_static lsnroute_cli lsnroute_unit_tests \
    lsnroute_cli_tests >>"$WORK/client.log" 2>&1 || { tail -30 "$WORK/client.log" >&2; fail "client build"; }
for t in lsnroute_unit_tests lsnroute_cli_tests; do
    "$WORK/build/client/$t" --gtest_brief=1 >"$WORK/$t.log" 2>&1 || { tail -30 "$WORK/$t.log" >&2; fail "$t"; }
    step "$t: $(grep -E '^\[  PASSED  \]' "$WORK/$t.log")"
done
"$WORK/build/client/lsnroute" --help | grep -q '^usage: lsnroute' || fail "the CLI built from the tarball does not run"

if [[ "${LSNR_DIST_REGRESS:-1}" != 0 ]]; then
    step "pg_regress suite of the unpacked tree"
    # It runs against the installed extension: that must be this tree's.
    for f in "$SRC"/sql/lsnroute--*.sql "$SRC/extension/lsnroute.control"; do
        cmp -s "$f" "$("$PG_CONFIG" --sharedir)/extension/$(basename "$f")" ||
            fail "the installed $(basename "$f") is not this tree's: run make install-extension first (or LSNR_DIST_REGRESS=0)"
    done
    bash "$SRC/scripts/test-regress.sh" >"$WORK/regress.log" 2>&1 || { tail -40 "$WORK/regress.log" >&2; fail "regress"; }
    step "regress: $(grep -E 'tests passed|All [0-9]+ tests' "$WORK/regress.log" | tail -1)"
fi
echo "dist_test: ok"
