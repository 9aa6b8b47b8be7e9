# Shared vocabulary of the lsnroute TAP tests: nodes configured to publish to
# a RedisServer, the registry key names of docs/design.md, LSN text handling and
# polling with a deadline (tests wait for observable state, never sleep).
package LsnrouteTest;

use strict;
use warnings;

use Exporter 'import';
use JSON::PP;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use Time::HiRes qw(usleep time);

our @EXPORT = qw(
  new_primary new_standby set_node_identity
  node_key nodes_key events_channel
  entry wait_for_entry poll_until
  lsn_int is_lsn now_ms status_of parse_event worker_pids);

# Fast settings so the suite stays short: the worker polls every 10 ms,
# heartbeats every 200 ms and its entry lives 2 s without a publish.
my %default_settings = (
	publish_interval   => '10ms',
	heartbeat_interval => '200ms',
	node_ttl           => '2s',
	redis_timeout      => '200ms',);

# The postgresql.conf lines that make a node publish to $redis.
# Options: cluster (required), password, user, and any lsnroute GUC by its
# short name (publish_interval => '10ms', ...).
sub lsnroute_conf
{
	my ($redis, %o) = @_;
	my %s = (%default_settings, %o);
	my $conf = "shared_preload_libraries = 'lsnroute'\n";
	$conf .= "lsnroute.redis_host = '127.0.0.1'\n";
	$conf .= "lsnroute.redis_port = " . $redis->port . "\n";
	$conf .= "lsnroute.redis_password = '$s{password}'\n"
	  if defined $s{password};
	$conf .= "lsnroute.redis_user = '$s{user}'\n" if defined $s{user};
	delete @s{qw(password user)};
	foreach my $k (sort keys %s)
	{
		$conf .= "lsnroute.$k = '$s{$k}'\n";
	}
	# Node identity lives in its own file so that a standby cloned from the
	# primary's backup replaces it instead of inheriting the primary's name.
	$conf .= "include_if_exists 'lsnroute_node.conf'\n";
	return $conf;
}

# Writes the node's lsnroute.node_name / node_dsn (defaults when undef).
sub set_node_identity
{
	my ($node, $node_name, $node_dsn) = @_;
	my $file = $node->data_dir . '/lsnroute_node.conf';
	open my $fh, '>', $file or die "$file: $!";
	print $fh "lsnroute.node_name = '$node_name'\n" if defined $node_name;
	print $fh "lsnroute.node_dsn = '$node_dsn'\n"   if defined $node_dsn;
	close $fh;
	return;
}

sub _dsn_of
{
	my ($node) = @_;
	return 'host=' . $node->host . ' port=' . $node->port;
}

# A started primary that publishes as node $name to $redis.
# Options: cluster, conf (extra postgresql.conf text), and lsnroute GUCs.
sub new_primary
{
	my ($name, $redis, %o) = @_;
	my $extra = delete $o{conf} // '';
	my $node = PostgreSQL::Test::Cluster->new($name);
	$node->init(allows_streaming => 1);
	$node->append_conf('postgresql.conf', lsnroute_conf($redis, %o) . $extra);
	set_node_identity($node, $name, _dsn_of($node));
	$node->start;
	return $node;
}

# A started streaming standby of $primary made from backup $backup.
# Options: default_identity => 1 leaves node_name and node_dsn at their
# defaults; conf => extra postgresql.conf text (e.g. an apply delay).
sub new_standby
{
	my ($primary, $backup, $name, %o) = @_;
	my $node = PostgreSQL::Test::Cluster->new($name);
	$node->init_from_backup($primary, $backup, has_streaming => 1);
	if ($o{default_identity})
	{
		set_node_identity($node, undef, undef);
	}
	else
	{
		set_node_identity($node, $name, _dsn_of($node));
	}
	$node->append_conf('postgresql.conf', $o{conf}) if defined $o{conf};
	$node->start;
	return $node;
}

sub node_key       { my ($c, $n) = @_; return "lsnroute:{$c}:node:$n"; }
sub nodes_key      { my ($c) = @_; return "lsnroute:{$c}:nodes"; }
sub events_channel { my ($c) = @_; return "lsnroute:{$c}:events"; }

# The registry hash of node $n in cluster $c, or undef when absent.
sub entry
{
	my ($redis, $c, $n) = @_;
	return $redis->hgetall(node_key($c, $n));
}

# Calls $probe every 20 ms until it returns a true value, which is returned;
# undef after $timeout seconds (default 60: generous for a loaded machine).
sub poll_until
{
	my ($probe, $timeout) = @_;
	my $deadline = time + ($timeout // 60);
	while (1)
	{
		my $v = $probe->();
		return $v if $v;
		return undef if time > $deadline;
		usleep(20_000);
	}
}

# Polls until node $n's entry exists and satisfies $pred (a sub taking the
# entry); returns the entry, or undef (after printing the last one seen).
sub wait_for_entry
{
	my ($redis, $c, $n, $pred, $timeout) = @_;
	$pred //= sub { 1 };
	my $last;
	my $e = poll_until(
		sub {
			$last = entry($redis, $c, $n);
			return $last && $pred->($last) ? $last : undef;
		},
		$timeout);
	diag "entry of $n never matched; last seen: "
	  . (defined $last ? encode_json($last) : 'none')
	  unless $e;
	return $e;
}

# LSN text "X/Y" as a 64-bit integer, for comparisons.
sub lsn_int
{
	my ($text) = @_;
	die "not an LSN: '" . ($text // 'undef') . "'" unless is_lsn($text);
	my ($hi, $lo) = split m{/}, $text;
	return hex($hi) * 4294967296 + hex($lo);
}

# PostgreSQL prints pg_lsn as %X/%X: upper-case hex, no leading zeros.
sub is_lsn
{
	my ($text) = @_;
	return defined $text && $text =~ m{^(0|[1-9A-F][0-9A-F]{0,7})/(0|[1-9A-F][0-9A-F]{0,7})$};
}

sub now_ms { return int(time * 1000); }

# lsnroute.status() of $node as a hash reference (JSON types: booleans are
# JSON::PP::Boolean, numbers numbers, NULL undef).
sub status_of
{
	my ($node) = @_;
	my $json = $node->safe_psql('postgres',
		'SELECT row_to_json(s) FROM lsnroute.status() s');
	return decode_json($json);
}

# Pids of $node's lsnroute worker processes (children of its postmaster
# whose process title names lsnroute). The worker has no database
# connection, so pg_stat_activity does not list it; /proc does (Linux).
sub worker_pids
{
	my ($node) = @_;
	my $postmaster = $node->{_pid} or return ();
	my @pids;
	foreach my $stat (glob '/proc/[0-9]*/stat')
	{
		open my $fh, '<', $stat or next;
		my $line = <$fh> // '';
		close $fh;
		# pid (comm) state ppid ...; comm may contain spaces and parentheses.
		my ($pid, $ppid) = $line =~ /^(\d+) \(.*\) \S+ (\d+) / or next;
		next unless $ppid == $postmaster;
		(my $cmdline = PostgreSQL::Test::Utils::slurp_file("/proc/$pid/cmdline")) =~ tr/\0/ /;
		push @pids, $pid if $cmdline =~ /lsnroute/;
	}
	return sort { $a <=> $b } @pids;
}

# An event message "k=v k=v ..." as a hash reference.
sub parse_event
{
	my ($msg) = @_;
	my %h;
	foreach my $pair (split / /, $msg)
	{
		my ($k, $v) = split /=/, $pair, 2;
		$h{$k} = $v if defined $v && $k ne '';
	}
	return \%h;
}

1;
