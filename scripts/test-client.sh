#!/usr/bin/env bash
# Runs the client's tests in one CMake build directory: unit tests, the Redis
# layer against real Redis (standalone, Cluster, Sentinel) and the integration
# tests against a real local topology. Each ctest test that needs servers
# starts them itself through scripts/topology.sh or scripts/redis-topology.sh.
#
#   scripts/test-client.sh [BUILD_DIR [CTEST ARGS]]   (default build/, every test)
#
# e.g. `scripts/test-client.sh build -L unit` runs the tests that need no server.
set -euo pipefail
build=${1:-build}
shift || true
cd "$(dirname "$0")/.."
ctest --test-dir "$build" --output-on-failure --timeout 900 "$@"
