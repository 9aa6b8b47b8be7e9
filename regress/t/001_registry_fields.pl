# The registry entries of a primary and two standbys appear in Redis with
# every field of schema v1 right, in the nodes set, with a PEXPIRE, and each
# publish is announced on the events channel.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Sys::Hostname;
use Test::More;

my $c     = 'c001';
my $redis = RedisServer->new->start;
my $events = $redis->subscribe(events_channel($c));

my $primary = new_primary('primary', $redis, cluster => $c);
$primary->backup('base');
my $s1 = new_standby($primary, 'base', 's1');
# s2 keeps the defaults: node_name <hostname>:<port>, dsn host=<hostname> port=<port>.
my $s2      = new_standby($primary, 'base', 's2', default_identity => 1);
my $s2_name = hostname() . ':' . $s2->port;

$primary->safe_psql('postgres',
	'CREATE TABLE t (x int); INSERT INTO t SELECT generate_series(1, 100)');
$primary->wait_for_catchup($_) for ($s1, $s2);

my $server_version_num =
  $primary->safe_psql('postgres', 'SHOW server_version_num');
my ($server_version) =
  $primary->safe_psql('postgres', 'SHOW server_version') =~ /^(\d+\.\d+)/;

# Fields every node has, whatever its role.
sub check_common
{
	my ($e, $name, $role, $dsn) = @_;
	is($e->{v},    '1',   "$name: v=1");
	is($e->{role}, $role, "$name: role=$role");
	is($e->{dsn},  $dsn,  "$name: dsn is the node's conninfo");
	unlike($e->{dsn}, qr/password/i, "$name: dsn carries no password");
	is($e->{timeline}, '1', "$name: timeline 1");
	ok(is_lsn($e->{replay_lsn}), "$name: replay_lsn '$e->{replay_lsn}' is %X/%X");
	is($e->{paused}, '0', "$name: paused=0");
	like($e->{seq}, qr/^\d+$/, "$name: seq is a number");
	my $age = now_ms() - $e->{published_at_ms};
	ok($e->{published_at_ms} =~ /^\d+$/ && $age >= -100 && $age <= 3000,
		"$name: published_at_ms is close to now (age ${age} ms)");
	ok($e->{pg_version} eq $server_version_num
		  || $e->{pg_version} =~ /^\Q$server_version\E\b/,
		"$name: pg_version '$e->{pg_version}' is this server's version");
	return;
}

# --- primary
my $flush = $primary->safe_psql('postgres', 'SELECT pg_current_wal_flush_lsn()');
my $pe = wait_for_entry($redis, $c, 'primary',
	sub { is_lsn($_[0]{flush_lsn}) && lsn_int($_[0]{flush_lsn}) >= lsn_int($flush) });
ok($pe, 'primary entry appears with the flush LSN of the last write');
check_common($pe, 'primary', 'primary',
	'host=' . $primary->host . ' port=' . $primary->port);
is($pe->{lag_ms}, '0', 'primary: lag_ms=0');
ok($pe->{receive_lsn} eq '' || is_lsn($pe->{receive_lsn}),
	"primary: receive_lsn '$pe->{receive_lsn}' is empty or an LSN");
ok($pe->{replay_ts_ms} eq '' || $pe->{replay_ts_ms} =~ /^\d+$/,
	'primary: replay_ts_ms is empty or a number');
my $insert = $primary->safe_psql('postgres', 'SELECT pg_current_wal_insert_lsn()');
ok(lsn_int($pe->{flush_lsn}) <= lsn_int($insert),
	'primary: flush_lsn is not beyond the WAL insert position');

# --- standbys
foreach my $s ([ $s1, 's1', 'host=' . $s1->host . ' port=' . $s1->port ],
	[ $s2, $s2_name, 'host=' . hostname() . ' port=' . $s2->port ])
{
	my ($node, $name, $dsn) = @$s;
	my $replay =
	  $node->safe_psql('postgres', 'SELECT pg_last_wal_replay_lsn()');
	my $e = wait_for_entry($redis, $c, $name,
		sub { is_lsn($_[0]{replay_lsn}) && lsn_int($_[0]{replay_lsn}) >= lsn_int($replay) });
	ok($e, "$name: entry appears with replay_lsn of the caught-up standby");
	next unless $e;
	check_common($e, $name, 'standby', $dsn);
	my $replay_after =
	  $node->safe_psql('postgres', 'SELECT pg_last_wal_replay_lsn()');
	ok(lsn_int($e->{replay_lsn}) <= lsn_int($replay_after),
		"$name: replay_lsn $e->{replay_lsn} is what the standby replayed ($replay .. $replay_after)");
	my $receive =
	  $node->safe_psql('postgres', 'SELECT pg_last_wal_receive_lsn()');
	ok(is_lsn($e->{receive_lsn}), "$name: receive_lsn is %X/%X");
	ok( is_lsn($e->{receive_lsn})
		  && lsn_int($e->{receive_lsn}) >= lsn_int($e->{replay_lsn})
		  && lsn_int($e->{receive_lsn}) <= lsn_int($receive),
		"$name: replay_lsn <= receive_lsn <= pg_last_wal_receive_lsn()");
	is($e->{flush_lsn}, '', "$name: flush_lsn is empty on a standby");
	like($e->{lag_ms}, qr/^\d+$/, "$name: lag_ms is a number");
	my $replay_ts = $node->safe_psql('postgres',
		'SELECT (extract(epoch FROM pg_last_xact_replay_timestamp()) * 1000)::bigint');
	ok($e->{replay_ts_ms} =~ /^\d+$/ && abs($e->{replay_ts_ms} - $replay_ts) <= 1,
		"$name: replay_ts_ms '$e->{replay_ts_ms}' is the last replayed commit time ($replay_ts)");
}

# --- seq increases with every publish (heartbeats every 200 ms while idle)
foreach my $name ('primary', 's1', $s2_name)
{
	my $first = LsnrouteTest::entry($redis, $c, $name);
	my $later = wait_for_entry($redis, $c, $name,
		sub { $first && $_[0]{seq} > $first->{seq} });
	ok($later, "$name: seq increases on the next publish");
}

# --- nodes set and expiry
my %members = map { $_ => 1 } $redis->smembers(nodes_key($c));
ok($members{$_}, "nodes set has $_") foreach ('primary', 's1', $s2_name);
foreach my $name ('primary', 's1', $s2_name)
{
	my $pttl = $redis->cli('PTTL', node_key($c, $name));
	ok($pttl > 0 && $pttl <= 2000, "$name: PTTL $pttl ms is set and <= node_ttl (2000)");
}

# --- events: one per publish, with the required fields
my %seen;
poll_until(
	sub {
		%seen = ();
		foreach my $m ($events->messages)
		{
			my $ev = parse_event($m);
			push @{ $seen{ $ev->{node} // '' } }, $ev;
		}
		return (grep { @{ $seen{$_} // [] } >= 3 } ('primary', 's1', $s2_name)) == 3;
	});
foreach my $n ([ 'primary', 'primary' ], [ 's1', 'standby' ], [ $s2_name, 'standby' ])
{
	my ($name, $role) = @$n;
	my @evs = @{ $seen{$name} // [] };
	ok(@evs >= 3, "$name: events arrive on " . events_channel($c) . ' (' . scalar(@evs) . ')');
	my @bad = grep {
		!(     ($_->{v} // '') eq '1'
			&& ($_->{role} // '') eq $role
			&& is_lsn($_->{replay_lsn})
			&& ($_->{lag_ms} // '') =~ /^\d+$/
			&& ($_->{published_at_ms} // '') =~ /^\d+$/
			&& ($_->{seq} // '') =~ /^\d+$/)
	} @evs;
	is(scalar(@bad), 0,
		"$name: every event has v=1 node role replay_lsn lag_ms published_at_ms seq")
	  or diag explain \@bad;
	my @gaps = grep { $evs[$_]{seq} != $evs[ $_ - 1 ]{seq} + 1 } 1 .. $#evs;
	is(scalar(@gaps), 0, "$name: event seq increments by one per publish")
	  or diag 'seqs: ' . join(' ', map { $_->{seq} } @evs);
	# Replay never goes back on a timeline, so neither may what is published.
	my @back = grep {
		is_lsn($evs[$_]{replay_lsn}) && is_lsn($evs[ $_ - 1 ]{replay_lsn})
		  && lsn_int($evs[$_]{replay_lsn}) < lsn_int($evs[ $_ - 1 ]{replay_lsn})
	} 1 .. $#evs;
	is(scalar(@back), 0, "$name: replay_lsn in the events never goes back")
	  or diag 'replay_lsn: ' . join(' ', map { "$_->{seq}:$_->{replay_lsn}" } @evs);
}
$events->stop;

done_testing();
