// A ready-to-use Redis connection built from the lsnroute.redis_* settings:
// the master found (directly, through Sentinel, or where a Cluster MOVED
// pointed), authenticated, the database selected.
#pragma once

#include "redis_connection.hpp"
#include "settings.hpp"

#include <optional>

namespace lsnroute::ext {

// Throws RedisError; messages never contain the password.
// `redirect`: an address a Cluster MOVED reply named; tried first.
RedisConnection open_session(const RedisSettings &s, RedisConnection::AbortCheck abort_check,
                             const std::optional<Endpoint> &redirect = std::nullopt);

// Parses "MOVED <slot> <host>:<port>"; nullopt for any other reply text.
std::optional<Endpoint> parse_moved(const std::string &error_text);

// Parses "host:port,host:port" (spaces allowed around items). Throws RedisError.
std::vector<Endpoint> parse_endpoints(const std::string &list);

}  // namespace lsnroute::ext
