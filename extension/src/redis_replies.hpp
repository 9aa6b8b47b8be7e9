// Parsers of what Redis, Sentinel and Redis Cluster answer the worker: the
// Sentinel master address, ROLE, MOVED redirects and "host:port" lists.
//
// Pure functions over hiredis replies and text, with no PostgreSQL headers,
// so a fuzzer links this file alone. Nothing here trusts a reply's shape: a
// reply of the wrong type (an integer where a string belongs, nil, a nested
// array) yields "no answer", never a crash or an exception.
#pragma once

#include "endpoint.hpp"

#include <hiredis/hiredis.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lsnroute::ext {

// "host:port" (spaces around allowed; port 1..65535; host non-empty).
std::optional<Endpoint> parse_endpoint(std::string_view item) noexcept;

// "host:port,host:port": every item parsed, empty items skipped. On failure
// returns false and names the offending item in *bad (when not null).
bool parse_endpoint_list(std::string_view list, std::vector<Endpoint> *out,
                         std::string *bad) noexcept;

// SENTINEL get-master-addr-by-name: a two-element array of bulk strings
// (host, decimal port). Anything else (nil: unknown master name) is nullopt.
std::optional<Endpoint> parse_master_addr_reply(const redisReply *r) noexcept;

// ROLE: an array whose first element is the role as a string ("master",
// "slave", "sentinel"). nullopt for any other shape.
std::optional<std::string> parse_role_reply(const redisReply *r) noexcept;

// "MOVED <slot> <host>:<port>" (a Cluster redirect); nullopt for any other text.
std::optional<Endpoint> parse_moved(std::string_view error_text) noexcept;

}  // namespace lsnroute::ext
