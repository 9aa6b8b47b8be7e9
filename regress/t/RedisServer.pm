# A real redis-server for the lsnroute TAP tests: one per object, on a free
# loopback port reserved through PostgreSQL::Test::Cluster's port locks (so
# parallel test files never collide), in a directory under tmp_check.
#
# It can be stopped, frozen (SIGSTOP) and thawed (SIGCONT), and restarted on
# the same port; it can also be a replica, a Sentinel or a Redis Cluster
# node. Every server still running when the test script exits is killed by
# its pid, also when the script dies half-way.
#
# Queries go through redis-cli (--raw); the password travels in the
# REDISCLI_AUTH environment variable, never on a command line.
package RedisServer;

use strict;
use warnings;

use Carp;
use IPC::Run;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More ();
use Time::HiRes qw(usleep time);

my @all_servers;

# The test file's name without directory and ".pl": the Redis directory is
# named after it, so the runner can print the right log on failure.
sub _test_name
{
	my $name = $0;
	$name =~ s{.*/}{};
	$name =~ s{\.[^.]+$}{};
	return $name;
}

# new(password => 'pw', conf => [ 'line', ... ], replica_of => $server,
#     sentinel_of => $server)
#   password:    requirepass of the default user (also used by this helper)
#   conf:        extra redis.conf lines, e.g. ACL "user" lines
#   replica_of:  start as a replica of that server
#   sentinel_of: be a Sentinel (quorum 1, fast failover) monitoring that
#                server as master "mymaster"
#   cluster:     a Redis Cluster node (see create_cluster), with its own
#                reserved bus port (bus_port)
sub new
{
	my ($class, %params) = @_;
	my $self = {
		port     => PostgreSQL::Test::Cluster::get_free_port(),
		dir      => PostgreSQL::Test::Utils::tempdir(_test_name() . '_redis'),
		password => $params{password},
		conf     => $params{conf} // [],
		pid      => undef,
		sentinel => defined $params{sentinel_of},
	};
	push @{ $self->{conf} }, 'replicaof 127.0.0.1 ' . $params{replica_of}->port
	  if $params{replica_of};
	# A Cluster node also listens on its bus port, port + 10000 unless set:
	# reserve one through the same port locks and name it (Redis 7.0
	# cluster-port), so a busy port + 10000 (or one above 65535) cannot
	# make the node fail to start.
	if ($params{cluster})
	{
		$self->{bus_port} = PostgreSQL::Test::Cluster::get_free_port();
		push @{ $self->{conf} }, 'cluster-enabled yes',
		  'cluster-config-file nodes.conf', 'cluster-node-timeout 2000',
		  "cluster-port $self->{bus_port}";
	}
	if ($params{sentinel_of})
	{
		my $master = $params{sentinel_of}->port;
		push @{ $self->{conf} },
		  "sentinel monitor mymaster 127.0.0.1 $master 1",
		  'sentinel down-after-milliseconds mymaster 1000',
		  'sentinel failover-timeout mymaster 5000';
	}
	bless $self, $class;
	$self->_write_conf;
	push @all_servers, $self;
	return $self;
}

sub port    { return $_[0]->{port}; }
sub bus_port { return $_[0]->{bus_port}; }
sub pid     { return $_[0]->{pid}; }
sub logfile { return "$_[0]->{dir}/redis.log"; }

sub _write_conf
{
	my ($self) = @_;
	my $dir = $self->{dir};
	# No persistence: a restart starts empty, like a Redis that lost its data.
	my @lines = (
		"port $self->{port}", 'bind 127.0.0.1',
		'protected-mode no',  'daemonize yes',
		"pidfile $dir/redis.pid", "logfile $dir/redis.log",
		"dir $dir",           'save ""',
		'appendonly no',      'loglevel notice');
	# A Sentinel rewrites its own configuration and keeps no data.
	@lines = grep { !/^(save|appendonly) / } @lines if $self->{sentinel};
	push @lines, "requirepass $self->{password}" if defined $self->{password};
	push @lines, @{ $self->{conf} };
	open my $fh, '>', "$dir/redis.conf" or die "redis.conf: $!";
	print $fh "$_\n" for @lines;
	close $fh;
	chmod 0600, "$dir/redis.conf";
	return;
}

# Starts the server (on the same port every time) and waits until it answers.
sub start
{
	my ($self) = @_;
	croak "redis on port $self->{port} already running" if $self->{pid};
	unlink "$self->{dir}/redis.pid";
	system('redis-server', "$self->{dir}/redis.conf",
		$self->{sentinel} ? ('--sentinel') : ()) == 0
	  or die "redis-server failed to start, see " . $self->logfile;
	my $deadline = time + 30;
	until (-s "$self->{dir}/redis.pid")
	{
		die "redis-server wrote no pid file" if time > $deadline;
		usleep(10_000);
	}
	$self->{pid} = 0 + slurp_file("$self->{dir}/redis.pid");
	until (($self->cli('PING') // '') eq 'PONG')
	{
		die "redis-server on port $self->{port} does not answer PING"
		  if time > $deadline;
		usleep(10_000);
	}
	Test::More::note "redis-server pid $self->{pid} listening on 127.0.0.1:$self->{port}";
	return $self;
}

# Stops the server (SIGTERM; thaws it first if frozen) and waits for the
# process to be gone, so that the port is free for a restart.
sub stop
{
	my ($self) = @_;
	my $pid = $self->{pid} or return;
	kill 'CONT', $pid;
	kill 'TERM', $pid;
	my $deadline = time + 30;
	while (kill 0, $pid)
	{
		if (time > $deadline)
		{
			kill 'KILL', $pid;
			$deadline = time + 30;
		}
		usleep(10_000);
	}
	$self->{pid} = undef;
	Test::More::note "redis-server on port $self->{port} stopped";
	return;
}

# SIGSTOP: the TCP port stays open, connections are accepted by the kernel,
# but nothing is ever answered.
sub freeze { my ($self) = @_; kill 'STOP', $self->{pid}; return; }
sub thaw   { my ($self) = @_; kill 'CONT', $self->{pid}; return; }

# Runs redis-cli with the given arguments and returns its stdout without the
# final newline (undef if redis-cli failed, e.g. could not connect, or hung
# for 10 s). An error reply comes back as its text ("MOVED ...", "NOAUTH ...").
# Options: user => 'name', password => 'pw' (defaults: this server's
# requirepass for the default user), follow => 1 (Cluster redirects),
# db => n (SELECT n first).
sub cli
{
	my ($self, @args) = @_;
	my %o = ref($args[0]) eq 'HASH' ? %{ shift @args } : ();
	my $password = exists $o{password} ? $o{password} : $self->{password};
	my @cmd = ('redis-cli', '-h', '127.0.0.1', '-p', $self->{port}, '--raw');
	push @cmd, '-c' if $o{follow};    # follow Cluster MOVED/ASK redirects
	push @cmd, '-n', $o{db} if defined $o{db};
	push @cmd, '--user', $o{user} if defined $o{user};
	push @cmd, @args;
	local $ENV{REDISCLI_AUTH};
	if (defined $password) { $ENV{REDISCLI_AUTH} = $password; }
	else                    { delete $ENV{REDISCLI_AUTH}; }
	my ($out, $err) = ('', '');
	my $ok = eval {
		IPC::Run::run(\@cmd, '<', \undef, '>', \$out, '2>', \$err,
			IPC::Run::timeout(10));
	};
	return undef unless $ok;
	chomp $out;
	return $out;
}

# Makes Redis Cluster nodes (started with cluster => 1) one cluster, slots
# spread evenly, and waits until every node says cluster_state:ok.
sub create_cluster
{
	my (@nodes) = @_;
	my ($out, $err) = ('', '');
	IPC::Run::run(
		[
			'redis-cli', '--cluster', 'create',
			(map { '127.0.0.1:' . $_->port } @nodes),
			'--cluster-yes'
		],
		'<', \undef, '>', \$out, '2>', \$err, IPC::Run::timeout(60))
	  or die "redis-cli --cluster create failed: $out $err";
	my $deadline = time + 60;
	foreach my $n (@nodes)
	{
		until (($n->cli('CLUSTER', 'INFO') // '') =~ /cluster_state:ok/)
		{
			die 'Redis Cluster not ok on port ' . $n->port if time > $deadline;
			usleep(50_000);
		}
	}
	return;
}

# This Cluster node's id.
sub cluster_id { my ($self) = @_; return $self->cli('CLUSTER', 'MYID'); }

# HGETALL as a hash reference; undef when the key does not exist.
# Options as for cli, first: hgetall({ follow => 1 }, $key).
sub hgetall
{
	my ($self, @args) = @_;
	my $out = $self->cli(@args[0 .. $#args - 1], 'HGETALL', $args[-1]);
	return undef unless defined $out && $out ne '';
	my @kv = split /\n/, $out, -1;
	return undef if @kv % 2;
	return {@kv};
}

# SMEMBERS as a list.
sub smembers
{
	my ($self, $key) = @_;
	my $out = $self->cli('SMEMBERS', $key);
	return () unless defined $out && $out ne '';
	return split /\n/, $out;
}

# Subscribes to a channel in a background redis-cli; returns a
# RedisServer::Subscription whose messages() collects what arrived so far.
sub subscribe
{
	my ($self, $channel) = @_;
	return RedisServer::Subscription->new($self, $channel);
}

END
{
	my $exit_code = $?;
	foreach my $server (@all_servers)
	{
		my $pid = $server->{pid} or next;
		kill 'CONT', $pid;
		kill 'KILL', $pid;
	}
	$? = $exit_code;
}

package RedisServer::Subscription;

use strict;
use warnings;

use IPC::Run;
use Test::More ();
use Time::HiRes qw(usleep time);

sub new
{
	my ($class, $server, $channel) = @_;
	my $self = { out => '', err => '', messages => [] };
	my @cmd = (
		'redis-cli', '-h', '127.0.0.1', '-p', $server->port, '--raw',
		'SUBSCRIBE', $channel);
	local $ENV{REDISCLI_AUTH} = $server->{password}
	  if defined $server->{password};
	$self->{harness} =
	  IPC::Run::start(\@cmd, '<', \undef, '>', \$self->{out}, '2>',
		\$self->{err});
	bless $self, $class;
	# Wait for the subscription confirmation, so no later publish is missed.
	my $deadline = time + 30;
	until ($self->{out} =~ /^subscribe\n\Q$channel\E\n1\n/)
	{
		die "SUBSCRIBE $channel not confirmed: $self->{err}"
		  if time > $deadline;
		$self->{harness}->pump_nb;
		usleep(10_000);
	}
	$self->{out} =~ s/^subscribe\n\Q$channel\E\n1\n//;
	return $self;
}

# All payloads received so far (oldest first).
sub messages
{
	my ($self) = @_;
	$self->{harness}->pump_nb;
	while ($self->{out} =~ s/^message\n[^\n]*\n([^\n]*)\n//)
	{
		push @{ $self->{messages} }, $1;
	}
	return @{ $self->{messages} };
}

sub stop
{
	my ($self) = @_;
	$self->{harness}->kill_kill if $self->{harness};
	$self->{harness} = undef;
	return;
}

sub DESTROY { my ($self) = @_; $self->stop; return; }

1;
