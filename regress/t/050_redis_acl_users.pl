# The two Redis ACL users of docs/redis-acl.conf, exactly as written there,
# against a real Redis 7: the workers of a primary and a standby publish as
# lsnroute_worker, the lsnroute CLI (the real client library) reads the
# registry, saves a token, routes and blacklists as lsnroute_router, and Redis
# records no refused command for either (ACL LOG). Then each user is shown
# what it must not do: the router cannot forge a node entry or touch another
# cluster, the worker cannot write tokens, neither can empty the keyspace.
use strict;
use warnings;

use File::Basename qw(dirname);
use IPC::Run;
use LsnrouteTest;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use RedisServer;
use Test::More;

my $c        = 'shop';
my $admin_pw = 'Admin-Pass-5521';
my $acl_file = "$ENV{TESTDIR}/t/redis-acl.conf";
ok(-f $acl_file, 'docs/redis-acl.conf is next to the tests')
  or BAIL_OUT("$acl_file missing: scripts/test-tap.sh copies docs/redis-acl.conf there");
my @acl = grep { /^user / } split /\n/, slurp_file($acl_file);
is(scalar(@acl), 2, 'the ACL file defines two users');

my $redis = RedisServer->new(password => $admin_pw, conf => \@acl)->start;

my $primary = new_primary('primary', $redis,
	cluster  => $c,
	user     => 'lsnroute_worker',
	password => 'worker-password');
$primary->safe_psql('postgres', 'CREATE EXTENSION lsnroute');
$primary->backup('b');
my $standby = new_standby($primary, 'b', 'standby');
ok(wait_for_entry($redis, $c, $_), "the worker of $_ publishes as lsnroute_worker")
  foreach qw(primary standby);
# The SQL functions run in backends with the worker's credentials too.
$primary->safe_psql('postgres',
	"SELECT lsnroute.blacklist('standby', '2s'); SELECT lsnroute.unblacklist('standby')");
my $reg = $primary->safe_psql('postgres', 'SELECT count(*) FROM lsnroute.registry()');
is($reg, '2', 'lsnroute.registry() reads both entries as lsnroute_worker');

# The router side: the real client library, through the CLI.
my $cli = $ENV{LSNROUTE_CLI} // 'lsnroute';
my $config = join ' ',
  'redis=127.0.0.1:' . $redis->port,
  "cluster=$c", 'redis_user=lsnroute_router', 'redis_password=router-password',
  "pg='dbname=postgres'", 'timeout_ms=2000';

sub router
{
	my (@args) = @_;
	my ($out, $err) = ('', '');
	local $ENV{LSNROUTE_CONFIG} = $config;
	my $ok = IPC::Run::run([ $cli, @args ], '<', \undef, '>', \$out, '2>', \$err,
		IPC::Run::timeout($PostgreSQL::Test::Utils::timeout_default));
	note "lsnroute @args: exit $?\n$out$err";
	return ($ok, $out . $err);
}

my ($ok, $out) = router('status');
ok($ok && $out =~ /primary/ && $out =~ /standby/, 'router: status lists both nodes');
($ok) = router('token', 'set', 'user:7', '0/3000000');
ok($ok, 'router: token set (the monotonic-token script) succeeds');
($ok, $out) = router('token', 'get', 'user:7');
ok($ok && $out =~ m{0/3000000}, 'router: token get reads it back');
($ok, $out) = router('route', 'user:1');
ok($ok && $out =~ /standby|primary/, 'router: route answers');
($ok) = router('blacklist', 'add', 'standby', '--for', '5s');
ok($ok, 'router: blacklist add');
($ok, $out) = router('blacklist', 'list');
ok($ok && $out =~ /standby/, 'router: blacklist list shows it');
($ok) = router('blacklist', 'rm', 'standby');
ok($ok, 'router: blacklist rm');

# Nothing either user did was refused, not even silently.
my $acl_log = $redis->cli('ACL', 'LOG') // 'ACL LOG failed';
is($acl_log, '', 'Redis refused no command of the worker or the router (ACL LOG is empty)');

# Runs one command as $user and returns its reply or error text.
sub as_user
{
	my ($user, $pw, @cmd) = @_;
	my ($o, $e) = ('', '');
	local $ENV{REDISCLI_AUTH} = $pw;
	IPC::Run::run([ 'redis-cli', '-h', '127.0.0.1', '-p', $redis->port, '--user', $user, @cmd ],
		'<', \undef, '>', \$o, '2>', \$e, IPC::Run::timeout(10));
	return $o . $e;
}
my @refused = (
	[ 'lsnroute_router', 'router-password', 'HSET', "lsnroute:{$c}:node:forged", 'role', 'standby' ],
	[ 'lsnroute_router', 'router-password', 'DEL', "lsnroute:{$c}:node:primary" ],
	[ 'lsnroute_router', 'router-password', 'SET', 'lsnroute:tok:other:user:1', '0/1' ],
	[ 'lsnroute_router', 'router-password', 'FLUSHALL' ],
	[ 'lsnroute_router', 'router-password', 'CONFIG', 'SET', 'maxmemory-policy', 'allkeys-lru' ],
	[ 'lsnroute_worker', 'worker-password', 'SET', "lsnroute:tok:$c:user:1", '0/1' ],
	[ 'lsnroute_worker', 'worker-password', 'FLUSHALL' ],
	[ 'lsnroute_worker', 'worker-password', 'PUBLISH', 'lsnroute:{other}:events', 'x' ],);
foreach my $r (@refused)
{
	my ($user, $pw, @cmd) = @$r;
	like(as_user($user, $pw, @cmd), qr/NOPERM/, "$user may not @cmd");
}
is($redis->cli('HGET', node_key($c, 'primary'), 'role'), 'primary',
	'the primary entry is intact after the refused commands');

done_testing();
