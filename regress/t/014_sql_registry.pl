# The SQL view of the registry against a real Redis: lsnroute.registry()
# lists what Redis holds (also on a hot standby, also for a non-superuser),
# drops a node whose entry expired, and lsnroute.blacklist()/unblacklist()
# write the blacklist ZSET (also from a hot standby) but are refused to
# users not granted them.
use strict;
use warnings;

use JSON::PP;
use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c     = 'c014';
my $redis = RedisServer->new->start;
my $bl    = "lsnroute:{$c}:blacklist";

my $primary = new_primary('primary', $redis, cluster => $c);
$primary->safe_psql('postgres', 'CREATE EXTENSION lsnroute; CREATE ROLE app LOGIN');
$primary->backup('base');
my $standby = new_standby($primary, 'base', 's1');
$primary->wait_for_catchup($standby);
ok(wait_for_entry($redis, $c, $_), "$_: entry present") foreach ('primary', 's1');

# registry() as rows keyed by node name.
sub registry_of
{
	my ($node, @psql_opts) = @_;
	my $json = $node->safe_psql('postgres',
		"SELECT coalesce(json_object_agg(node_name, r), '{}') FROM lsnroute.registry() r",
		@psql_opts);
	return decode_json($json);
}

# registry() rows are what Redis holds: its s1 replay_lsn lies between the
# values Redis showed just before and just after the call (WAL still trickles
# in after a standby starts, so the value may move meanwhile).
foreach ([ $primary, 'primary' ], [ $standby, 'standby' ])
{
	my ($node, $where) = @$_;
	my $h_before = LsnrouteTest::entry($redis, $c, 's1');
	my $reg      = registry_of($node);
	my $h_after  = LsnrouteTest::entry($redis, $c, 's1');
	is_deeply([ sort keys %$reg ], [ 'primary', 's1' ], "registry() on the $where lists both nodes");
	my $s1 = $reg->{s1} // {};
	is($s1->{role}, 'standby',       "registry() on the $where: s1 role");
	is($s1->{dsn},  $h_after->{dsn}, "registry() on the $where: s1 dsn as in Redis");
	ok( is_lsn($s1->{replay_lsn})
		  && lsn_int($s1->{replay_lsn}) >= lsn_int($h_before->{replay_lsn})
		  && lsn_int($s1->{replay_lsn}) <= lsn_int($h_after->{replay_lsn}),
		"registry() on the $where: s1 replay_lsn as in Redis ($h_before->{replay_lsn} <= "
		  . ($s1->{replay_lsn} // 'none') . " <= $h_after->{replay_lsn})");
	is(($reg->{primary} // {})->{role}, 'primary', "registry() on the $where: primary role");
	is($s1->{blacklisted_until}, undef, "registry() on the $where: s1 not blacklisted");
}
is_deeply([ sort keys %{ registry_of($primary, extra_params => [ '-U', 'app' ]) } ],
	[ 'primary', 's1' ], 'registry() works for a non-superuser');

# blacklist from the primary.
my $before = now_ms();
$primary->safe_psql('postgres', "SELECT lsnroute.blacklist('s1', '30s')");
my $score = $redis->cli('ZSCORE', $bl, 's1');
ok(defined $score && $score =~ /^\d+$/ && $score >= $before + 29000 && $score <= now_ms() + 31000,
	'blacklist(s1, 30s) writes s1 into the blacklist ZSET with score now + 30 s ('
	  . ($score // 'none') . ')');
my $until = registry_of($primary)->{s1}{blacklisted_until};
ok(defined $until, 'registry() shows s1 blacklisted_until');
is($primary->safe_psql('postgres',
		"SELECT abs(extract(epoch FROM '$until'::timestamptz - now())) BETWEEN 25 AND 35"),
	't', 'blacklisted_until is about 30 s from now');

# default duration, from the hot standby.
$before = now_ms();
$standby->safe_psql('postgres', "SELECT lsnroute.blacklist('primary')");
$score = $redis->cli('ZSCORE', $bl, 'primary');
ok(defined $score && $score =~ /^\d+$/ && $score >= $before + 29000 && $score <= now_ms() + 31000,
	'blacklist() works on a hot standby, default duration 30 s');

$primary->safe_psql('postgres', "SELECT lsnroute.unblacklist('s1')");
is($redis->cli('ZSCORE', $bl, 's1'), '', 'unblacklist(s1) removes it from the ZSET');
is(registry_of($primary)->{s1}{blacklisted_until}, undef,
	'registry() shows s1 no longer blacklisted');
$standby->safe_psql('postgres', "SELECT lsnroute.unblacklist('primary')");
is($redis->cli('ZSCORE', $bl, 'primary'), '', 'unblacklist() works on a hot standby');

# Not granted to PUBLIC.
foreach my $call ("lsnroute.blacklist('s1', '10s')", "lsnroute.unblacklist('s1')")
{
	my ($rc, $out, $err) = $primary->psql('postgres', "\\set VERBOSITY verbose\nSELECT $call",
		extra_params => [ '-U', 'app' ]);
	like($err, qr/ERROR:\s+42501:.*permission denied/, "a non-superuser may not call $call");
}
is($redis->cli('ZCARD', $bl), '0', 'and nothing was written');

my ($rc, $out, $err) = $primary->psql('postgres',
	"\\set VERBOSITY verbose\nSELECT lsnroute.blacklist('no such/node!', '10s')");
like($err, qr/ERROR:\s+22023:.*node/, 'an invalid node name is an ERROR 22023 naming it');

# A node whose entry expired is not listed.
$standby->stop('fast');
ok(poll_until(sub { !exists registry_of($primary)->{s1} }),
	'registry() drops s1 once its entry expired');

done_testing();
