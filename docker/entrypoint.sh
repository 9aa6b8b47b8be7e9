#!/usr/bin/env bash
# Entrypoint of the pg_lsnroute image (docker/Dockerfile).
#
#   entrypoint.sh postgres     a PostgreSQL 15 node, primary or replica by LSNR_ROLE
#   entrypoint.sh COMMAND ...  anything else runs as is (the Django app, lsnroute, a shell)
#
# A primary is initialised on first start (initdb, the replication role, the
# application's role and database, CREATE EXTENSION lsnroute); a replica is
# cloned from the primary with pg_basebackup. The postgresql.conf lines come
# from lsnroute-conf.sh (see there for the LSNR_* variables). Passwords come
# from the environment (POSTGRES_PASSWORD, LSNR_REPL_PASSWORD, LSNR_APP_PASSWORD)
# and are written only to files readable by postgres, never to a command line.
set -euo pipefail

# shellcheck source=SCRIPTDIR/lsnroute-conf.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lsnroute-conf.sh"

PGBIN=/usr/lib/postgresql/15/bin
PGDATA=${PGDATA:-/var/lib/postgresql/data}
APP_USER=${LSNR_APP_USER:-app}
APP_DB=${LSNR_APP_DB:-app}

as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

need_secret() { # variable name
    [[ -n "${!1:-}" ]] || { echo "entrypoint: $1 must be set" >&2; exit 1; }
}

write_passfile() {
    need_secret LSNR_REPL_PASSWORD
    local f=/var/lib/postgresql/.pgpass
    umask 077
    printf '*:*:*:%s:%s\n' "${LSNR_REPL_USER:-replicator}" "$LSNR_REPL_PASSWORD" >"$f"
    [[ $(id -u) -ne 0 ]] || chown postgres: "$f"
}

init_primary() {
    need_secret POSTGRES_PASSWORD
    need_secret LSNR_APP_PASSWORD
    local pwfile
    pwfile=$(mktemp)
    printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
    [[ $(id -u) -ne 0 ]] || chown postgres: "$pwfile"
    as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8
    rm -f "$pwfile"
    lsnr_postgresql_conf | as_postgres tee -a "$PGDATA/postgresql.conf" >/dev/null
    lsnr_pg_hba | as_postgres tee "$PGDATA/pg_hba.conf" >/dev/null
    # Set up over the local socket only, then stop: the real start is exec below.
    as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -w -o "-c listen_addresses=''" start
    # Passwords travel as psql variables on stdin, not as arguments.
    as_postgres "$PGBIN/psql" -X -v ON_ERROR_STOP=1 -d postgres \
        -v repl_user="${LSNR_REPL_USER:-replicator}" -v repl_pw="$LSNR_REPL_PASSWORD" \
        -v app_user="$APP_USER" -v app_pw="$LSNR_APP_PASSWORD" -v app_db="$APP_DB" <<'SQL'
CREATE ROLE :"repl_user" WITH REPLICATION LOGIN PASSWORD :'repl_pw';
CREATE ROLE :"app_user" WITH LOGIN PASSWORD :'app_pw';
CREATE DATABASE :"app_db" OWNER :"app_user";
\connect :"app_db"
CREATE EXTENSION lsnroute;
SQL
    as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -w stop
}

init_replica() {
    write_passfile
    local i
    for i in $(seq 120); do
        as_postgres "$PGBIN/pg_isready" -q -h "$LSNR_PRIMARY_HOST" -p "${LSNR_PG_PORT:-5432}" && break
        echo "entrypoint: waiting for the primary ($i)" >&2
        sleep 1
    done
    as_postgres "$PGBIN/pg_basebackup" -D "$PGDATA" -X stream -c fast \
        -d "$(lsnr_primary_conninfo)"
    # The clone carries the primary's settings: ours follow and win.
    lsnr_postgresql_conf | as_postgres tee -a "$PGDATA/postgresql.conf" >/dev/null
    as_postgres touch "$PGDATA/standby.signal"
}

main() {
    if [[ "${1:-}" != postgres ]]; then
        exec "$@"
    fi
    lsnr_check_env
    if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
        mkdir -p "$PGDATA"
        [[ $(id -u) -ne 0 ]] || chown postgres: "$PGDATA"
        chmod 700 "$PGDATA"
        if [[ "$LSNR_ROLE" == primary ]]; then init_primary; else init_replica; fi
    elif [[ "$LSNR_ROLE" == replica ]]; then
        write_passfile
    fi
    shift
    if [[ $(id -u) -eq 0 ]]; then
        exec runuser -u postgres -- "$PGBIN/postgres" -D "$PGDATA" "$@"
    fi
    exec "$PGBIN/postgres" -D "$PGDATA" "$@"
}

main "$@"
