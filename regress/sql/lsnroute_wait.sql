-- wait_for_lsn(): on a primary everything is "replayed": true at once.
SELECT lsnroute.wait_for_lsn('0/0');
SELECT lsnroute.wait_for_lsn('FFFFFFFF/FFFFFFFF', 0);
SELECT lsnroute.wait_for_lsn(pg_current_wal_insert_lsn(), 10);
SELECT lsnroute.wait_for_lsn(NULL) IS NULL AS strict;
-- Bad arguments: the error and its SQLSTATE.
CREATE FUNCTION pg_temp.sqlerror(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT pg_temp.sqlerror($$SELECT lsnroute.wait_for_lsn('0/0', -1)$$);
SELECT lsnroute.wait_for_lsn('not an lsn');
