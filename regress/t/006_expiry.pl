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

# Seconds until node $n's hash is gone (undef if it never goes).
sub seconds_until_gone
{
	my ($n, $since) = @_;
	my $gone = poll_until(sub { $redis->cli('EXISTS', node_key($c, $n)) eq '0' }, 30);
	return $gone ? time - $since : undef;
}

my $t0 = time;
$standby->stop('fast');
my $s1_gone = seconds_until_gone('s1', $t0);
ok(defined $s1_gone, 'stopped standby: its entry disappears');
# The entry may be removed at shutdown or expire by PEXPIRE; either way no
# later than node_ttl after the stop (1 s margin for a loaded machine).
ok(defined $s1_gone && $s1_gone <= $ttl_s + 1,
	sprintf('stopped standby: gone within node_ttl (%.2f s)', $s1_gone // -1));
ok(LsnrouteTest::entry($redis, $c, 'primary'), 'primary entry still present');

$t0 = time;
$primary->stop('immediate');
my $p_gone = seconds_until_gone('primary', $t0);
ok(defined $p_gone, 'crashed primary: its entry disappears');
ok(defined $p_gone && $p_gone <= $ttl_s + 1,
	sprintf('crashed primary: gone within node_ttl (%.2f s)', $p_gone // -1));

done_testing();
