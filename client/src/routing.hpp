// The routing rule of docs/design.md ("Routing rule", binding): which replica may
// serve a read that must see LSN `need` = max(token, floor), and which of the
// eligible ones the policy picks. Pure functions over a snapshot: no I/O, no
// locks, no allocation on the decision path.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "config.hpp"
#include "registry_snapshot.hpp"

namespace lsnroute {

class LocalBlacklist;

// Why a replica is not eligible (or Eligible).
enum class Eligibility {
    Eligible,
    NotStandby,
    Expired,
    Blacklisted,
    BehindToken,
    TooLagged,
    // Added in 1.1 (Routing rule step 1).
    Future,          // published beyond the clock tolerance ahead
    NoPrimaryKnown,  // no primary entry was ever seen: nothing to compare with
    OtherTimeline,   // not on the primary's timeline
    OtherSystem,     // another system_id than the primary's
    Version10,       // a 1.0 entry while some entry carries the 1.1 fields
    LagUnknown,      // lag_source unknown (just started, no WAL receiver)
    Restarted,       // an entry of an earlier life of the node
};
std::string_view eligibility_name(Eligibility e) noexcept;

// Why a read went where it went. The names are static strings: they are the
// lsnr_choice.reason of the C API and the `reason` label of the metrics.
enum class Reason {
    FreshReplica,       // an eligible replica
    NoEligibleReplica,  // replicas exist, none may serve this read
    NoReplica,          // the registry names no replica
    AfterWrite,         // the request wrote: the rest of it stays on the primary
    RedisUnavailable,   // breaker open or a Redis error: tokens unknown
    FloorPending,       // tokens may have been lost: primary until the floor is raised
    BadToken,           // the token was malformed
    ReplicaFailed,      // the replica chosen failed; retried on the primary
    WaitedReplica,      // none was eligible; a replica only behind the token
                        // replayed past it within replica_wait_ms (addition)
    EvictionRisk,       // (1.1) no token, and Redis may evict: it may have been evicted
    Count
};
const char *reason_name(Reason r) noexcept;

struct RouteParams {
    Lsn token;
    Lsn floor;
    int64_t now_ms = 0;  // unix ms
    long max_lag_ms = 5000;
    long node_ttl_ms = 5000;
    Policy policy = Policy::LeastLag;
    const LocalBlacklist *local_blacklist = nullptr;
    std::string_view exclude;  // a node that just failed for this request
};

Eligibility eligibility(const NodeEntry &e, const Snapshot &snap, const RouteParams &p) noexcept;

// Round-robin position, shared by all requests of one router.
struct PolicyState {
    std::atomic<uint64_t> next{0};
};

struct Decision {
    const NodeEntry *replica = nullptr;  // null: the primary
    Reason reason = Reason::NoReplica;
};

Decision choose_replica(const Snapshot &snap, const RouteParams &p, PolicyState &state) noexcept;

// When no replica is eligible: the replica worth waiting for, i.e. one that
// fails only the `replay_lsn >= max(token, floor)` clause (present, standby,
// not expired, not blacklisted or excluded, lag within max_lag_ms). Of those,
// the most replayed (then the least lagged, then by name). Null when none.
const NodeEntry *replica_to_wait_for(const Snapshot &snap, const RouteParams &p) noexcept;

// The primary among the registry's role=primary entries: live ones before
// expired ones, then the highest timeline (a split brain: the older timeline
// is the one left behind), then the lowest name (stable). Null when none.
const NodeEntry *registry_primary(const Snapshot &snap, int64_t now_ms, long node_ttl_ms) noexcept;

// The primary to use: registry_primary(), else the last primary entry seen
// (its entry vanished: it stays the primary until another node claims the
// role). Null when no primary was ever seen.
const NodeEntry *find_primary(const Snapshot &snap, int64_t now_ms, long node_ttl_ms) noexcept;

// One line explaining a decision, for the CLI's `route`:
// "replica r1: replay 0/5000 >= token 0/4F00, lag 3 ms", or for the primary
// the reason and why each replica was excluded.
std::string explain(const Decision &d, const Snapshot &snap, const RouteParams &p);

}  // namespace lsnroute
