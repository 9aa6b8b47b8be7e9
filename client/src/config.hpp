// The router's configuration: one libpq-conninfo-style string
// (`key=value`, single quotes around values with spaces) parsed into Config.
// Every key of docs/design.md "Client library" plus two additions: `node_ttl_ms`
// (the age after which a registry entry that was not republished is ignored)
// and `replica_wait_ms` (Routing rule step 2 since 1.1: how long a read with no
// eligible replica may wait for the one expected to pass its token first
// before it goes to the primary; 0 = never).
#pragma once

#include <chrono>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "allowed_hosts.hpp"
#include "redis/redis_client.hpp"

namespace lsnroute {

// A malformed configuration; what() names the key and the offending value
// (never the value of a password).
class ConfigError : public std::invalid_argument {
  public:
    using std::invalid_argument::invalid_argument;
};

enum class Policy { LeastLag, Random, RoundRobin };

struct Config {
    redis::Options redis;  // redis, redis_mode, redis_master_name, redis_user,
                           // redis_password, redis_db, timeout_ms
    std::string cluster = "default";
    std::string pg;       // merged into every node's dsn
    std::string primary;  // used while the registry names no primary
    long max_lag_ms = 5000;
    long token_ttl_ms = 3600000;
    long blacklist_ms = 30000;
    long refresh_ms = 1000;
    long timeout_ms = 200;
    long node_ttl_ms = 5000;
    // Chosen from the replica_wait_ms table of the README's benchmark section.
    long replica_wait_ms = 10;  // 0: no wait (none eligible: the primary at once)
    Policy policy = Policy::LeastLag;
    int pool_size = 8;
    // (1.1) where connections may go; empty: anywhere. The `primary` option
    // is checked against it at parse time, registry entries when read.
    AllowedHosts allowed_hosts;
    int redis_wait_replicas = 0;  // (1.1) token saves WAIT for this many Redis replicas

    // Parses `text`; keys not given keep their defaults. Throws ConfigError.
    static Config parse(std::string_view text);
};

// Splits a conninfo string into (key, value) pairs with libpq's quoting rules
// (single quotes; backslash escapes a quote or a backslash). Throws ConfigError.
std::vector<std::pair<std::string, std::string>> split_conninfo(std::string_view text);

// Merges conninfo `extra` into `base`: keys of `extra` that `base` lacks are
// appended (the node's own host/port always win). Values are re-quoted.
std::string merge_conninfo(std::string_view base, std::string_view extra);

// Appends key='value' (quoted and escaped as libpq reads it) to a conninfo.
void append_conninfo_pair(std::string &out, std::string_view key, std::string_view value);

// `conninfo` without its secrets (password, sslpassword): what a caller of
// advisory mode is handed (lsnr_choice.dsn). Throws ConfigError.
std::string conninfo_without_secrets(std::string_view conninfo);

}  // namespace lsnroute
