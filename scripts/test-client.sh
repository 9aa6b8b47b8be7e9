#!/usr/bin/env bash
# Runs the client's tests in one CMake build directory: unit tests, the Redis
# layer against real Redis (standalone, Cluster, Sentinel) and the integration
# tests against a real local topology. Each ctest test that needs servers
# starts them itself through scripts/topology.sh or scripts/redis-topology.sh.
set -euo pipefail
build=${1:-client/build}
cd "$(dirname "$0")/.."
ctest --test-dir "$build" --output-on-failure --timeout 900
