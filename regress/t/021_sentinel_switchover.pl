# After SENTINEL FAILOVER the worker follows what the Sentinels say, not what
# its connected server accepts: here the old master can never be demoted
# (its REPLICAOF / SLAVEOF are renamed away), so it stays a writable master,
# like the ~10 s window of a real switchover, indefinitely. The worker must
# still move to the master the Sentinels name, within a few heartbeats.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c = 'c021';
my $a = RedisServer->new(conf => [ 'rename-command REPLICAOF ""', 'rename-command SLAVEOF ""' ])
  ->start;
my $b         = RedisServer->new(replica_of => $a)->start;
my @sentinels = map { RedisServer->new(sentinel_of => $a)->start } 1 .. 2;

sub sentinel_master_port
{
	my ($sentinel) = @_;
	my $out = $sentinel->cli('SENTINEL', 'get-master-addr-by-name', 'mymaster') // '';
	my (undef, $port) = split /\n/, $out;
	return $port // 0;
}

foreach my $s (@sentinels)
{
	ok( poll_until(
			sub { ($s->cli('SENTINEL', 'replicas', 'mymaster') // '') =~ /\b${\ $b->port }\b/ }),
		'Sentinel on ' . $s->port . ' knows the replica');
}

my $node = new_primary(
	'primary', $a,
	cluster           => $c,
	redis_sentinels   => join(',', map { '127.0.0.1:' . $_->port } @sentinels),
	redis_master_name => 'mymaster');
$node->safe_psql('postgres', 'CREATE EXTENSION lsnroute');
ok(wait_for_entry($a, $c, 'primary'), 'publishes to the master the Sentinels name');

$sentinels[0]->cli('SENTINEL', 'FAILOVER', 'mymaster');
ok(poll_until(sub { sentinel_master_port($sentinels[0]) == $b->port }),
	'Sentinel switched the master to b');

my $seq = (LsnrouteTest::entry($b, $c, 'primary') // {})->{seq} // 0;
ok(wait_for_entry($b, $c, 'primary', sub { $_[0]{seq} > $seq + 5 }),
	'the worker publishes to the new master b');
like($a->cli('ROLE') // '', qr/^master/, 'while the old master a is still a writable master');
ok(poll_until(sub { status_of($node)->{redis_connected} }), 'status() says redis_connected');

# And it stays there: a's copy stops moving while b's grows.
my $a_seq = LsnrouteTest::entry($a, $c, 'primary')->{seq};
my $b_seq = LsnrouteTest::entry($b, $c, 'primary')->{seq};
ok(wait_for_entry($b, $c, 'primary', sub { $_[0]{seq} > $b_seq + 20 }), 'b keeps getting publishes');
my $a_now = LsnrouteTest::entry($a, $c, 'primary');
ok(!$a_now || $a_now->{seq} == $a_seq, 'a gets none any more (its copy unchanged or expired)');

my $log = slurp_file($node->logfile);
like($log, qr/the Sentinels name 127\.0\.0\.1:${\ $b->port } as master "mymaster"/,
	'the move is logged');

done_testing();
