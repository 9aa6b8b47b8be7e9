#!/usr/bin/env bash
# Runs the Python package's tests and the Django example's tests with Debian's
# /usr/bin/python3 against a real local topology (primary, a replica r1, a
# replica r2 replaying 500 ms late, Redis), using the C library of one CMake
# build tree (BUILD/client/liblsnroute.so).
#
#   scripts/test-python.sh [BUILD_DIR]   (the CMake tree, default build/)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(cd "${1:-build}" && pwd)
lib="$build/client/liblsnroute.so"
[[ -f "$lib" ]] || { echo "test-python: $lib not found (build the client first)" >&2; exit 1; }
PY=/usr/bin/python3
export LSNROUTE_LIBRARY=$lib
export PYTHONDONTWRITEBYTECODE=1

# make install-python into a staging root: every module lands where
# /usr/bin/python3 would import it from, and imports from there.
stage=$(mktemp -d /tmp/lsnr-pystage.XXXXXX)
trap 'rm -rf "$stage"' EXIT
make -s install-python DESTDIR="$stage" PREFIX=/usr/local PYTHON="$PY" >/dev/null
site=$stage$("$PY" -c 'import sys; print("/usr/local/lib/python%d.%d/dist-packages" % sys.version_info[:2])')
want=$(cd client/python && find lsnroute -name '*.py' | sort)
have=$(cd "$site" && find lsnroute -name '*.py' ! -name _installed.py | sort)
[[ "$want" == "$have" ]] || { echo "test-python: install-python installed a different file set:"; diff <(echo "$want") <(echo "$have"); exit 1; } >&2
PYTHONPATH=$site "$PY" -c 'import lsnroute.django.middleware, lsnroute.django.router, lsnroute._installed'
echo "test-python: make install-python DESTDIR=... installs the package into $site (checked)"

export PYTHONPATH=$PWD/client/python${PYTHONPATH:+:$PYTHONPATH}
run_suites() { # both suites run; either failing fails the whole
    local rc=0
    "$PY" -m pytest -q -p no:cacheprovider client/python/tests || rc=1
    (cd examples/django && "$PY" manage.py test pulls --noinput -v 1) || rc=1
    return $rc
}
export -f run_suites
export PY
bash scripts/topology.sh -q --replicas 2 --delay 0,500ms --cluster pytest -- bash -c run_suites
