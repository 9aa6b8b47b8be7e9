// A ready-to-use Redis connection built from the lsnroute.redis_* settings:
// the master found (directly, through Sentinel, or where a Cluster MOVED
// pointed), authenticated, the database selected.
#pragma once

#include "redis_connection.hpp"
#include "settings.hpp"

#include <optional>
#include <string_view>

namespace lsnroute::ext {

// Throws RedisError; messages never contain the password.
// `redirect`: an address a Cluster MOVED reply named; tried first.
RedisConnection open_session(const RedisSettings &s, RedisConnection::AbortCheck abort_check,
                             const std::optional<Endpoint> &redirect = std::nullopt);

// Parses "host:port,host:port" (spaces allowed around items, empty items
// skipped). Throws RedisError.
std::vector<Endpoint> parse_endpoints(const std::string &list);

// The node a "MOVED <slot> <host>:<port>" error names; nullopt for any other
// text, and for a MOVED without a host (the worker has no "node that
// answered" to fill in).
std::optional<Endpoint> parse_moved(std::string_view error_text) noexcept;

// Asks Sentinels, in the order given, which server is master `master_name`
// now, and keeps a connection to the one that answered for the next question.
// The worker asks at every heartbeat: after SENTINEL FAILOVER the old master
// stays a writable master for seconds, so its own answers prove nothing.
class SentinelWatch {
  public:
    SentinelWatch(const RedisSettings &s, RedisConnection::AbortCheck abort_check);

    // The master the first answering Sentinel names; nullopt when none
    // answered usefully (then the caller keeps what it has). Never throws
    // RedisError; *error says why nobody answered.
    std::optional<Endpoint> master(std::string *error);

  private:
    std::vector<Endpoint> sentinels_;
    std::string master_name_;
    int timeout_ms_;
    RedisConnection::AbortCheck abort_check_;
    size_t current_ = 0;  // the Sentinel asked first
    std::optional<RedisConnection> conn_;
};

}  // namespace lsnroute::ext
