# Against a Redis Cluster the worker follows MOVED: pointed at a node that
# does not own the slot of {C}, it publishes to the owner; when that slot is
# migrated to another node, publishing follows it there.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c     = 'c019';
my @nodes = map { RedisServer->new(cluster => 1)->start } 1 .. 3;
RedisServer::create_cluster(@nodes);

my $key  = node_key($c, 'primary');
my $slot = $nodes[0]->cli('CLUSTER', 'KEYSLOT', $key);

# The node that owns $slot now: the one that answers a key of {C} without
# a MOVED redirect.
sub owner
{
	foreach my $n (@nodes)
	{
		my $out = $n->cli('GET', "probe{$c}") // '';
		return $n unless $out =~ /^MOVED/;
	}
	return undef;
}
my $owner = owner();
ok($owner, "slot $slot of {$c} is owned by port " . $owner->port);
my ($elsewhere) = grep { $_ != $owner } @nodes;

my $node = new_primary('primary', $elsewhere, cluster => $c);
$node->safe_psql('postgres', 'CREATE EXTENSION lsnroute');
my $e = wait_for_entry($owner, $c, 'primary');
ok($e, 'pointed at a node that does not own the slot, the worker publishes to the owner');
ok(poll_until(sub { grep { $_ eq 'primary' } $owner->smembers(nodes_key($c)) }),
	'and adds itself to the nodes set there');

# Migrate the slot (with its keys) to the third node.
my ($target) = grep { $_ != $owner && $_ != $elsewhere } @nodes;
my ($src_id, $dst_id) = ($owner->cluster_id, $target->cluster_id);
$target->cli('CLUSTER', 'SETSLOT', $slot, 'IMPORTING', $src_id);
$owner->cli('CLUSTER', 'SETSLOT', $slot, 'MIGRATING', $dst_id);
while (my @keys = grep { $_ ne '' } split /\n/,
	($owner->cli('CLUSTER', 'GETKEYSINSLOT', $slot, 100) // ''))
{
	$owner->cli('MIGRATE', '127.0.0.1', $target->port, '', 0, 5000, 'KEYS', @keys);
}
$_->cli('CLUSTER', 'SETSLOT', $slot, 'NODE', $dst_id) foreach @nodes;
ok(poll_until(sub { my $o = owner(); $o && $o == $target }),
	'slot migrated to port ' . $target->port);

my $seq = (LsnrouteTest::entry($target, $c, 'primary') // {})->{seq} // 0;
ok(wait_for_entry($target, $c, 'primary', sub { $_[0]{seq} > $seq + 5 }),
	'after the migration the worker publishes to the new owner');
ok(poll_until(sub { status_of($node)->{redis_connected} }), 'status() says redis_connected');

done_testing();
