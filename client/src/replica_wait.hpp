// Routing rule step 2 (docs/design.md, binding since 1.1): with no eligible
// replica, a read may wait up to replica_wait_ms for the replica expected to
// pass max(token, floor) first. The wait is on the router's registry snapshot
// (a condition variable the watcher signals on every change): it holds no
// PostgreSQL snapshot that replay would have to wait for and no pooled
// connection. Request, carried, hint and advisory mode all route through
// route_read(), so the rule is written once.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>

#include "metrics.hpp"
#include "registry_snapshot.hpp"
#include "routing.hpp"

namespace lsnroute {

// A token further than this past the primary's published flush position is
// not waited for (a forged far-future cookie must not tie up readers).
constexpr uint64_t kMaxWaitAheadBytes = uint64_t{16} << 20;

// Where the primary's entry says it has flushed: flush_lsn from its hash,
// raised to replay_lsn (which a primary publishes as its flush position, and
// which events keep current between refreshes). nullopt when neither is known.
std::optional<Lsn> published_flush(const NodeEntry &primary) noexcept;

// Whether a read that needs `need` may wait: false when no primary entry
// gives a flush position (unknown: the wait cannot be bounded, so none) or
// `need` is more than kMaxWaitAheadBytes past it.
bool wait_allowed(const Snapshot &snap, Lsn need, int64_t now_ms, long node_ttl_ms) noexcept;

struct Routed {
    std::shared_ptr<const Snapshot> snap;  // owns what decision.replica points to
    Decision decision;
    bool waited = false;  // the read waited (whatever came of it)
};

// The decision for one read: choose_replica() on the current snapshot; with
// none eligible and a replica worth waiting for (replica_to_wait_for), waits
// up to `wait` for the snapshot to show one eligible. Then reason
// WaitedReplica, else the primary with the original reason. p.now_ms is
// renewed at every look (entries expire while waiting). Counts
// replica_waits, replica_wait_misses and replica_wait_refused in `m`.
Routed route_read(const SnapshotHolder &holder, RouteParams p, PolicyState &state,
                  std::chrono::milliseconds wait, Metrics &m);

}  // namespace lsnroute
