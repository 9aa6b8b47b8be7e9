# lsnroute.last_commit_lsn() is this session's read-your-writes token: NULL
# in a fresh session, then exactly the end LSN of the session's last commit
# that wrote WAL (checked against the COMMIT record pg_walinspect finds),
# unchanged by read-only or rolled-back transactions, and per session.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c     = 'c011';
my $redis = RedisServer->new->start;

my $primary = new_primary('primary', $redis, cluster => $c);
$primary->safe_psql('postgres',
	'CREATE EXTENSION lsnroute; CREATE EXTENSION pg_walinspect; CREATE TABLE t (x int)');
$primary->backup('base');
my $standby = new_standby($primary, 'base', 's1');

my $a = $primary->background_psql('postgres');
my $b = $primary->background_psql('postgres');
my $lc = 'lsnroute.last_commit_lsn()';

is($a->query_safe("SELECT $lc IS NULL"), 't', 'fresh session: last_commit_lsn() is NULL');
$a->query_safe('SELECT count(*) FROM t');
is($a->query_safe("SELECT $lc IS NULL"), 't', 'after a read: still NULL');

# Session A writes in an explicit transaction; find its COMMIT record.
my $before = $a->query_safe('SELECT pg_current_wal_insert_lsn()');
$a->query_safe('BEGIN');
$a->query_safe('INSERT INTO t SELECT generate_series(1, 10)');
my $xid = $a->query_safe('SELECT pg_current_xact_id()');
$a->query_safe('COMMIT');
my $after = $a->query_safe('SELECT pg_current_wal_insert_lsn()');
my $a_lsn = $a->query_safe("SELECT $lc");
ok(is_lsn($a_lsn), "after a write: last_commit_lsn() is an LSN ($a_lsn)");
ok(lsn_int($a_lsn) > lsn_int($before) && lsn_int($a_lsn) <= lsn_int($after),
	"it lies between the WAL position before ($before) and after ($after) the write");
my $commit_end = $primary->safe_psql('postgres',
	"SELECT end_lsn FROM pg_get_wal_records_info('$before', '$after') "
	  . "WHERE resource_manager = 'Transaction' AND record_type = 'COMMIT' AND xid::text = '$xid'");
is($a_lsn, $commit_end, 'it is exactly the end LSN of the COMMIT record of that transaction');
ok(lsn_int($a_lsn) <= lsn_int($a->query_safe('SELECT pg_current_wal_flush_lsn()')),
	'and that commit is flushed');

# An autocommit write moves it too.
$a->query_safe('INSERT INTO t VALUES (11)');
my $a_lsn2 = $a->query_safe("SELECT $lc");
ok(lsn_int($a_lsn2) > lsn_int($a_lsn), 'an autocommit write moves it forward');

$a->query_safe('BEGIN');
$a->query_safe('SELECT count(*) FROM t');
$a->query_safe('COMMIT');
is($a->query_safe("SELECT $lc"), $a_lsn2, 'a read-only transaction leaves it unchanged');
$a->query_safe('BEGIN');
$a->query_safe('INSERT INTO t VALUES (12)');
$a->query_safe('ROLLBACK');
is($a->query_safe("SELECT $lc"), $a_lsn2, 'a rolled-back write leaves it unchanged');

# Per session.
is($b->query_safe("SELECT $lc IS NULL"), 't', "another session's write does not show in a fresh session");
$b->query_safe('INSERT INTO t VALUES (13)');
my $b_lsn = $b->query_safe("SELECT $lc");
ok(lsn_int($b_lsn) > lsn_int($a_lsn2), "session B's token is its own, later write");
is($a->query_safe("SELECT $lc"), $a_lsn2, "session A's token is not moved by session B's write");

# The token is what a standby must replay to show the write.
$primary->wait_for_catchup($standby);
is($standby->safe_psql('postgres', "SELECT pg_last_wal_replay_lsn() >= '$b_lsn'"),
	't', 'a caught-up standby has replayed past the token');
is($standby->safe_psql('postgres', "SELECT $lc IS NULL"),
	't', 'on a hot standby: last_commit_lsn() works and is NULL');

$a->quit;
$b->quit;
done_testing();
