-- ALTER EXTENSION lsnroute UPDATE from 1.0 gives exactly the objects of a
-- fresh 1.1 install (functions with their signatures, results, comments,
-- privileges), and the 1.1 library serves the 1.0 functions in between.
DROP EXTENSION lsnroute;
CREATE EXTENSION lsnroute VERSION '1.0';
SELECT extversion FROM pg_extension WHERE extname = 'lsnroute';

-- The 1.1 library behind the 1.0 SQL objects: the old 11 / 7 columns.
SELECT p.oid::regprocedure AS function, array_length(p.proallargtypes, 1) AS columns
FROM pg_proc p WHERE p.oid IN ('lsnroute.status()'::regprocedure, 'lsnroute.registry()'::regprocedure)
ORDER BY 1::text;
SELECT node_name, role, redis_connected FROM lsnroute.status();
SELECT node_name, role, dsn FROM lsnroute.registry();

-- What an install consists of, as rows to compare.
CREATE TEMP TABLE after_update AS
SELECT p.oid::regprocedure::text AS function,
       pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result,
       p.provolatile, p.proparallel, p.proisstrict, p.prosrc,
       coalesce(p.proacl::text, '') AS acl,
       obj_description(p.oid, 'pg_proc') AS comment
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'lsnroute'
WHERE false;

ALTER EXTENSION lsnroute UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'lsnroute';

INSERT INTO after_update
SELECT p.oid::regprocedure::text, pg_get_function_arguments(p.oid), pg_get_function_result(p.oid),
       p.provolatile, p.proparallel, p.proisstrict, p.prosrc,
       coalesce(p.proacl::text, ''), obj_description(p.oid, 'pg_proc')
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'lsnroute';
SELECT count(*) AS functions_after_update FROM after_update;

DROP EXTENSION lsnroute;
CREATE EXTENSION lsnroute;
SELECT extversion FROM pg_extension WHERE extname = 'lsnroute';

CREATE TEMP TABLE fresh AS
SELECT p.oid::regprocedure::text AS function, pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result,
       p.provolatile, p.proparallel, p.proisstrict, p.prosrc,
       coalesce(p.proacl::text, '') AS acl, obj_description(p.oid, 'pg_proc') AS comment
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'lsnroute';

-- Both directions empty: the same objects.
SELECT 'only after update' AS side, * FROM (TABLE after_update EXCEPT TABLE fresh) a
UNION ALL
SELECT 'only in fresh install', * FROM (TABLE fresh EXCEPT TABLE after_update) b;

-- The schema's own privileges are the same too.
SELECT nspacl FROM pg_namespace WHERE nspname = 'lsnroute';

-- The 1.1 columns.
SELECT function, arguments FROM fresh
WHERE function IN ('lsnroute.status()', 'lsnroute.registry()') ORDER BY function;
SELECT system_id = (SELECT system_identifier FROM pg_control_system()) AS system_id_is_pg_control,
       started_at <= now() AS started_at_sane,
       lag_source IS NULL AS primary_has_no_lag_source
FROM lsnroute.status();
-- The registry shows the same identity the node publishes.
DO $$
BEGIN
    FOR i IN 1..600 LOOP
        EXIT WHEN (SELECT started_at IS NOT NULL FROM lsnroute.registry() WHERE node_name = 'regress');
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
SELECT r.system_id = s.system_id AS same_system_id, r.started_at = s.started_at AS same_started_at,
       r.lag_source IS NULL AS primary_has_no_lag_source
FROM lsnroute.registry() r, lsnroute.status() s WHERE r.node_name = 'regress';
