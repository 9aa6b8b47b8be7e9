# A standby with recovery_min_apply_delay = 2s shows that delay in lag_ms and
# a lower replay_lsn than a standby without delay while writes flow; once
# the writes stop it catches up and its lag falls back.
use strict;
use warnings;

use IPC::Run;
use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;
use Time::HiRes qw(usleep);

my $c        = 'c003';
my $delay_ms = 2000;
my $redis    = RedisServer->new->start;

my $primary = new_primary('primary', $redis, cluster => $c);
$primary->safe_psql('postgres', 'CREATE TABLE t (x int)');
$primary->backup('base');
my $fast = new_standby($primary, 'base', 'fast');
my $slow = new_standby($primary, 'base', 'slow',
	conf => "recovery_min_apply_delay = '${delay_ms}ms'");
ok(wait_for_entry($redis, $c, 'fast'), 'fast standby entry appears');
ok(wait_for_entry($redis, $c, 'slow'), 'delayed standby entry appears');

# Writes flow for about 6 s: one small transaction every 50 ms.
my ($out, $err) = ('', '');
my $writer = IPC::Run::start(
	[
		'psql', '-XAtq', '-v', 'ON_ERROR_STOP=1',
		'-d',   $primary->connstr('postgres'),
		'-c',
		'DO $$ BEGIN FOR i IN 1..120 LOOP INSERT INTO t VALUES (i); COMMIT; PERFORM pg_sleep(0.05); END LOOP; END $$'
	],
	'<', \undef, '>', \$out, '2>', \$err);

my ($samples, $slow_behind, $max_slow_lag, $max_fast_lag) = (0, 0, 0, 0);
while ($writer->pumpable)
{
	$writer->pump_nb;
	my $f = LsnrouteTest::entry($redis, $c, 'fast');
	my $s = LsnrouteTest::entry($redis, $c, 'slow');
	if ($f && $s)
	{
		$samples++;
		$slow_behind++
		  if lsn_int($s->{replay_lsn}) < lsn_int($f->{replay_lsn});
		$max_slow_lag = $s->{lag_ms} if $s->{lag_ms} > $max_slow_lag;
		$max_fast_lag = $f->{lag_ms} if $f->{lag_ms} > $max_fast_lag;
	}
	usleep(50_000);
}
ok($writer->finish, 'writer ran') or diag $err;
note "samples $samples, slow behind in $slow_behind, max lag slow $max_slow_lag fast $max_fast_lag";

ok($max_slow_lag >= $delay_ms * 0.75,
	"delayed standby: lag_ms reached the apply delay (max $max_slow_lag ms, delay $delay_ms ms)");
ok($max_slow_lag <= $delay_ms + 3000,
	"delayed standby: lag_ms stays near the delay (max $max_slow_lag ms)");
ok($max_fast_lag < $delay_ms / 2,
	"standby without delay: lag_ms stays low (max $max_fast_lag ms)");
ok($samples > 0 && $slow_behind >= $samples / 2,
	"delayed standby: replay_lsn below the fast standby's in most samples ($slow_behind of $samples)");

my $end = $primary->safe_psql('postgres', 'SELECT pg_current_wal_flush_lsn()');
ok(wait_for_entry($redis, $c, 'slow',
		sub { lsn_int($_[0]{replay_lsn}) >= lsn_int($end) && $_[0]{lag_ms} < 1000 }),
	'after the writes stop, the delayed standby catches up and its lag falls under 1 s');

done_testing();
