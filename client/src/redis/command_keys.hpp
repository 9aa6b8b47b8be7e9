// Which key of a command picks its Cluster slot, and which commands must
// reach every master. A short table instead of COMMAND GETKEYS: that would
// cost a round trip per command.
#pragma once

#include <optional>
#include <string_view>

#include "redis/redis_client.hpp"

namespace lsnroute::redis {

// The first key of argv, or nullopt for commands without keys (PING,
// PUBLISH, SCRIPT, EVAL with numkeys 0, ...), which any node may serve.
std::optional<std::string_view> first_key(const Args &argv) noexcept;

// Commands whose effect must reach every master of a Cluster: SCRIPT LOAD /
// FLUSH (EVALSHA must find the script wherever its key lives), FLUSHALL,
// FLUSHDB.
bool is_broadcast(const Args &argv) noexcept;

}  // namespace lsnroute::redis
