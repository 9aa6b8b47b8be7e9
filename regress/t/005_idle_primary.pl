# An idle primary does not make its standbys look lagging: with no writes
# for several seconds (and PostgreSQL's default replication timeouts, where
# the primary can be silent for up to half of wal_receiver_timeout), a
# caught-up standby keeps publishing lag_ms near 0 — below the client's
# default max_lag_ms of 5 s by far.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;
use Time::HiRes qw(time usleep);

my $c     = 'c005';
my $redis = RedisServer->new->start;

my $primary = new_primary('primary', $redis, cluster => $c);
$primary->safe_psql('postgres',
	'CREATE TABLE t (x int); INSERT INTO t SELECT generate_series(1, 1000)');
$primary->backup('base');
my $standby = new_standby($primary, 'base', 's1');
$primary->safe_psql('postgres', 'INSERT INTO t SELECT generate_series(1, 1000)');
$primary->wait_for_catchup($standby);
my $replayed = $standby->safe_psql('postgres', 'SELECT pg_last_wal_replay_lsn()');
ok(wait_for_entry($redis, $c, 's1', sub { lsn_int($_[0]{replay_lsn}) >= lsn_int($replayed) }),
	'standby entry shows the caught-up replay LSN');

# Observe for 7 s without any write.
my ($samples, $max_lag, %seqs) = (0, 0);
my $until = time + 7;
while (time < $until)
{
	my $e = LsnrouteTest::entry($redis, $c, 's1');
	if ($e)
	{
		$samples++;
		$max_lag = $e->{lag_ms} if $e->{lag_ms} > $max_lag;
		$seqs{ $e->{seq} } = 1;
	}
	usleep(100_000);
}
ok($samples >= 20, "the standby entry stayed present while idle ($samples samples)");
ok(keys(%seqs) >= 10, 'the standby kept publishing (heartbeats) while idle ('
	  . scalar(keys %seqs) . ' distinct seq)');
ok($max_lag < 1000, "idle primary: standby lag_ms stayed under 1 s (max $max_lag ms)");

# The entry is alive, not frozen: a new write moves it again.
$primary->safe_psql('postgres', 'INSERT INTO t VALUES (1)');
my $flush = $primary->safe_psql('postgres', 'SELECT pg_current_wal_flush_lsn()');
ok(wait_for_entry($redis, $c, 's1',
		sub { lsn_int($_[0]{replay_lsn}) >= lsn_int($flush) && $_[0]{lag_ms} < 1000 }),
	'after the idle period a write is replayed and published with low lag');

done_testing();
