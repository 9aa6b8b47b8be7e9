# seq keeps increasing across restarts of the publisher: a clean restart of
# PostgreSQL and a crash (immediate stop, then start) both continue from the
# seq already in Redis, so a reader never sees a node's seq go back.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c     = 'c016';
my $redis = RedisServer->new->start;
# A long TTL: the entry (and its seq) must survive the restarts in Redis.
my $node = new_primary('primary', $redis, cluster => $c, node_ttl => '60s');
my $e = wait_for_entry($redis, $c, 'primary', sub { $_[0]{seq} >= 5 });
ok($e, 'publishing, seq ' . ($e // {})->{seq});

foreach my $how ('restart', 'crash')
{
	my $before = LsnrouteTest::entry($redis, $c, 'primary')->{seq};
	my $events = $redis->subscribe(events_channel($c));
	if ($how eq 'restart')
	{
		$node->restart;
	}
	else
	{
		$node->stop('immediate');
		$node->start;
	}
	my $last = LsnrouteTest::entry($redis, $c, 'primary')->{seq};
	ok($last >= $before, "after the $how: seq in Redis did not go back ($before -> $last)");
	my $after = wait_for_entry($redis, $c, 'primary', sub { $_[0]{seq} > $last + 3 });
	ok($after, "after the $how: the new worker publishes with seq beyond $last");
	my @seqs = map { parse_event($_)->{seq} } $events->messages;
	my @back = grep { $seqs[$_] <= $seqs[ $_ - 1 ] } 1 .. $#seqs;
	ok(@seqs > 3 && !@back, "after the $how: event seqs only increase")
	  or diag "event seqs: @seqs";
	$events->stop;
}

done_testing();
