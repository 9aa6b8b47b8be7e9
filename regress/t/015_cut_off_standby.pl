# A standby cut off from its primary never looks fresh: while its WAL
# receiver hears nothing from the primary, lag_ms is at least the silence.
# (a) the primary hangs (postmaster and walsender SIGSTOPped: the receiver
#     still believes it is streaming until wal_receiver_timeout);
# (b) the primary is gone (stopped).
# Once lag_ms has passed 3 s it must not drop while the primary stays away
# (a WAL receiver that restarts and fails to connect is no news from the
# primary); once the primary answers again, lag_ms falls back.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;
use Time::HiRes qw(time usleep);

my $c     = 'c015';
my $redis = RedisServer->new->start;

my $primary = new_primary('primary', $redis, cluster => $c);
$primary->safe_psql('postgres', 'CREATE TABLE t (x int)');
$primary->backup('base');
# The receiver gives up on a silent primary after 6 s and then reconnects.
my $standby = new_standby($primary, 'base', 's1', conf => "wal_receiver_timeout = '6s'");
$primary->wait_for_catchup($standby);
ok(wait_for_entry($redis, $c, 's1', sub { $_[0]{lag_ms} < 1000 }),
	'connected standby: lag_ms low');

# Once s1's lag_ms passed 3 s: samples it for 6 s (a measurement window)
# and checks that it never drops below 3 s and grows with the silence.
sub check_cut_off
{
	my ($what) = @_;
	my $e = wait_for_entry($redis, $c, 's1', sub { $_[0]{lag_ms} >= 3000 });
	ok($e, "$what: the standby's lag_ms grows past 3 s");
	return unless $e;
	my @series = ($e->{lag_ms});
	my $until  = time + 6;
	while (time < $until)
	{
		usleep(100_000);
		my $s = LsnrouteTest::entry($redis, $c, 's1');
		push @series, $s ? $s->{lag_ms} : 'gone';
	}
	my @fresh = grep { $_ eq 'gone' || $_ < 3000 } @series;
	is(scalar(@fresh), 0, "$what: lag_ms never drops back under 3 s while cut off")
	  or diag "lag_ms samples every 100 ms: @series";
	ok($series[-1] ne 'gone' && $series[-1] >= $series[0] + 4000,
		"$what: lag_ms grows with the silence ($series[0] -> $series[-1] ms in 6 s)");
	return;
}

# --- (a) a hung primary
my @frozen = (
	$primary->{_pid},
	$primary->safe_psql('postgres', "SELECT pid FROM pg_stat_replication WHERE application_name = 's1'"));
like($frozen[1], qr/^\d+$/, 'found the walsender of s1');
# Whatever happens, never leave the primary stopped (its teardown would hang).
END { kill 'CONT', grep { defined && /^\d+$/ } @frozen if @frozen; }
kill 'STOP', @frozen;
my $replay = LsnrouteTest::entry($redis, $c, 's1')->{replay_lsn};
check_cut_off('primary hung');
is(LsnrouteTest::entry($redis, $c, 's1')->{replay_lsn}, $replay,
	'replay_lsn stays where it was');
kill 'CONT', @frozen;
@frozen = ();
ok(wait_for_entry($redis, $c, 's1', sub { $_[0]{lag_ms} < 1000 }),
	'primary back: lag_ms falls under 1 s again');

# --- (b) a stopped primary
$primary->stop('fast');
check_cut_off('primary stopped');
is(LsnrouteTest::entry($redis, $c, 's1')->{role}, 'standby', 'the standby stays a standby');

done_testing();
