# registry(), blacklist() and unblacklist() honour query cancel and
# pg_terminate_backend while they wait on Redis: with Redis frozen (SIGSTOP)
# and a long lsnroute.redis_timeout, a cancelled call ends with the cancel
# error, a terminated backend goes away; neither waits out the timeout
# (which would end in a Redis timeout error instead).
use strict;
use warnings;

use IPC::Run;
use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c     = 'c022';
my $redis = RedisServer->new->start;
my $node  = new_primary('primary', $redis, cluster => $c, redis_timeout => '10min');
$node->safe_psql('postgres', 'CREATE EXTENSION lsnroute');
ok(wait_for_entry($redis, $c, 'primary'), 'publishing');

$redis->freeze;
END { $redis->thaw if $redis && $redis->pid; }

# Starts $sql in its own psql; returns the harness and its output refs once
# the backend is seen running it.
sub start_call
{
	my ($sql, $tag) = @_;
	my ($out, $err) = ('', '');
	my $h = IPC::Run::start(
		[ 'psql', '-XAtq', '-d', $node->connstr('postgres'), '-c', "/* $tag */ $sql" ],
		'<', \undef, '>', \$out, '2>', \$err);
	my $pid = poll_until(
		sub {
			$node->safe_psql('postgres',
				"SELECT pid FROM pg_stat_activity WHERE state = 'active' AND query LIKE '/* $tag */%'");
		});
	return ($h, \$out, \$err, $pid);
}

foreach my $call (
	[ 'SELECT count(*) FROM lsnroute.registry()', 'registry' ],
	[ "SELECT lsnroute.blacklist('x', '1 min')",  'blacklist' ],
	[ "SELECT lsnroute.unblacklist('x')",         'unblacklist' ])
{
	my ($sql, $tag) = @$call;
	my ($h, $out, $err, $pid) = start_call($sql, $tag);
	ok($pid, "$tag(): running against the frozen Redis (pid " . ($pid // '?') . ')');
	$node->safe_psql('postgres', "SELECT pg_cancel_backend($pid)");
	$h->finish;
	like($$err, qr/canceling statement due to user request/, "$tag(): cancelled with the cancel error");
	unlike($$err, qr/timed out/, "$tag(): not a Redis timeout");
}

my ($h, $out, $err, $pid) = start_call('SELECT count(*) FROM lsnroute.registry()', 'terminate');
ok($pid, 'registry(): running again');
$node->safe_psql('postgres', "SELECT pg_terminate_backend($pid)");
$h->finish;
like($$err, qr/terminating connection due to administrator command/,
	'pg_terminate_backend ends it with the termination error');
ok(poll_until(sub {
	$node->safe_psql('postgres', "SELECT count(*) = 0 FROM pg_stat_activity WHERE pid = $pid") eq 't' }),
	'and the backend is gone');

$redis->thaw;
done_testing();
