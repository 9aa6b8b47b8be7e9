#!/usr/bin/env bash
# `make test-packaging`: META.json, LICENSE, the CLI's configuration and
# secrets, docker/, the staged `make install DESTDIR= PREFIX=` tree, the
# operator page in headless Chromium, and `make dist`. Expects the extension
# and the CMake tree built (BUILD_DIR, default build/) and installed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
BUILD_DIR=${BUILD_DIR:-build}
export BUILD_DIR

/usr/bin/python3 -m unittest tests/packaging/test_meta.py
bash tests/packaging/docker_test.sh
bash tests/packaging/cli_config_test.sh "$BUILD_DIR/client/lsnroute"
bash tests/packaging/install_tree_test.sh
bash tests/packaging/operator_page_test.sh "$BUILD_DIR/client/lsnroute"
bash tests/packaging/dist_test.sh
echo "test-packaging: all passed"
