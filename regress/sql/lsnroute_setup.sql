-- The extension installs into schema lsnroute with exactly the functions of
-- the design, and the worker started by shared_preload_libraries publishes.
CREATE EXTENSION lsnroute;

SELECT p.oid::regprocedure AS function, pg_get_function_result(p.oid) AS returns
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'lsnroute'
ORDER BY 1::text;

-- Wait (bounded by the test's own timeout) until the worker has published.
DO $$
BEGIN
    FOR i IN 1..600 LOOP
        EXIT WHEN (SELECT publishes > 0 FROM lsnroute.status());
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;

SELECT node_name, role, redis_connected, publishes > 0 AS published,
       replay_lsn = flush_lsn AS primary_replay_is_flush,
       receive_lsn = flush_lsn AS primary_receive_is_flush,
       lag_ms, published_at <= now() + interval '1 s' AS published_at_sane,
       last_error
FROM lsnroute.status();
