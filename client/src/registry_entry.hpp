// One node of the registry as the router uses it, parsed from the node hash
// (HGETALL lsnroute:{C}:node:<node>) or updated from an event message
// (docs/design.md "Redis registry schema v1", with the fields added in 1.1).
// Everything here reads untrusted bytes from Redis: nothing throws but
// std::bad_alloc, and an entry that cannot be used is rejected with a reason
// that metrics count.
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

// Where a standby's lag_ms comes from (1.1). None: a primary, or a 1.0 entry.
enum class LagSource { None, Receiver, Silence, Unknown };

// A publish stamped further ahead of the reader's clock than this is ignored
// (a node clock off by more, or a forged entry): it would never expire.
constexpr int64_t kClockToleranceMs = 1000;

struct NodeEntry {
    std::string name;
    Role role = Role::Standby;
    std::string dsn;         // host/hostaddr/port of the published dsn (the rest dropped)
    std::string client_dsn;  // dsn merged with the `pg` option: what the router connects to
    std::string public_dsn;  // client_dsn without password: what lsnr_choice.dsn shows
    int ignored_dsn_keys = 0;
    int64_t timeline = 0;
    Lsn replay_lsn;
    Lsn receive_lsn;
    Lsn flush_lsn;
    int64_t lag_ms = 0;
    int64_t published_at_ms = 0;
    uint64_t seq = 0;
    bool paused = false;
    std::string pg_version;
    // Added in 1.1: present (has_identity) on entries of 1.1 workers.
    bool has_identity = false;
    uint64_t system_id = 0;
    int64_t started_at_ms = 0;
    LagSource lag_source = LagSource::None;
    // An event with another identity arrived: this entry describes an
    // earlier life of the node (or another node of the same name) and is
    // not used until the node's hash has been read again.
    bool superseded = false;
};

// Why an entry or event was not taken into the snapshot.
enum class RejectReason {
    Missing,
    Malformed,
    UnknownVersion,
    Expired,
    BadDsn,          // the dsn does not parse or has an unusable host/port
    HostNotAllowed,  // a host of the dsn is not in allowed_hosts
    Future,          // stamped beyond kClockToleranceMs ahead
    Count
};
std::string_view reject_reason_name(RejectReason r) noexcept;

struct EntryParse {
    std::optional<NodeEntry> entry;
    RejectReason reason = RejectReason::Malformed;
    std::string detail;  // which field was wrong, for logs and the CLI
};

using HashFields = std::vector<std::pair<std::string, std::string>>;

// Parses a node hash given as field/value pairs; entry->dsn keeps only host,
// hostaddr and port. An empty list (the hash expired between SMEMBERS and
// HGETALL) is Missing. Expiry and the clock are not judged here (they depend
// on the time of use): see is_expired() and is_future().
EntryParse parse_node_hash(std::string_view node, const HashFields &fields);

bool is_expired(const NodeEntry &e, int64_t now_ms, int64_t node_ttl_ms) noexcept;
bool is_future(int64_t stamp_ms, int64_t now_ms) noexcept;

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
    bool has_identity = false;  // 1.1: started_at_ms and system_id given
    uint64_t system_id = 0;
    int64_t started_at_ms = 0;
    std::optional<LagSource> lag_source;
    std::optional<int64_t> timeline;  // 1.0 workers send it too; optional in the schema
    Lsn floor;
};

Event parse_event(std::string_view message);

// What an event does to the entry held for its node.
enum class EventEffect {
    Applied,  // a newer publish of the same node life: merged
    Stale,    // not newer by (started_at_ms, seq): ignored
    Reread,   // another identity: the entry is marked superseded, read the hash
};
// Orders a node's updates by (started_at_ms, seq), never by seq alone, and
// merges only within one identity (started_at_ms, system_id).
EventEffect apply_event(NodeEntry &entry, const Event &ev) noexcept;

std::optional<int64_t> parse_int(std::string_view s) noexcept;
std::optional<uint64_t> parse_uint(std::string_view s) noexcept;

}  // namespace lsnroute
