-- lsnroute 1.0 -> 1.1: status() and registry() gain the registry's 1.1
-- identity columns (system_id, started_at, lag_source) at the end. A
-- function's OUT columns cannot be changed in place, so both are recreated
-- with the comments and privileges of a fresh 1.1 install.

\echo Use "ALTER EXTENSION lsnroute UPDATE TO '1.1'" to load this file. \quit

DROP FUNCTION lsnroute.status();

CREATE FUNCTION lsnroute.status(
    OUT node_name text,
    OUT role text,
    OUT replay_lsn pg_lsn,
    OUT receive_lsn pg_lsn,
    OUT flush_lsn pg_lsn,
    OUT lag_ms bigint,
    OUT published_at timestamptz,
    OUT publishes bigint,
    OUT failures bigint,
    OUT last_error text,
    OUT redis_connected boolean,
    OUT system_id bigint,
    OUT started_at timestamptz,
    OUT lag_source text)
RETURNS record
AS 'MODULE_PATHNAME', 'lsnroute_status'
LANGUAGE C VOLATILE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION lsnroute.status() IS
'what the lsnroute worker last published from this node and how its Redis connection fares';

DROP FUNCTION lsnroute.registry();

CREATE FUNCTION lsnroute.registry(
    OUT node_name text,
    OUT role text,
    OUT dsn text,
    OUT replay_lsn pg_lsn,
    OUT lag_ms bigint,
    OUT published_at timestamptz,
    OUT blacklisted_until timestamptz,
    OUT system_id bigint,
    OUT started_at timestamptz,
    OUT lag_source text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'lsnroute_registry'
LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;

COMMENT ON FUNCTION lsnroute.registry() IS
'the registry of lsnroute.cluster as Redis holds it now';
