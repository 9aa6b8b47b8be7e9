// A registry entry for the routing unit tests: a node named `name` whose
// dsn is "host=<name>", replayed to `replay`, published at `published_at_ms`.
#pragma once

#include <string>

#include "registry_entry.hpp"

namespace lsnroute::test {

inline NodeEntry test_node(const std::string &name, Role role, const char *replay, int64_t lag_ms,
                           int64_t published_at_ms) {
    NodeEntry e;
    e.name = name;
    e.role = role;
    e.dsn = "host=" + name;
    e.client_dsn = e.dsn;
    e.replay_lsn = *Lsn::parse(replay);
    e.lag_ms = lag_ms;
    e.published_at_ms = published_at_ms;
    return e;
}

}  // namespace lsnroute::test
