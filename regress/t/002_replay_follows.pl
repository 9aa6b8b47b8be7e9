# replay_lsn in Redis follows the standby: after each write on the primary,
# the standby's entry reaches the standby's pg_last_wal_replay_lsn(), and it
# never claims more than the standby has replayed. The primary's flush_lsn
# follows the primary's WAL the same way.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c     = 'c002';
my $redis = RedisServer->new->start;

my $primary = new_primary('primary', $redis, cluster => $c);
$primary->safe_psql('postgres', 'CREATE TABLE t (x int)');
$primary->backup('base');
my $standby = new_standby($primary, 'base', 's1');
ok(wait_for_entry($redis, $c, 's1'), 'standby entry appears');

my $rounds          = 10;
my $reached         = 0;
my $primary_reached = 0;
my @overclaims;
for my $round (1 .. $rounds)
{
	$primary->safe_psql('postgres',
		"INSERT INTO t SELECT generate_series(1, 1000 * $round)");
	my $flush =
	  $primary->safe_psql('postgres', 'SELECT pg_current_wal_flush_lsn()');

	# While replay catches up, Redis's value is read first and the
	# standby's own replay LSN right after: the registry must never be ahead.
	my $caught_up = poll_until(
		sub {
			my $e = LsnrouteTest::entry($redis, $c, 's1') or return 0;
			my $replayed = $standby->safe_psql('postgres',
				'SELECT pg_last_wal_replay_lsn()');
			push @overclaims, "round $round: redis $e->{replay_lsn} > standby $replayed"
			  if lsn_int($e->{replay_lsn}) > lsn_int($replayed);
			return lsn_int($e->{replay_lsn}) >= lsn_int($flush);
		});
	$reached++ if $caught_up;

	my $replayed =
	  $standby->safe_psql('postgres', 'SELECT pg_last_wal_replay_lsn()');
	$reached-- if $caught_up && !wait_for_entry($redis, $c, 's1',
		sub { lsn_int($_[0]{replay_lsn}) >= lsn_int($replayed) });

	$primary_reached++
	  if wait_for_entry($redis, $c, 'primary',
		sub { lsn_int($_[0]{flush_lsn}) >= lsn_int($flush) });
}
is($reached, $rounds,
	"in all $rounds rounds the standby's replay_lsn in Redis reached the primary's write and pg_last_wal_replay_lsn()");
is(scalar(@overclaims), 0, 'Redis never showed a replay_lsn the standby had not replayed')
  or diag join("\n", @overclaims);
is($primary_reached, $rounds,
	"in all $rounds rounds the primary's flush_lsn in Redis reached pg_current_wal_flush_lsn()");

done_testing();
