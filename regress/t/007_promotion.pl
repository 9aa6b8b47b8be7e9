# Promotion flips the published role: once a promoted standby leaves
# recovery, its entry says role=primary on the new timeline within one
# publish (heartbeats are 5 s apart here, so only change detection can do
# it fast), an event announces it, and its flush_lsn follows new writes.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c     = 'c007';
my $redis = RedisServer->new->start;
my %slow_heartbeat = (heartbeat_interval => '5s', node_ttl => '8s');

my $primary = new_primary('primary', $redis, cluster => $c, %slow_heartbeat);
$primary->safe_psql('postgres', 'CREATE TABLE t (x int)');
$primary->backup('base');
my $standby = new_standby($primary, 'base', 's1');
$primary->wait_for_catchup($standby);
ok(wait_for_entry($redis, $c, 's1', sub { $_[0]{role} eq 'standby' }),
	'before promotion: s1 is published as standby');
my $events = $redis->subscribe(events_channel($c));

$primary->stop('fast');
$standby->promote;
my $promoted_ms = poll_until(
	sub {
		$standby->safe_psql('postgres', 'SELECT NOT pg_is_in_recovery()') eq 't'
		  ? now_ms()
		  : 0;
	});
ok($promoted_ms, 's1 left recovery');

my $e = wait_for_entry($redis, $c, 's1', sub { $_[0]{role} eq 'primary' });
my $seen_ms = now_ms();
ok($e, 'after promotion: s1 is published as role=primary');
ok($seen_ms - $promoted_ms <= 1000,
	'the flip is visible in Redis promptly after promotion (' . ($seen_ms - $promoted_ms) . ' ms; heartbeat is 5 s)');
is($e->{timeline}, '2', 'promoted node publishes its new timeline 2');
ok(is_lsn($e->{flush_lsn}), 'promoted node publishes a flush_lsn');
is($e->{lag_ms}, '0', 'promoted node publishes lag_ms=0');

ok(poll_until(
		sub {
			grep {
				my $ev = parse_event($_);
				($ev->{node} // '') eq 's1' && ($ev->{role} // '') eq 'primary'
			} $events->messages;
		}),
	'an event announces s1 as role=primary');

$standby->safe_psql('postgres', 'INSERT INTO t SELECT generate_series(1, 100)');
my $flush = $standby->safe_psql('postgres', 'SELECT pg_current_wal_flush_lsn()');
ok(wait_for_entry($redis, $c, 's1',
		sub { lsn_int($_[0]{flush_lsn}) >= lsn_int($flush) }),
	"the new primary's flush_lsn follows its writes");
ok(poll_until(sub { $redis->cli('EXISTS', node_key($c, 'primary')) eq '0' }),
	"the stopped old primary's entry is gone");

done_testing();
