# FLUSHALL (or an evicting Redis) while WAL streams without pause: the
# workers publish at every poll then, so no publish is ever a heartbeat. Each
# publish must still put the node back into the nodes set and re-create a
# complete hash (role, version, dsn), or readers find no nodes at all until
# the writes stop.
use strict;
use warnings;

use IPC::Run;
use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c     = 'c051';
my $redis = RedisServer->new->start;

# A long heartbeat makes "only at heartbeats" visible within the test.
my %gucs = (cluster => $c, heartbeat_interval => '30s', node_ttl => '60s');
my $primary = new_primary('primary', $redis, %gucs);
$primary->safe_psql('postgres', 'CREATE EXTENSION lsnroute; CREATE TABLE t (i int)');
$primary->backup('b');
my $standby = new_standby($primary, 'b', 'standby');
ok(wait_for_entry($redis, $c, $_), "$_ published") foreach qw(primary standby);

# Commits every few milliseconds for as long as the test runs.
my $writer = IPC::Run::start(
	[
		'psql', '-X', '-q', '-d', $primary->connstr('postgres'), '-c',
		'DO $$ BEGIN FOR i IN 1..200000 LOOP INSERT INTO t VALUES (i); COMMIT; '
		  . 'PERFORM pg_sleep(0.002); END LOOP; END $$'
	],
	'<', \undef, '>', \my $out, '2>', \my $err);

my $seq_before = entry($redis, $c, 'standby')->{seq};
ok( poll_until(sub { entry($redis, $c, 'standby')->{seq} > $seq_before + 20 }),
	'the standby publishes continuously while WAL streams');

is($redis->cli('FLUSHALL'), 'OK', 'FLUSHALL');

foreach my $n (qw(primary standby))
{
	ok( poll_until(
			sub {
				my $e = entry($redis, $c, $n);
				$redis->cli('SISMEMBER', nodes_key($c), $n) eq '1'
				  && $e && ($e->{role} // '') ne '' && ($e->{v} // '') eq '1'
				  && ($e->{dsn} // '') ne '';
			},
			20),
		"$n is back in the nodes set with a complete entry, long before a heartbeat");
}
ok($writer->pumpable, 'the writes were still streaming throughout');

$writer->kill_kill;
done_testing();
