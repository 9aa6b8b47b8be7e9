#!/usr/bin/env bash
# Configuration generation for the container entrypoint (entrypoint.sh),
# kept apart so that tests/packaging/docker_conf_test.sh can check it without
# a Docker engine. Functions only: sourcing this file runs nothing.
#
# Inputs are environment variables (compose.yaml sets them per service):
#   LSNR_ROLE           primary | replica
#   LSNR_NODE_NAME      the node's registry name (lsnroute.node_name)
#   LSNR_NODE_HOST      host name clients use to reach this node (default: LSNR_NODE_NAME)
#   LSNR_PRIMARY_HOST   replica only: the primary's host name
#   LSNR_APPLY_DELAY    replica only, optional: recovery_min_apply_delay, e.g. 2s, 500ms
#   LSNR_REDIS_HOST     Redis host (default redis), LSNR_REDIS_PORT (default 6379)
#   LSNR_CLUSTER        lsnroute.cluster (default demo)
#   LSNR_PUBLISH_INTERVAL  lsnroute.publish_interval (default 10ms)
#   LSNR_PG_PORT        PostgreSQL port (default 5432)
#   LSNR_REPL_USER      replication role (default replicator)

# Prints an error and returns 1.
lsnr_conf_error() {
    echo "lsnroute-conf: $*" >&2
    return 1
}

# A value that goes between single quotes in postgresql.conf or a conninfo:
# refuse quotes, backslashes, newlines and blanks instead of escaping them.
lsnr_plain_value() { # name value
    [[ -n "$2" ]] || { lsnr_conf_error "$1 is empty"; return 1; }
    [[ "$2" =~ ^[A-Za-z0-9._:-]+$ ]] ||
        { lsnr_conf_error "$1='$2' may hold only letters, digits and . _ : -"; return 1; }
}

# Checks the environment for the role; all errors are reported, not just the first.
lsnr_check_env() {
    local ok=0
    case "${LSNR_ROLE:-}" in
        primary | replica) ;;
        *) lsnr_conf_error "LSNR_ROLE must be primary or replica, not '${LSNR_ROLE:-}'" || ok=1 ;;
    esac
    lsnr_plain_value LSNR_NODE_NAME "${LSNR_NODE_NAME:-}" || ok=1
    lsnr_plain_value LSNR_NODE_HOST "${LSNR_NODE_HOST:-${LSNR_NODE_NAME:-}}" || ok=1
    lsnr_plain_value LSNR_REDIS_HOST "${LSNR_REDIS_HOST:-redis}" || ok=1
    lsnr_plain_value LSNR_CLUSTER "${LSNR_CLUSTER:-demo}" || ok=1
    lsnr_plain_value LSNR_REPL_USER "${LSNR_REPL_USER:-replicator}" || ok=1
    local port
    for port in "${LSNR_REDIS_PORT:-6379}" "${LSNR_PG_PORT:-5432}"; do
        if ! [[ "$port" =~ ^[0-9]{1,5}$ ]] || ((10#$port < 1 || 10#$port > 65535)); then
            lsnr_conf_error "port '$port' is not a number from 1 to 65535" || ok=1
        fi
    done
    [[ "${LSNR_PUBLISH_INTERVAL:-10ms}" =~ ^[0-9]+(us|ms|s|min)?$ ]] ||
        { lsnr_conf_error "LSNR_PUBLISH_INTERVAL='${LSNR_PUBLISH_INTERVAL}' is not a duration" || ok=1; }
    if [[ "${LSNR_ROLE:-}" == replica ]]; then
        lsnr_plain_value LSNR_PRIMARY_HOST "${LSNR_PRIMARY_HOST:-}" || ok=1
        if [[ -n "${LSNR_APPLY_DELAY:-}" && ! "$LSNR_APPLY_DELAY" =~ ^[0-9]+(ms|s|min|h|d)?$ ]]; then
            lsnr_conf_error "LSNR_APPLY_DELAY='$LSNR_APPLY_DELAY' is not a duration (e.g. 2s, 500ms)" || ok=1
        fi
    elif [[ -n "${LSNR_APPLY_DELAY:-}" ]]; then
        lsnr_conf_error "LSNR_APPLY_DELAY is for a replica; the primary applies nothing" || ok=1
    fi
    return $ok
}

# The replica's primary_conninfo. The password comes from the passfile, not
# from here: primary_conninfo is visible in pg_stat_wal_receiver.
lsnr_primary_conninfo() {
    printf "host=%s port=%s user=%s application_name=%s passfile=/var/lib/postgresql/.pgpass\n" \
        "$LSNR_PRIMARY_HOST" "${LSNR_PG_PORT:-5432}" "${LSNR_REPL_USER:-replicator}" "$LSNR_NODE_NAME"
}

# The postgresql.conf lines for this node's role (appended to initdb's file).
lsnr_postgresql_conf() {
    lsnr_check_env || return 1
    local port=${LSNR_PG_PORT:-5432}
    cat <<CONF
# --- written by docker/entrypoint.sh (role ${LSNR_ROLE}) ---
listen_addresses = '*'
port = $port
shared_preload_libraries = 'lsnroute'
wal_level = replica
max_wal_senders = 10
hot_standby = on
hot_standby_feedback = on
wal_receiver_status_interval = 1s
lsnroute.redis_host = '${LSNR_REDIS_HOST:-redis}'
lsnroute.redis_port = ${LSNR_REDIS_PORT:-6379}
lsnroute.cluster = '${LSNR_CLUSTER:-demo}'
lsnroute.publish_interval = '${LSNR_PUBLISH_INTERVAL:-10ms}'
lsnroute.node_name = '$LSNR_NODE_NAME'
lsnroute.node_dsn = 'host=${LSNR_NODE_HOST:-$LSNR_NODE_NAME} port=$port'
CONF
    if [[ "$LSNR_ROLE" == replica ]]; then
        echo "primary_conninfo = '$(lsnr_primary_conninfo)'"
        [[ -z "${LSNR_APPLY_DELAY:-}" ]] || echo "recovery_min_apply_delay = '$LSNR_APPLY_DELAY'"
    fi
}

# pg_hba.conf lines: password (SCRAM) logins and replication from the
# compose network; local trust for the entrypoint's own setup.
lsnr_pg_hba() {
    lsnr_check_env || return 1
    cat <<HBA
local   all          all                      trust
host    all          all          0.0.0.0/0   scram-sha-256
host    replication  ${LSNR_REPL_USER:-replicator}   0.0.0.0/0   scram-sha-256
HBA
}
