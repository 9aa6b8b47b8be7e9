# A Redis that stops answering (SIGSTOP: the socket stays open, nothing is
# ever replied) must not hold PostgreSQL hostage: the worker's Redis calls
# time out after lsnroute.redis_timeout (200 ms here), status() says so, and
# `pg_ctl stop -m fast` of a standby and of the primary completes in seconds,
# far from pg_ctl's own 60 s limit. A reload is honoured meanwhile too: moved
# to another Redis by SIGHUP, the worker publishes there at once.
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
my $other = RedisServer->new->start;

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

# Times a fast shutdown of $node.
sub fast_stop_ok
{
	my ($node, $name) = @_;
	my $t0      = time;
	my $stopped = $node->stop('fast', fail_ok => 1);
	my $took    = time - $t0;
	ok($stopped, "$name: pg_ctl stop -m fast succeeds while Redis is frozen");
	ok($took < 10,
		sprintf('%s: fast shutdown took %.2f s (bound 10 s, pg_ctl waits 60 s)', $name, $took));
	return;
}

fast_stop_ok($standby, 's1');

# SIGHUP while the worker keeps timing out on the frozen Redis.
$primary->append_conf('postgresql.conf', 'lsnroute.redis_port = ' . $other->port);
my $t0 = time;
$primary->reload;
ok(wait_for_entry($other, $c, 'primary'), 'reload while Redis is frozen: the worker moves to the other Redis');
ok(time - $t0 < 10, sprintf('and publishes there %.2f s after the reload', time - $t0));

# Back to the frozen Redis, then the primary's shutdown.
$primary->append_conf('postgresql.conf', 'lsnroute.redis_port = ' . $redis->port);
$primary->reload;
my $failures = status_of($primary)->{failures};
ok(poll_until(sub { status_of($primary)->{failures} > $failures + 2 }),
	'primary: pointed back at the frozen Redis, it fails again');
fast_stop_ok($primary, 'primary');

$redis->thaw;
$redis->stop;

done_testing();
