// One node of the registry as the router uses it, parsed from the node hash
// (HGETALL lsnroute:{C}:node:<node>) or updated from an event message
// (DESIGN.md "Redis registry schema v1"). Entries that cannot be used are
// rejected with a reason that metrics count.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lsn.hpp"

namespace lsnroute {

enum class Role { Primary, Standby };

struct NodeEntry {
    std::string name;
    Role role = Role::Standby;
    std::string dsn;         // as published
    std::string client_dsn;  // dsn merged with the `pg` option: what the router connects to
    int64_t timeline = 0;
    Lsn replay_lsn;
    Lsn receive_lsn;
    Lsn flush_lsn;
    int64_t lag_ms = 0;
    int64_t published_at_ms = 0;
    uint64_t seq = 0;
    bool paused = false;
    std::string pg_version;
};

// Why an entry was not taken into the snapshot.
enum class RejectReason { Missing, Malformed, UnknownVersion, Expired };
std::string_view reject_reason_name(RejectReason r) noexcept;

struct EntryParse {
    std::optional<NodeEntry> entry;
    RejectReason reason = RejectReason::Malformed;
    std::string detail;  // which field was wrong, for logs and the CLI
};

// Parses a node hash given as field/value pairs. An empty list (the hash
// expired between SMEMBERS and HGETALL) is Missing. Expiry is not judged here
// (it depends on the time of use): see is_expired().
EntryParse parse_node_hash(std::string_view node,
                           const std::vector<std::pair<std::string, std::string>> &fields);

bool is_expired(const NodeEntry &e, int64_t now_ms, int64_t node_ttl_ms) noexcept;

// An event message of the events channel: a node publish or a floor raise.
struct Event {
    enum class Kind { Node, Floor, Invalid } kind = Kind::Invalid;
    RejectReason reason = RejectReason::Malformed;  // when Invalid
    std::string node;
    Role role = Role::Standby;
    Lsn replay_lsn;
    int64_t lag_ms = 0;
    int64_t published_at_ms = 0;
    uint64_t seq = 0;
    Lsn floor;
};

Event parse_event(std::string_view message);

// Applies a node event to an entry of the same node: only a newer publish
// (higher seq, or a later publish time after a worker restart) changes it.
// Returns whether it changed.
bool apply_event(NodeEntry &entry, const Event &ev) noexcept;

std::optional<int64_t> parse_int(std::string_view s) noexcept;

}  // namespace lsnroute
