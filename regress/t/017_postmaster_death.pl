# When the postmaster dies (SIGKILL), the worker exits promptly instead of
# publishing a dead node as alive — also while Redis is frozen (SIGSTOP) —
# and the node's entry then expires within node_ttl.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;
use Time::HiRes qw(time);

my $redis = RedisServer->new->start;
my @orphans;
# Never leave a worker behind, whatever the outcome.
END { kill 'KILL', @orphans if @orphans; }

foreach my $case ([ 'c017a', 'Redis up' ], [ 'c017b', 'Redis frozen' ])
{
	my ($c, $what) = @$case;
	my $node = new_primary("node_$c", $redis, cluster => $c);
	ok(wait_for_entry($redis, $c, "node_$c"), "$what: entry present");
	my @worker = worker_pids($node);
	is(scalar(@worker), 1, "$what: one worker runs");
	push @orphans, @worker;

	$redis->freeze if $what eq 'Redis frozen';
	$node->kill9;
	ok(poll_until(sub { !kill(0, @worker) }), "$what: the worker exits after the postmaster died");
	$redis->thaw if $what eq 'Redis frozen';

	# Redis expires it by itself (PTTL bounded by node_ttl = 2 s), nobody
	# deletes it; a stopwatch here would flake on a loaded machine.
	my $pttl = $redis->cli('PTTL', node_key($c, "node_$c"));
	ok($pttl == -2 || ($pttl > 0 && $pttl <= 2000),
		"$what: the dead node's entry is set to expire within node_ttl (PTTL $pttl ms)");
	ok(poll_until(sub { $redis->cli('EXISTS', node_key($c, "node_$c")) eq '0' }),
		"$what: the dead node's entry expires");
}

done_testing();
