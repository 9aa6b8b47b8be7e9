#!/usr/bin/env bash
# An application outside the build compiles and links against the installed
# library exactly as the README says: cc app.c $(pkg-config --cflags --libs lsnroute)
# (the app is c_api_test.c), then runs against the topology.
set -euo pipefail
src=$(dirname "$0")/c_api_test.c
pkg-config --exists lsnroute || { echo "pkg-config does not know lsnroute: run 'make install' first" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2046  # pkg-config output is meant to be split into words
cc -std=c99 -Wall -Wextra -Werror -o "$tmp/app" "$src" $(pkg-config --cflags --libs lsnroute)
"$tmp/app"
