#!/usr/bin/env bash
# make demo: the router at work on a local topology, in about half a minute.
#
# Starts scripts/topology.sh (a primary, a fast replica r1, a replica r2 that
# applies WAL 500 ms late, Redis), runs simulated web users through the router
# for about 20 seconds (`lsnroute demo`: every read checked against the user's
# acknowledged writes), prints the summary and the registry as the demo saw it
# (`lsnroute status`), and removes everything again, also on Ctrl-C.
#
#   scripts/demo.sh [lsnroute demo options, e.g. --seconds 10 --mode carried]
set -euo pipefail
cd "$(dirname "$0")/.."

# The installed CLI (make demo installs first); a build tree's programs as a
# fallback for running the script by hand.
if command -v lsnroute >/dev/null 2>&1; then
    demo=(lsnroute demo)
    status=(lsnroute status)
elif [[ -x ${BUILD_DIR:-build}/client/lsnroute ]]; then
    demo=("${BUILD_DIR:-build}/client/lsnroute" demo)
    status=("${BUILD_DIR:-build}/client/lsnroute" status)
else
    echo "demo: lsnroute is not installed and ${BUILD_DIR:-build}/ has no CLI: run 'make demo'" >&2
    exit 1
fi

echo "demo: starting a primary, replica r1, replica r2 (500 ms apply delay) and Redis..."
export LSNR_DEMO_STATUS="${status[*]}"
# shellcheck disable=SC2016  # expanded by the inner shell, inside the topology
scripts/topology.sh -q --delay 0,500ms -- bash -c '
    set -uo pipefail
    demo_rc=0
    "$@" || demo_rc=$?
    echo
    echo "lsnroute status, as the demo left it:"
    $LSNR_DEMO_STATUS || echo "(lsnroute status failed)"
    echo
    echo "Read more: README.md (how routing works, configuration, operations);"
    echo "run it yourself: scripts/topology.sh --delay 0,500ms, then lsnroute watch."
    exit $demo_rc
' demo "${demo[@]}" "$@"
