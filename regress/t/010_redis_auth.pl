# Redis AUTH: a wrong password (default user, then an ACL user) leaves a
# clear last_error in lsnroute.status() and publishes nothing; the right one
# publishes. No password ever shows up in the server log, the registry, the
# events, last_error, or pg_settings as a non-superuser sees it.
#
# Passwords only ever reach PostgreSQL through postgresql.conf and a reload:
# log_statement = all would echo any SQL that carried them.
use strict;
use warnings;

use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c         = 'c010';
my $right     = 'Right-Pass-4417';
my $wrong     = 'Wrong-Pass-1290';
my $acl_right = 'Acl-Pass-8823';
my $acl_wrong = 'Acl-Wrong-3391';
my @secrets   = ($right, $wrong, $acl_right, $acl_wrong);

my $redis = RedisServer->new(
	password => $right,
	conf     => ["user lsnpub on >$acl_right ~lsnroute:* &* +\@all"])->start;
my $events = $redis->subscribe(events_channel($c));

my $node = new_primary('primary', $redis, cluster => $c, password => $wrong);
$node->safe_psql('postgres', 'CREATE EXTENSION lsnroute; CREATE ROLE app LOGIN');

# Polls status() until the worker reports an authentication failure.
sub wait_auth_error
{
	my ($what) = @_;
	my $st = poll_until(
		sub {
			my $s = status_of($node);
			!$s->{redis_connected}
			  && ($s->{last_error} // '') =~ /auth|pass|denied/i ? $s : undef;
		});
	ok($st, "$what: status() shows an authentication error and redis_connected=false");
	note "$what last_error: " . ($st ? $st->{last_error} : 'none');
	if ($st)
	{
		my @leaked = grep { index($st->{last_error}, $_) >= 0 } @secrets;
		is("@leaked", '', "$what: last_error does not contain the password");
	}
	return;
}

sub registry_text
{
	my $out = $redis->cli('KEYS', 'lsnroute:*') // '';
	foreach my $key (split /\n/, $out)
	{
		my $type = $redis->cli('TYPE', $key);
		$out .= "\n" . ($redis->cli('HGETALL', $key) // '') if $type eq 'hash';
		$out .= "\n" . ($redis->cli('SMEMBERS', $key) // '') if $type eq 'set';
	}
	return $out . "\n" . join("\n", $events->messages);
}

wait_auth_error('wrong password');
is($redis->cli('EXISTS', node_key($c, 'primary')), '0',
	'wrong password: nothing is published');

$node->append_conf('postgresql.conf', "lsnroute.redis_password = '$right'");
$node->reload;
ok(wait_for_entry($redis, $c, 'primary'), 'right password: the entry is published');
ok(poll_until(sub { status_of($node)->{redis_connected} }),
	'right password: status() says redis_connected');

$node->append_conf('postgresql.conf',
	"lsnroute.redis_user = 'lsnpub'\nlsnroute.redis_password = '$acl_wrong'");
$node->reload;
wait_auth_error('ACL user, wrong password');

$node->append_conf('postgresql.conf', "lsnroute.redis_password = '$acl_right'");
$node->reload;
my $seq_before = (LsnrouteTest::entry($redis, $c, 'primary') // {})->{seq} // -1;
ok(poll_until(sub { status_of($node)->{redis_connected} }),
	'ACL user, right password: status() says redis_connected');
ok(wait_for_entry($redis, $c, 'primary', sub { $_[0]{seq} > $seq_before }),
	'ACL user, right password: the entry is published again');
like($redis->cli('CLIENT', 'LIST') // '', qr/\buser=lsnpub\b/,
	'Redis sees the worker logged in as the ACL user');

# A node_dsn with a password would hand it to every client: refused.
my $dsn_before = LsnrouteTest::entry($redis, $c, 'primary')->{dsn};
$node->append_conf('postgresql.conf',
	"lsnroute.node_dsn = 'host=127.0.0.1 port=1 password=Dsn-Pass-5521'");
$node->reload;
ok(poll_until(sub {
			slurp_file($node->logfile) =~ /invalid value for parameter "lsnroute.node_dsn"/ }),
	'a node_dsn with a password is refused by the reload');
my $seq_dsn = LsnrouteTest::entry($redis, $c, 'primary')->{seq};
my $e_dsn = wait_for_entry($redis, $c, 'primary', sub { $_[0]{seq} > $seq_dsn + 3 });
is(($e_dsn // {})->{dsn}, $dsn_before, 'the published dsn stays the previous one');
unlike(slurp_file($node->logfile), qr/Dsn-Pass-5521/,
	"the refused node_dsn's password is not echoed into the server log");

# What a non-superuser can see of the setting.
my $settings = $node->safe_psql('postgres',
	"SELECT coalesce(string_agg(row_to_json(s)::text, ' '), '') FROM pg_settings s",
	extra_params => [ '-U', 'app' ]);
my @leaked = grep { index($settings, $_) >= 0 } @secrets;
is("@leaked", '', 'pg_settings as a non-superuser does not show the password');
my ($rc, $shown, $err) = $node->psql('postgres',
	"SELECT current_setting('lsnroute.redis_password', true)",
	extra_params => [ '-U', 'app' ]);
@leaked = grep { index("$shown $err", $_) >= 0 } @secrets;
is("@leaked", '', 'current_setting() as a non-superuser does not return the password');
($rc, $shown, $err) = $node->psql('postgres', 'SHOW lsnroute.redis_password',
	extra_params => [ '-U', 'app' ]);
@leaked = grep { index("$shown $err", $_) >= 0 } @secrets;
is("@leaked", '', 'SHOW as a non-superuser does not return the password');

my $registry = registry_text();
@leaked = grep { index($registry, $_) >= 0 } @secrets, 'Dsn-Pass-5521';
is("@leaked", '', 'no password in the registry (keys, hashes, nodes set, events)');

my $log = slurp_file($node->logfile);
@leaked = grep { index($log, $_) >= 0 } @secrets;
is("@leaked", '', 'no Redis password in the server log');

done_testing();
