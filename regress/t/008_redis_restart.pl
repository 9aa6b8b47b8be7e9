# Redis down, then back (restarted empty on the same port) costs PostgreSQL
# nothing: no restart of the server or of the worker, writes keep working,
# lsnroute.status() reports the failures and the lost connection, and when
# Redis is back the entries, the nodes set and the events return by themselves.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c     = 'c008';
my $redis = RedisServer->new->start;

my $primary = new_primary('primary', $redis, cluster => $c);
$primary->safe_psql('postgres', 'CREATE EXTENSION lsnroute; CREATE TABLE t (x int)');
$primary->backup('base');
my $standby = new_standby($primary, 'base', 's1');
my @nodes = ([ $primary, 'primary' ], [ $standby, 's1' ]);

my (%started, %worker);
foreach (@nodes)
{
	my ($node, $name) = @$_;
	ok(wait_for_entry($redis, $c, $name), "$name: entry present before the outage");
	ok(poll_until(sub { status_of($node)->{redis_connected} }),
		"$name: status() says redis_connected before the outage");
	$started{$name} =
	  $node->safe_psql('postgres', 'SELECT pg_postmaster_start_time()');
	$worker{$name} = join(',', worker_pids($node));
	like($worker{$name}, qr/^\d+$/, "$name: one lsnroute worker runs");
}

$redis->stop;
foreach (@nodes)
{
	my ($node, $name) = @$_;
	my $failures_before = status_of($node)->{failures};
	my $st = poll_until(
		sub {
			my $s = status_of($node);
			return !$s->{redis_connected} && $s->{failures} > $failures_before
			  && ($s->{last_error} // '') ne '' ? $s : undef;
		});
	ok($st, "$name: status() shows failures, a last_error and redis_connected=false while Redis is down");
	note "$name last_error: " . ($st->{last_error} // 'none') if $st;
}

$primary->safe_psql('postgres', 'INSERT INTO t SELECT generate_series(1, 100)');
my $flush = $primary->safe_psql('postgres', 'SELECT pg_current_wal_flush_lsn()');
$primary->wait_for_catchup($standby);
pass('writes and replication work while Redis is down');

$redis->start;
my %publishes;
foreach (@nodes)
{
	my ($node, $name) = @$_;
	my $key = $name eq 'primary' ? 'flush_lsn' : 'replay_lsn';
	ok(wait_for_entry($redis, $c, $name,
			sub { lsn_int($_[0]{$key}) >= lsn_int($flush) }),
		"$name: after Redis is back, the entry returns with the write made during the outage");
	my $st = poll_until(sub { my $s = status_of($node); $s->{redis_connected} ? $s : undef });
	ok($st, "$name: status() says redis_connected again");
	$publishes{$name} = $st->{publishes} if $st;
	ok(poll_until(sub { grep { $_ eq $name } $redis->smembers(nodes_key($c)) }),
		"$name: back in the (emptied) nodes set");
}
my $events = $redis->subscribe(events_channel($c));
ok(poll_until(sub { scalar(grep { /\bnode=s1\b/ } $events->messages) }),
	'events flow again after Redis is back');

foreach (@nodes)
{
	my ($node, $name) = @$_;
	ok(poll_until(sub { status_of($node)->{publishes} > $publishes{$name} }),
		"$name: status() publishes keeps growing");
	is($node->safe_psql('postgres', 'SELECT pg_postmaster_start_time()'),
		$started{$name}, "$name: PostgreSQL was not restarted");
	is(join(',', worker_pids($node)),
		$worker{$name}, "$name: the worker was not restarted (same pid)");
}

done_testing();
