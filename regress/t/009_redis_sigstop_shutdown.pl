# A Redis that stops answering (SIGSTOP: the socket stays open, nothing is
# ever replied) must not hold PostgreSQL hostage: the worker's Redis calls
# time out after lsnroute.redis_timeout (200 ms here), status() says so, and
# `pg_ctl stop -m fast` of a standby and of the primary completes in seconds,
# far from pg_ctl's own 60 s limit.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;
use Time::HiRes qw(time);

my $c     = 'c009';
my $redis = RedisServer->new->start;

my $primary = new_primary('primary', $redis, cluster => $c, redis_timeout => '200ms');
$primary->safe_psql('postgres', 'CREATE EXTENSION lsnroute; CREATE TABLE t (x int)');
$primary->backup('base');
my $standby = new_standby($primary, 'base', 's1');
ok(wait_for_entry($redis, $c, $_), "$_: entry present") foreach ('primary', 's1');

$redis->freeze;
foreach ([ $primary, 'primary' ], [ $standby, 's1' ])
{
	my ($node, $name) = @$_;
	my $failures = status_of($node)->{failures};
	my $st = poll_until(
		sub {
			my $s = status_of($node);
			$s->{failures} > $failures && ($s->{last_error} // '') ne '' ? $s : undef;
		});
	ok($st, "$name: status() counts failures while Redis is frozen");
	note "$name last_error: " . ($st->{last_error} // 'none') if $st;
}
# Writes and replication go on meanwhile.
$primary->safe_psql('postgres', 'INSERT INTO t VALUES (1)');
$primary->wait_for_catchup($standby);
pass('writes and replication work while Redis is frozen');

foreach ([ $standby, 's1' ], [ $primary, 'primary' ])
{
	my ($node, $name) = @$_;
	my $t0      = time;
	my $stopped = $node->stop('fast', fail_ok => 1);
	my $took    = time - $t0;
	ok($stopped, "$name: pg_ctl stop -m fast succeeds while Redis is frozen");
	ok($took < 10,
		sprintf('%s: fast shutdown took %.2f s (bound 10 s, pg_ctl waits 60 s)', $name, $took));
}

$redis->thaw;
$redis->stop;

done_testing();
