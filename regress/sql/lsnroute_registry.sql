-- registry(), blacklist(), unblacklist() against the test's Redis.
SELECT node_name, role, dsn, replay_lsn IS NOT NULL AS has_replay, lag_ms,
       published_at IS NOT NULL AS has_published_at, blacklisted_until
FROM lsnroute.registry();

SELECT lsnroute.blacklist('regress', interval '1 hour');
SELECT node_name, blacklisted_until > now() + interval '59 min' AS blacklisted_for_an_hour
FROM lsnroute.registry();
SELECT lsnroute.unblacklist('regress');
SELECT node_name, blacklisted_until FROM lsnroute.registry();

-- The default duration is 30 seconds.
SELECT lsnroute.blacklist('regress');
SELECT blacklisted_until BETWEEN now() + interval '25 s' AND now() + interval '35 s' AS thirty_seconds
FROM lsnroute.registry();
SELECT lsnroute.unblacklist('regress');

-- A node that never published can be blacklisted ahead of time; it is not
-- in the registry, so registry() does not list it.
SELECT lsnroute.blacklist('not-yet-there', '5 min');
SELECT count(*) FROM lsnroute.registry();
SELECT lsnroute.unblacklist('not-yet-there');

-- Bad arguments: the error and its SQLSTATE.
CREATE FUNCTION pg_temp.sqlerror(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT pg_temp.sqlerror($$SELECT lsnroute.blacklist('bad name', '1 min')$$);
SELECT pg_temp.sqlerror($$SELECT lsnroute.blacklist('', '1 min')$$);
SELECT pg_temp.sqlerror($$SELECT lsnroute.blacklist(repeat('x', 129), '1 min')$$);
SELECT pg_temp.sqlerror($$SELECT lsnroute.blacklist('regress', interval '-1 s')$$);
SELECT pg_temp.sqlerror($$SELECT lsnroute.unblacklist('bad/name')$$);
-- Nothing of the failed calls reached Redis.
SELECT node_name, blacklisted_until FROM lsnroute.registry();
SELECT lsnroute.blacklist(NULL) IS NULL AS strict;

-- Operators only: not granted to PUBLIC; registry() is readable by anyone.
CREATE ROLE lsnroute_regress_reader LOGIN;
SET ROLE lsnroute_regress_reader;
SELECT lsnroute.blacklist('regress', '1 min');
SELECT lsnroute.unblacklist('regress');
SELECT node_name, role FROM lsnroute.registry();
SELECT role FROM lsnroute.status();
SELECT pg_typeof(lsnroute.last_commit_lsn()) AS token_type;
SELECT lsnroute.wait_for_lsn('0/0');
RESET ROLE;
DROP ROLE lsnroute_regress_reader;
