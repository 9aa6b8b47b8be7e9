#!/usr/bin/env bash
# Runs the Python package's tests and the Django example's tests with Debian's
# /usr/bin/python3 against a real local topology (primary, a replica r1, a
# replica r2 replaying 500 ms late, Redis), using the C library of one CMake
# build directory.
#
#   scripts/test-python.sh [client build dir]   (default client/build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(cd "${1:-client/build}" && pwd)
lib="$build/liblsnroute.so"
[[ -f "$lib" ]] || { echo "test-python: $lib not found (build the client first)" >&2; exit 1; }
PY=/usr/bin/python3
export LSNROUTE_LIBRARY=$lib
export PYTHONPATH=$PWD/client/python${PYTHONPATH:+:$PYTHONPATH}
export PYTHONDONTWRITEBYTECODE=1

run_suites() { # both suites run; either failing fails the whole
    local rc=0
    "$PY" -m pytest -q -p no:cacheprovider client/python/tests || rc=1
    (cd examples/django && "$PY" manage.py test pulls --noinput -v 1) || rc=1
    return $rc
}
export -f run_suites
export PY
bash scripts/topology.sh -q --replicas 2 --delay 0,500ms --cluster pytest -- bash -c run_suites
