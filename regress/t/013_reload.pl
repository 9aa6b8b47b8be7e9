# SIGHUP (pg_ctl reload) applies lsnroute's settings without a restart:
# the cluster and node name, lsnroute.enabled, node_ttl, and the Redis
# server itself (redis_port, redis_db) — the same worker process goes on
# publishing.
# An invalid value is refused and changes nothing.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $redis  = RedisServer->new->start;
my $redis2 = RedisServer->new->start;

my $node = new_primary('primary', $redis, cluster => 'c013a');
$node->safe_psql('postgres', 'CREATE EXTENSION lsnroute');
ok(wait_for_entry($redis, 'c013a', 'primary'), 'publishes as c013a/primary');
my $started = $node->safe_psql('postgres', 'SELECT pg_postmaster_start_time()');
my @worker  = worker_pids($node);
is(scalar(@worker), 1, 'one lsnroute worker runs');

# Appended lines win over earlier ones; then SIGHUP.
sub reload_with
{
	my ($conf) = @_;
	$node->append_conf('postgresql.conf', $conf);
	$node->reload;
	return;
}

reload_with("lsnroute.cluster = 'c013b'\nlsnroute.node_name = 'renamed'");
ok(wait_for_entry($redis, 'c013b', 'renamed'), 'after reload: publishes as c013b/renamed');
ok(poll_until(sub { $redis->cli('EXISTS', node_key('c013a', 'primary')) eq '0' }),
	'the old c013a/primary entry is no longer refreshed and expires');
ok(poll_until(sub { (status_of($node)->{node_name} // '') eq 'renamed' }),
	'status() shows the new node name');

reload_with("lsnroute.enabled = off");
ok(poll_until(sub { $redis->cli('EXISTS', node_key('c013b', 'renamed')) eq '0' }),
	'lsnroute.enabled = off: publishing stops and the entry expires');
my $publishes = status_of($node)->{publishes};
reload_with("lsnroute.enabled = on");
ok(wait_for_entry($redis, 'c013b', 'renamed'), 'lsnroute.enabled = on: publishing resumes');
ok(status_of($node)->{publishes} > $publishes, 'status() publishes grows again');

reload_with("lsnroute.node_ttl = '30s'");
ok(poll_until(sub { ($redis->cli('PTTL', node_key('c013b', 'renamed')) // 0) > 2000 }),
	'node_ttl raised to 30 s: PEXPIRE follows (PTTL above the old 2 s)');

reload_with('lsnroute.redis_port = ' . $redis2->port);
ok(wait_for_entry($redis2, 'c013b', 'renamed'), 'redis_port changed: publishes to the new Redis');
my $seq_old = (LsnrouteTest::entry($redis, 'c013b', 'renamed') // {})->{seq};
my $e2      = wait_for_entry($redis2, 'c013b', 'renamed',
	sub { defined $seq_old && $_[0]{seq} > $seq_old + 5 });
ok($e2, 'the new Redis receives further publishes');
is((LsnrouteTest::entry($redis, 'c013b', 'renamed') // {})->{seq},
	$seq_old, 'and no longer to the old one');

reload_with('lsnroute.redis_db = 3');
ok(poll_until(sub { ($redis2->hgetall({ db => 3 }, node_key('c013b', 'renamed')) // {})->{v} }),
	'redis_db changed to 3: publishes into database 3');

# An invalid value is refused by the reload; the worker goes on as before.
my $entry_db3 = sub { $redis2->hgetall({ db => 3 }, node_key('c013b', 'renamed')) };
my $seq_now = ($entry_db3->() // {})->{seq} // 0;
reload_with("lsnroute.cluster = 'bad/cluster name'");
ok(poll_until(sub {
			slurp_file($node->logfile) =~ /invalid value for parameter "lsnroute.cluster"/ }),
	'an invalid cluster name is refused with a clear message in the log');
ok(poll_until(sub { (($entry_db3->() // {})->{seq} // 0) > $seq_now + 5 }),
	'and the worker keeps publishing under the valid cluster name');

is($node->safe_psql('postgres', 'SELECT pg_postmaster_start_time()'),
	$started, 'no PostgreSQL restart');
is(join(',', worker_pids($node)), join(',', @worker), 'no worker restart (same pid)');

done_testing();
