# With lsnroute.redis_sentinels the worker finds the Redis master through
# Sentinel, and follows it when it changes: after a requested failover
# (SENTINEL FAILOVER: the old master becomes a read-only replica) and after
# the master dies, publishing goes on to the new master, without any
# PostgreSQL restart.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c        = 'c018';
my $a        = RedisServer->new->start;
my $b        = RedisServer->new(replica_of => $a)->start;
my $sentinel = RedisServer->new(sentinel_of => $a)->start;

# The port Sentinel names as master of "mymaster".
sub sentinel_master_port
{
	my $out = $sentinel->cli('SENTINEL', 'get-master-addr-by-name', 'mymaster') // '';
	my (undef, $port) = split /\n/, $out;
	return $port // 0;
}

# Sentinel must know the replica before it can fail over to it.
ok(poll_until(sub { ($sentinel->cli('SENTINEL', 'replicas', 'mymaster') // '') =~ /\b${\ $b->port }\b/ }),
	'Sentinel knows the replica');

my $node = new_primary('primary', $a, cluster => $c,
	redis_sentinels => '127.0.0.1:' . $sentinel->port,
	redis_master_name => 'mymaster');
$node->safe_psql('postgres', 'CREATE EXTENSION lsnroute');
my $started = $node->safe_psql('postgres', 'SELECT pg_postmaster_start_time()');
ok(wait_for_entry($a, $c, 'primary'), 'publishes to the master Sentinel names');

# Publishing goes to $server when seq grows there by more than a few: only
# the worker writes, and a replica would refuse its writes.
sub publishes_to
{
	my ($server) = @_;
	my $seq = (LsnrouteTest::entry($server, $c, 'primary') // {})->{seq} // 0;
	return wait_for_entry($server, $c, 'primary', sub { $_[0]{seq} > $seq + 5 });
}

# --- a requested failover: a -> b
$sentinel->cli('SENTINEL', 'FAILOVER', 'mymaster');
ok(poll_until(sub { sentinel_master_port() == $b->port }), 'Sentinel switched the master to b');
ok(poll_until(sub { ($a->cli('ROLE') // '') =~ /^slave/ }), 'a is now a replica');
ok(publishes_to($b), 'after the failover the worker publishes to the new master b');
ok(poll_until(sub { status_of($node)->{redis_connected} }), 'status() says redis_connected');

# --- the master dies: b -> a
ok(poll_until(sub { ($sentinel->cli('SENTINEL', 'replicas', 'mymaster') // '') =~ /\b${\ $a->port }\b/ }),
	'Sentinel knows a as replica of b');
$b->stop;
ok(poll_until(sub { sentinel_master_port() == $a->port }),
	'b stopped: Sentinel promotes a');
ok(publishes_to($a), 'after the master died the worker publishes to the new master a');

is($node->safe_psql('postgres', 'SELECT pg_postmaster_start_time()'),
	$started, 'no PostgreSQL restart');

done_testing();
