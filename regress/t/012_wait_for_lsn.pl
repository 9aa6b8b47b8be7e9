# lsnroute.wait_for_lsn(target, timeout_ms): true at once on a primary; on a
# standby true once replay reaches target, false after timeout_ms when it
# does not, woken promptly when replay resumes, without burning CPU while it
# waits, interruptible by pg_cancel_backend and statement_timeout, and a
# clear error on bad arguments.
use strict;
use warnings;

use IPC::Run;
use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use POSIX ();
use RedisServer;
use Test::More;
use Time::HiRes qw(time usleep);

my $c     = 'c012';
my $redis = RedisServer->new->start;

my $primary = new_primary('primary', $redis, cluster => $c);
$primary->safe_psql('postgres', 'CREATE EXTENSION lsnroute; CREATE TABLE t (x int)');
$primary->backup('base');
my $standby = new_standby($primary, 'base', 's1');
$primary->wait_for_catchup($standby);

# Runs $sql on $node; returns (stdout, stderr, seconds).
sub timed_psql
{
	my ($node, $sql) = @_;
	my $t0 = time;
	my ($rc, $out, $err) = $node->psql('postgres', $sql);
	return ($out, $err, time - $t0);
}

# Starts psql running $sql on the standby in the background.
sub start_waiter
{
	my ($sql) = @_;
	my %w = (out => '', err => '', t0 => time);
	$w{h} = IPC::Run::start(
		[ 'psql', '-XAtq', '-d', $standby->connstr('postgres'), '-c', $sql ],
		'<', \undef, '>', \$w{out}, '2>', \$w{err});
	return \%w;
}

# Waits for the background psql to end; returns seconds since it started.
sub finish_waiter
{
	my ($w) = @_;
	$w->{h}->finish;
	chomp $w->{out};
	return time - $w->{t0};
}

# Pid of the standby backend running wait_for_lsn, once it is waiting.
sub waiter_pid
{
	return poll_until(
		sub {
			$standby->safe_psql('postgres',
				"SELECT pid FROM pg_stat_activity WHERE query LIKE '%lsnroute.wait_for_lsn%' "
				  . 'AND pid <> pg_backend_pid()');
		});
}

sub pause_and_write
{
	$standby->safe_psql('postgres', 'SELECT pg_wal_replay_pause()');
	$standby->poll_query_until('postgres',
		"SELECT pg_get_wal_replay_pause_state() = 'paused'")
	  or die 'replay did not pause';
	$primary->safe_psql('postgres', 'INSERT INTO t SELECT generate_series(1, 100)');
	return $primary->safe_psql('postgres', 'SELECT pg_current_wal_flush_lsn()');
}

# --- primary: true at once, whatever the target
my ($out, $err, $took) =
  timed_psql($primary, "SELECT lsnroute.wait_for_lsn('FFFFFFFF/FFFFFFFF', 60000)");
is($out, 't', 'primary: wait_for_lsn returns true');
ok($took < 10, sprintf('primary: at once, not after the 60 s timeout (%.2f s)', $took));

# --- standby, already replayed
my $replayed = $standby->safe_psql('postgres', 'SELECT pg_last_wal_replay_lsn()');
($out, $err, $took) =
  timed_psql($standby, "SELECT lsnroute.wait_for_lsn('$replayed', 60000)");
is($out, 't', 'standby: an already replayed LSN gives true');
ok($took < 10, sprintf('standby: at once (%.2f s)', $took));

# --- standby, replay paused: a future LSN times out
my $target = pause_and_write();
($out, $err, $took) = timed_psql($standby, "SELECT lsnroute.wait_for_lsn('$target', 500)");
is($out, 'f', 'paused standby: a future LSN gives false');
ok($took >= 0.45 && $took < 10, sprintf('false after the 500 ms timeout (%.2f s)', $took));
($out, $err, $took) = timed_psql($standby, "SELECT lsnroute.wait_for_lsn('$target')");
is($out, 'f', 'paused standby: false with the default timeout too');
ok($took >= 0.95 && $took < 10, sprintf('default timeout is 1000 ms (%.2f s)', $took));

# --- a waiter is woken when replay resumes, and sleeps meanwhile
my $w = start_waiter("SELECT lsnroute.wait_for_lsn('$target', 60000)");
my $pid = waiter_pid();
ok($pid, 'the waiting backend is visible in pg_stat_activity');
my $ticks = sub {
	my @f = split / /, (slurp_file("/proc/$pid/stat") =~ s/^.*\) //r);
	return $f[11] + $f[12];    # utime + stime
};
my $cpu0 = $ticks->();
my $t0   = time;
usleep(2_000_000);    # a measurement window, not a synchronisation
my $cpu_s = ($ticks->() - $cpu0) / POSIX::sysconf(POSIX::_SC_CLK_TCK);
ok($w->{h}->pumpable, 'the waiter is still waiting while replay is paused');
ok($cpu_s < 0.5,
	sprintf('the waiting backend used %.2f s CPU in %.1f s (no busy loop)', $cpu_s, time - $t0));
my $resumed = time;
$standby->safe_psql('postgres', 'SELECT pg_wal_replay_resume()');
finish_waiter($w);
my $woke = time - $resumed;
is($w->{out}, 't', 'the waiter returns true once replay passes the target');
ok($woke < 10, sprintf('woken %.2f s after resume, far from its 60 s timeout', $woke));

# --- cancel
my $target2 = pause_and_write();
$w   = start_waiter("SELECT lsnroute.wait_for_lsn('$target2', 60000)");
$pid = waiter_pid();
my $cancelled = time;
$standby->safe_psql('postgres', "SELECT pg_cancel_backend($pid)");
finish_waiter($w);
like($w->{err}, qr/canceling statement due to user request/,
	'pg_cancel_backend interrupts wait_for_lsn');
ok(time - $cancelled < 10, sprintf('within %.2f s', time - $cancelled));

($out, $err, $took) = timed_psql($standby,
	"SET statement_timeout = '300ms'; SELECT lsnroute.wait_for_lsn('$target2', 60000)");
like($err, qr/canceling statement due to statement timeout/,
	'statement_timeout interrupts wait_for_lsn');
ok($took < 10, sprintf('within %.2f s', $took));

$standby->safe_psql('postgres', 'SELECT pg_wal_replay_resume()');
($out, $err, $took) = timed_psql($standby, "SELECT lsnroute.wait_for_lsn('$target2', 60000)");
is($out, 't', 'after resume the same target gives true');

# --- bad arguments
foreach my $node ([ $standby, 'standby' ], [ $primary, 'primary' ])
{
	my ($n, $name) = @$node;
	($out, $err) =
	  timed_psql($n, "\\set VERBOSITY verbose\nSELECT lsnroute.wait_for_lsn('0/1', -1)");
	like($err, qr/ERROR:\s+22023:.*timeout/i,
		"$name: a negative timeout_ms is an ERROR invalid_parameter_value (22023) naming the timeout");
	note $err;
}

done_testing();
