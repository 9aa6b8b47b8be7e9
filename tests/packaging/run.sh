#!/usr/bin/env bash
# `make test-packaging`: META.json, LICENSE, the CLI's configuration and
# secrets, docker/, the staged `make install DESTDIR= PREFIX=` tree, the
# operator page in headless Chromium, and `make dist`. Expects the extension
# and the client built (CLIENT_BUILD, default client/build) and installed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
CLIENT_BUILD=${CLIENT_BUILD:-client/build}
export CLIENT_BUILD

/usr/bin/python3 -m unittest tests/packaging/test_meta.py
bash tests/packaging/docker_test.sh
bash tests/packaging/cli_config_test.sh "$CLIENT_BUILD/lsnroute"
bash tests/packaging/install_tree_test.sh
bash tests/packaging/operator_page_test.sh "$CLIENT_BUILD/lsnroute"
bash tests/packaging/dist_test.sh
echo "test-packaging: all passed"
