# A standby whose replay is paused (pg_wal_replay_pause) is published with
# paused=1, its replay_lsn stays put and its lag grows while the primary
# writes; after pg_wal_replay_resume it says paused=0 and catches up.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c     = 'c004';
my $redis = RedisServer->new->start;

my $primary = new_primary('primary', $redis, cluster => $c);
$primary->safe_psql('postgres', 'CREATE TABLE t (x int)');
$primary->backup('base');
my $standby = new_standby($primary, 'base', 's1');
$primary->wait_for_catchup($standby);
ok(wait_for_entry($redis, $c, 's1', sub { $_[0]{paused} eq '0' }),
	'running standby says paused=0');

$standby->safe_psql('postgres', 'SELECT pg_wal_replay_pause()');
$standby->poll_query_until('postgres',
	"SELECT pg_get_wal_replay_pause_state() = 'paused'")
  or die 'replay did not pause';
my $paused_at =
  $standby->safe_psql('postgres', 'SELECT pg_last_wal_replay_lsn()');
ok(wait_for_entry($redis, $c, 's1', sub { $_[0]{paused} eq '1' }),
	'paused standby says paused=1');

$primary->safe_psql('postgres', 'INSERT INTO t SELECT generate_series(1, 1000)');
my $target = $primary->safe_psql('postgres', 'SELECT pg_current_wal_flush_lsn()');
$standby->poll_query_until('postgres',
	"SELECT pg_last_wal_receive_lsn() >= '$target'")
  or die 'standby did not receive the write';

my $e = wait_for_entry($redis, $c, 's1',
	sub { is_lsn($_[0]{receive_lsn}) && lsn_int($_[0]{receive_lsn}) >= lsn_int($target) });
ok($e, 'paused standby: receive_lsn in Redis reaches the new write');
is($e->{replay_lsn}, $paused_at, 'paused standby: replay_lsn stays where replay paused');
ok(wait_for_entry($redis, $c, 's1', sub { $_[0]{lag_ms} >= 1000 }),
	'paused standby with unreplayed WAL: lag_ms grows past 1 s');
is(LsnrouteTest::entry($redis, $c, 's1')->{paused}, '1', 'still paused=1 meanwhile');

$standby->safe_psql('postgres', 'SELECT pg_wal_replay_resume()');
$e = wait_for_entry($redis, $c, 's1',
	sub { $_[0]{paused} eq '0' && lsn_int($_[0]{replay_lsn}) >= lsn_int($target) });
ok($e, 'resumed standby says paused=0 and replay_lsn passes the write');
ok(wait_for_entry($redis, $c, 's1', sub { $_[0]{lag_ms} < 1000 }),
	'resumed standby: lag_ms falls back under 1 s');

done_testing();
