# A node that stops publishing disappears from the registry: its hash is gone
# within node_ttl (2 s here), whether it stopped cleanly (a standby, fast
# shutdown) or crashed (the primary, immediate shutdown). The other node's
# entry stays.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;
use Time::HiRes qw(time);

my $c     = 'c006';
my $ttl_s = 2;
my $redis = RedisServer->new->start;

my $primary = new_primary('primary', $redis, cluster => $c);
$primary->backup('base');
my $standby = new_standby($primary, 'base', 's1');
ok(wait_for_entry($redis, $c, 'primary'), 'primary entry present');
ok(wait_for_entry($redis, $c, 's1'),      'standby entry present');

# Right after the node stopped, its entry is either gone already or set to
# expire within node_ttl by Redis itself (PTTL, not a stopwatch: a loaded
# machine must not make this flaky); then it does disappear.
sub expires_within_ttl
{
	my ($n, $what) = @_;
	my $pttl = $redis->cli('PTTL', node_key($c, $n));
	ok($pttl == -2 || ($pttl > 0 && $pttl <= $ttl_s * 1000),
		"$what: its entry expires within node_ttl by itself (PTTL $pttl ms)");
	ok(poll_until(sub { $redis->cli('EXISTS', node_key($c, $n)) eq '0' }),
		"$what: its entry disappears");
	return;
}

$standby->stop('fast');
expires_within_ttl('s1', 'stopped standby');
ok(LsnrouteTest::entry($redis, $c, 'primary'), 'primary entry still present');

$primary->stop('immediate');
expires_within_ttl('primary', 'crashed primary');

done_testing();
