-- last_commit_lsn(): the end of this session's last commit that wrote WAL.
\c
SELECT lsnroute.last_commit_lsn() IS NULL AS null_before_any_write;

CREATE TABLE lc_t (i int);
SELECT lsnroute.last_commit_lsn() AS lsn1 \gset
SELECT :'lsn1'::pg_lsn > '0/0' AS set_after_ddl,
       :'lsn1'::pg_lsn <= pg_current_wal_flush_lsn() AS flushed;

-- A read-only transaction leaves it alone.
SELECT count(*) FROM lc_t;
SELECT lsnroute.last_commit_lsn() = :'lsn1'::pg_lsn AS unchanged_by_read;

-- A write moves it forward, to the commit's end.
INSERT INTO lc_t VALUES (1);
SELECT lsnroute.last_commit_lsn() AS lsn2 \gset
SELECT :'lsn2'::pg_lsn > :'lsn1'::pg_lsn AS advanced,
       :'lsn2'::pg_lsn <= pg_current_wal_insert_lsn() AS not_beyond_wal;

-- A read that writes WAL without a commit record (here a hint-bit full-page
-- image: wal_log_hints is on in the test instance) leaves it alone too.
INSERT INTO lc_t SELECT generate_series(1, 100);
SELECT lsnroute.last_commit_lsn() AS lsn2 \gset
CHECKPOINT;
SELECT pg_current_wal_insert_lsn() AS before_read \gset
SELECT count(*) FROM lc_t;
SELECT pg_current_wal_insert_lsn() > :'before_read'::pg_lsn AS read_wrote_wal,
       lsnroute.last_commit_lsn() = :'lsn2'::pg_lsn AS unchanged_by_read_with_wal;

-- A rolled-back write is not a commit.
BEGIN;
INSERT INTO lc_t VALUES (2);
ROLLBACK;
SELECT lsnroute.last_commit_lsn() = :'lsn2'::pg_lsn AS unchanged_by_rollback;

-- Another session does not see this session's token.
\c
SELECT lsnroute.last_commit_lsn() IS NULL AS other_session_null;
DROP TABLE lc_t;
