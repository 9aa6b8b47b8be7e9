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
	my $t0 = time;
	$node->kill9;
	my $gone = poll_until(sub { !kill(0, @worker) }, 30);
	my $took = time - $t0;
	ok($gone, "$what: the worker exits after the postmaster died");
	ok($gone && $took < 5, sprintf('%s: within %.2f s', $what, $took));
	$redis->thaw if $what eq 'Redis frozen';

	$t0 = time;
	ok(poll_until(sub { $redis->cli('EXISTS', node_key($c, "node_$c")) eq '0' }, 30),
		"$what: the dead node's entry expires");
	ok(time - $t0 <= 3, sprintf('%s: within node_ttl (%.2f s)', $what, time - $t0));
}

done_testing();
