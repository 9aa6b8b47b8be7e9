# Redis Cluster nodes get a reserved bus port of their own (cluster-port):
# with every node's port + 10000 taken by someone else, the nodes still start
# and form a cluster the worker publishes to.
use strict;
use warnings;

use IO::Socket::INET;
use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c     = 'c023';
my @nodes = map { RedisServer->new(cluster => 1) } 1 .. 3;
my @squatters;
foreach my $n (@nodes)
{
	my $p = $n->port + 10000;
	next if $p > 65535;
	my $s = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $p, Listen => 1, ReuseAddr => 1);
	push @squatters, $s if $s;
}
note scalar(@squatters) . ' of the port + 10000 ports are taken';
ok(@squatters >= 1, 'port + 10000 taken for at least one node');
isnt($_->bus_port, $_->port + 10000, 'bus port ' . $_->bus_port . ' is reserved apart') foreach @nodes;
$_->start foreach @nodes;
RedisServer::create_cluster(@nodes);
ok(1, 'the cluster formed');

my $node = new_primary('primary', $nodes[0], cluster => $c);
ok( poll_until(sub { grep { LsnrouteTest::entry($_, $c, 'primary') ? 1 : 0 } @nodes }),
	'the worker publishes into the cluster');

done_testing();
