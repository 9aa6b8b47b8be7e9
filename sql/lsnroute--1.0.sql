-- lsnroute 1.0: SQL surface of the LSN registry publisher (names: docs/design.md).
-- The publishing itself is done by the background worker, which needs
-- shared_preload_libraries = 'lsnroute' on every node.

\echo Use "CREATE EXTENSION lsnroute" to load this file. \quit

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
    OUT redis_connected boolean)
RETURNS record
AS 'MODULE_PATHNAME', 'lsnroute_status'
LANGUAGE C VOLATILE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION lsnroute.status() IS
'what the lsnroute worker last published from this node and how its Redis connection fares';

CREATE FUNCTION lsnroute.last_commit_lsn()
RETURNS pg_lsn
AS 'MODULE_PATHNAME', 'lsnroute_last_commit_lsn'
LANGUAGE C VOLATILE PARALLEL RESTRICTED;

COMMENT ON FUNCTION lsnroute.last_commit_lsn() IS
'end LSN of this session''s last commit that wrote WAL (NULL if none): the read-your-writes token';

CREATE FUNCTION lsnroute.wait_for_lsn(target pg_lsn, timeout_ms integer DEFAULT 1000)
RETURNS boolean
AS 'MODULE_PATHNAME', 'lsnroute_wait_for_lsn'
LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;

COMMENT ON FUNCTION lsnroute.wait_for_lsn(pg_lsn, integer) IS
'standby: wait until replay reached target (true) or timeout_ms passed (false); primary: true at once';

CREATE FUNCTION lsnroute.registry(
    OUT node_name text,
    OUT role text,
    OUT dsn text,
    OUT replay_lsn pg_lsn,
    OUT lag_ms bigint,
    OUT published_at timestamptz,
    OUT blacklisted_until timestamptz)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'lsnroute_registry'
LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;

COMMENT ON FUNCTION lsnroute.registry() IS
'the registry of lsnroute.cluster as Redis holds it now';

CREATE FUNCTION lsnroute.blacklist(node text, duration interval DEFAULT '30s')
RETURNS void
AS 'MODULE_PATHNAME', 'lsnroute_blacklist'
LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;

COMMENT ON FUNCTION lsnroute.blacklist(text, interval) IS
'keep every client''s reads away from node for duration (Redis blacklist ZSET)';

CREATE FUNCTION lsnroute.unblacklist(node text)
RETURNS void
AS 'MODULE_PATHNAME', 'lsnroute_unblacklist'
LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;

COMMENT ON FUNCTION lsnroute.unblacklist(text) IS
'remove node from the Redis blacklist';

-- Applications (any role) read tokens and the registry; the schema that
-- CREATE EXTENSION made is theirs to use.
GRANT USAGE ON SCHEMA lsnroute TO PUBLIC;

-- Blacklisting steers every application server's traffic: operators only.
REVOKE ALL ON FUNCTION lsnroute.blacklist(text, interval) FROM PUBLIC;
REVOKE ALL ON FUNCTION lsnroute.unblacklist(text) FROM PUBLIC;
