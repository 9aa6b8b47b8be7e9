# A crash-restarted standby does not serve reads before its worker has
# published after the restart: new client connections wait in
# ClientAuthentication_hook until the registry shows the new start
# (started_at_ms), bounded by node_ttl from the start. Here Redis is down
# while the standby restarts, so the wait is visible; once Redis is back the
# worker publishes and the waiting connection goes through.
use strict;
use warnings;

use IPC::Run;
use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;
use Time::HiRes qw(time usleep);

my $c     = 'c024';
my $redis = RedisServer->new->start;
my $primary = new_primary('primary', $redis, cluster => $c);
$primary->backup('base');
# A long TTL: the old entry stays live in Redis across the restart, and the
# bound on the wait lies well beyond what this test needs.
my $standby = new_standby($primary, 'base', 's1', conf => "lsnroute.node_ttl = '120s'");
my $old = wait_for_entry($redis, $c, 's1');
ok($old, 'standby publishing');
is($standby->safe_psql('postgres', 'SELECT 1'), '1', 'a running standby accepts connections at once');

$redis->stop;
$standby->stop('immediate');
$standby->start;

my ($out, $err) = ('', '');
my $h = IPC::Run::start([ 'psql', '-XAtq', '-d', $standby->connstr('postgres'), '-c', 'SELECT 42' ],
	'<', \undef, '>', \$out, '2>', \$err);
ok(poll_until(sub { slurp_file($standby->logfile) =~ /lsnroute cannot reach Redis/ }),
	'the restarted worker cannot publish (Redis down)');
# Give the connection ample time to finish if nothing held it.
my $until = time + 3;
while (time < $until && $h->pumpable)
{
	$h->pump_nb;
	usleep(100_000);
}
ok($h->pumpable, 'a new connection waits while the restart is not published') or diag "psql: $out $err";

$redis->start;
$h->finish;
is($out, "42\n", 'once Redis is back, the waiting connection goes through') or diag $err;
my $now = LsnrouteTest::entry($redis, $c, 's1');
ok($now && $now->{started_at_ms} > $old->{started_at_ms},
	'and by then the registry shows the new start');

done_testing();
