# Registry 1.1 identity fields: every node publishes system_id (pg_control's,
# the same on primary and standby), started_at_ms (when its shared memory was
# initialised: a crash restart changes it) and lag_source (receiver /
# silence / unknown on a standby, empty on the primary), in the hash and in
# every event. A standby restarted while its primary is away publishes at
# once, with lag_source=unknown, not a lag of 0: nothing was heard yet.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c     = 'c020';
my $redis = RedisServer->new->start;

my $primary = new_primary('primary', $redis, cluster => $c);
$primary->safe_psql('postgres', 'CREATE EXTENSION lsnroute');
$primary->backup('base');
# A short receiver timeout: silence is told from idleness after 2 s.
my $standby = new_standby($primary, 'base', 's1', conf => "wal_receiver_timeout = '2s'");
$primary->wait_for_catchup($standby);

my $sysid = $primary->safe_psql('postgres', 'SELECT system_identifier FROM pg_control_system()');
like($sysid, qr/^\d+$/, "system identifier $sysid");

my $p = wait_for_entry($redis, $c, 'primary', sub { ($_[0]{system_id} // '') ne '' });
is($p->{system_id}, $sysid, 'primary: system_id is pg_control\'s, in decimal');
is($p->{lag_source}, '', 'primary: lag_source empty');
my $p_started = $primary->safe_psql('postgres',
	'SELECT (extract(epoch FROM started_at) * 1000)::bigint FROM lsnroute.status()');
is($p->{started_at_ms}, $p_started, 'primary: started_at_ms is status().started_at');

my $s = wait_for_entry($redis, $c, 's1', sub { ($_[0]{lag_source} // '') eq 'receiver' });
ok($s, 'streaming standby: lag_source=receiver');
is($s->{system_id}, $sysid, 'standby: the same system_id as its primary');
like($s->{started_at_ms}, qr/^\d+$/, 'standby: started_at_ms set');

my $events = $redis->subscribe(events_channel($c));
ok(poll_until(sub { grep { parse_event($_)->{node} eq 's1' } $events->messages }),
	'events of s1 arrive');
my ($ev) = map { parse_event($_) } grep { parse_event($_)->{node} eq 's1' } $events->messages;
is($ev->{system_id}, $sysid, 'event carries system_id');
is($ev->{started_at_ms}, $s->{started_at_ms}, 'event carries started_at_ms');
is($ev->{lag_source}, 'receiver', 'event carries lag_source');
$events->stop;

# The primary goes away: after the silence threshold the lag is "silence".
$primary->stop('fast');
ok(wait_for_entry($redis, $c, 's1', sub { $_[0]{lag_source} eq 'silence' }),
	'primary stopped: lag_source=silence');

# A crash restart of the standby while the primary is still away: a new
# started_at_ms, published at once, and an unknown lag (never 0 and fresh).
my $old_started = LsnrouteTest::entry($redis, $c, 's1')->{started_at_ms};
$standby->stop('immediate');
$standby->start;
my $r = wait_for_entry($redis, $c, 's1', sub { $_[0]{started_at_ms} > $old_started });
ok($r, "crash restart: started_at_ms moved on ($old_started -> " . ($r // {})->{started_at_ms} . ')');
is($r->{lag_source}, 'unknown', 'restarted, nothing heard from the primary: lag_source=unknown');
is($r->{system_id}, $sysid, 'restarted: same system_id');
is($standby->safe_psql('postgres', 'SELECT lag_source FROM lsnroute.status()'),
	'unknown', 'status() says unknown too');

# The primary is back: the receiver hears it and the source is known again.
$primary->start;
ok(wait_for_entry($redis, $c, 's1', sub { $_[0]{lag_source} eq 'receiver' }),
	'primary back: lag_source=receiver');

done_testing();
