#!/usr/bin/env bash
# `make install DESTDIR=... PREFIX=...` stages the complete tree, and only it:
# the exact file list is compared with the one computed here from the source
# tree (every sql/ script, every public header, the Python package, ...). Then the staged tree is
# used: the CLI runs, `lsnroute bench` finds lsnroute-bench under libexec
# (and only there: not on PATH), lsnroute.pc names PREFIX, and a CMake
# project builds against find_package(lsnroute) in the staging root.
#
#   tests/packaging/install_tree_test.sh     (BUILD_DIR=build by default: the CMake tree)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
BUILD_DIR=${BUILD_DIR:-build}
PREFIX=/opt/lsnroute-staged
STAGE=$(mktemp -d /tmp/lsnr-stage.XXXXXX)
# `make install PREFIX=` reconfigures the build directory: put its prefix
# back afterwards, so that a later plain `cmake --install` goes where it did.
old_prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)
restore() {
    [[ -z "$old_prefix" ]] || cmake -S . -B "$BUILD_DIR" -DCMAKE_INSTALL_PREFIX="$old_prefix" >/dev/null 2>&1 || true
    rm -rf "$STAGE"
}
trap restore EXIT
fail() { echo "install_tree_test: FAIL: $*" >&2; exit 1; }

make -s install DESTDIR="$STAGE/root" PREFIX="$PREFIX" BUILD_DIR="$BUILD_DIR" \
    PG_CONFIG="$PG_CONFIG" >"$STAGE/make.log" 2>&1 ||
    { tail -30 "$STAGE/make.log" >&2; fail "make install DESTDIR=... PREFIX=... failed"; }

# --- the exact list ----------------------------------------------------------
version=$(/usr/bin/python3 -c 'import json; print(json.load(open("META.json"))["version"])')
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt" | tr '[:upper:]' '[:lower:]')
pkglib=$("$PG_CONFIG" --pkglibdir)
ext=$("$PG_CONFIG" --sharedir)/extension
{
    echo "$pkglib/lsnroute.so"
    echo "$ext/lsnroute.control"
    for f in sql/lsnroute--*.sql; do echo "$ext/$(basename "$f")"; done
    # The Python package goes under PREFIX the way Debian's /usr/bin/python3
    # finds /usr/local's (lib/python3.X/dist-packages), with _installed.py
    # naming the library that install put there.
    site=$PREFIX/$(/usr/bin/python3 -c 'import sys; print("lib/python%d.%d/dist-packages" % sys.version_info[:2])')
    for f in client/python/lsnroute/*.py client/python/lsnroute/django/*.py; do
        echo "$site/${f#client/python/}"
    done
    echo "$site/lsnroute/_installed.py"
    echo "$PREFIX/bin/lsnroute"
    echo "$PREFIX/libexec/lsnroute/lsnroute-bench"
    echo "$PREFIX/include/lsnroute.h"
    for f in client/include/lsnroute/*.hpp common/lsn.hpp; do echo "$PREFIX/include/lsnroute/$(basename "$f")"; done
    echo "$PREFIX/lib/liblsnroute.a"
    echo "$PREFIX/lib/liblsnroute.so"
    echo "$PREFIX/lib/liblsnroute.so.${version%%.*}"
    echo "$PREFIX/lib/liblsnroute.so.$version"
    echo "$PREFIX/lib/pkgconfig/lsnroute.pc"
    for f in lsnrouteConfig.cmake lsnrouteConfigVersion.cmake lsnrouteTargets.cmake \
        "lsnrouteTargets-$build_type.cmake"; do
        echo "$PREFIX/lib/cmake/lsnroute/$f"
    done
} | sort >"$STAGE/expected"
(cd "$STAGE/root" && find . \( -type f -o -type l \) | sed 's|^\.||' | sort) >"$STAGE/actual"
if ! diff -u "$STAGE/expected" "$STAGE/actual" >"$STAGE/diff"; then
    cat "$STAGE/diff" >&2
    fail "the staged tree differs from the expected list (- missing, + unexpected)"
fi
echo "install_tree_test: $(wc -l <"$STAGE/actual") files, exactly as expected"

R=$STAGE/root
# No bench on PATH.
[[ ! -e "$R$PREFIX/bin/lsnroute-bench" ]] || fail "lsnroute-bench is on PATH ($PREFIX/bin)"
[[ -L "$R$PREFIX/lib/liblsnroute.so" ]] || fail "liblsnroute.so is not the usual symlink"

# --- the staged CLI runs and finds the benchmark under libexec ----------------
"$R$PREFIX/bin/lsnroute" --help | grep -q '^usage: lsnroute' || fail "the staged CLI does not run"
PATH=/usr/bin:/bin "$R$PREFIX/bin/lsnroute" bench --help >"$STAGE/bench.out" 2>&1 ||
    fail "lsnroute bench --help from the staged tree: $(cat "$STAGE/bench.out")"
grep -qi 'lsnroute-bench' "$STAGE/bench.out" || fail "lsnroute bench did not run lsnroute-bench: $(head -5 "$STAGE/bench.out")"
# Take it away: the CLI must say where it looked, not find another copy.
mv "$R$PREFIX/libexec/lsnroute/lsnroute-bench" "$STAGE/bench.moved"
if PATH=/usr/bin:/bin "$R$PREFIX/bin/lsnroute" bench --help >"$STAGE/bench2.out" 2>&1; then
    fail "lsnroute bench ran something with lsnroute-bench moved away: $(head -3 "$STAGE/bench2.out")"
fi
grep -q "$PREFIX/bin/../libexec/lsnroute" "$STAGE/bench2.out" ||
    fail "lsnroute bench did not name the libexec directory: $(cat "$STAGE/bench2.out")"
mv "$STAGE/bench.moved" "$R$PREFIX/libexec/lsnroute/lsnroute-bench"

# --- pkg-config and CMake consumers --------------------------------------------
grep -qx "prefix=$PREFIX" "$R$PREFIX/lib/pkgconfig/lsnroute.pc" || fail "lsnroute.pc does not name prefix=$PREFIX"
grep -qx "Version: $version" "$R$PREFIX/lib/pkgconfig/lsnroute.pc" || fail "lsnroute.pc is not version $version"
mkdir -p "$STAGE/app"
cat >"$STAGE/app/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.16)
project(staged_consumer C CXX)
find_package(lsnroute 1.1 REQUIRED)
add_executable(app_shared app.c)
target_link_libraries(app_shared PRIVATE lsnroute::lsnroute)
add_executable(app_static app.cpp)
target_compile_features(app_static PRIVATE cxx_std_17)
target_link_libraries(app_static PRIVATE lsnroute::lsnroute_static)
CMAKE
cat >"$STAGE/app/app.c" <<'C'
#include <lsnroute.h>
#include <stdio.h>
int main(void) { printf("%s\n", lsnr_strerror(LSNR_ETOKEN)); return 0; }
C
cat >"$STAGE/app/app.cpp" <<'CPP'
#include <lsnroute/lsnroute.hpp>
#include <iostream>
int main() { std::cout << lsnroute::Lsn::parse("0/16B3748")->str() << "\n"; }
CPP
if ! cmake -S "$STAGE/app" -B "$STAGE/app/build" -DCMAKE_PREFIX_PATH="$R$PREFIX" >"$STAGE/app.log" 2>&1 ||
    ! cmake --build "$STAGE/app/build" >>"$STAGE/app.log" 2>&1; then
    tail -20 "$STAGE/app.log" >&2
    fail "a CMake project does not build against the staged package"
fi
LD_LIBRARY_PATH="$R$PREFIX/lib" "$STAGE/app/build/app_shared" | grep -q . || fail "the shared-library app does not run"
[[ $("$STAGE/app/build/app_static") == 0/16B3748 ]] || fail "the static-library app does not run"
ldd "$STAGE/app/build/app_static" | grep -q liblsnroute && fail "app_static links liblsnroute.so"
echo "install_tree_test: ok"
