#!/usr/bin/env bash
# Installs every system package pg_lsnroute needs, from Debian's archive,
# only when something is missing. Idempotent and quiet when all is there.
set -euo pipefail

PACKAGES=(
    build-essential g++ make cmake pkg-config
    postgresql-15 postgresql-client-15 postgresql-server-dev-15 libpq-dev
    libhiredis-dev redis-server redis-tools
    libipc-run-perl
    libgtest-dev libgmock-dev
    pgpool2 gnuplot-nox
    procps iproute2
    clang libclang-rt-14-dev clang-format clang-tidy
    python3-cffi python3-psycopg2 python3-django python3-pytest
    chromium faketime libfaketime shellcheck docker-compose
    curl git python3-yaml
)

missing=()
for p in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "install-deps: missing packages: ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=sudo
    else
        echo "install-deps: not root and no sudo; as root run: apt-get update && apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "install-deps: apt-get failed (see above)" >&2
    exit 1
fi
rm -f "$log"
# Debian starts packaged services on install; our tests use their own
# instances on unusual ports, so the system ones are not needed.
for svc in redis-server pgpool2; do
    $SUDO service "$svc" stop >/dev/null 2>&1 || true
done
echo "install-deps: installed ${missing[*]}"
