// The wait of Routing rule step 2, on the registry snapshot.
#include "replica_wait.hpp"

#include "clock.hpp"

namespace lsnroute {
namespace {

bool any_eligible(const Snapshot &snap, const RouteParams &p) noexcept {
    for (const NodeEntry &e : snap.nodes)
        if (eligibility(e, snap, p) == Eligibility::Eligible)
            return true;
    return false;
}

}  // namespace

std::optional<Lsn> published_flush(const NodeEntry &primary) noexcept {
    const Lsn flushed = max(primary.flush_lsn, primary.replay_lsn);
    if (flushed.is_zero())
        return std::nullopt;
    return flushed;
}

bool wait_allowed(const Snapshot &snap, Lsn need, int64_t now_ms, long node_ttl_ms) noexcept {
    const NodeEntry *primary = find_primary(snap, now_ms, node_ttl_ms);
    const std::optional<Lsn> flushed = primary ? published_flush(*primary) : std::nullopt;
    if (!flushed)
        return false;
    return need.value() <= flushed->value() ||
           need.value() - flushed->value() <= kMaxWaitAheadBytes;
}

Routed route_read(const SnapshotHolder &holder, RouteParams p, PolicyState &state,
                  std::chrono::milliseconds wait, Metrics &m) {
    Routed r;
    r.snap = holder.load();
    r.decision = choose_replica(*r.snap, p, state);
    if (r.decision.replica || wait.count() <= 0 || !replica_to_wait_for(*r.snap, p))
        return r;
    if (!wait_allowed(*r.snap, max(p.token, p.floor), p.now_ms, p.node_ttl_ms)) {
        m.replica_wait_refused.fetch_add(1, std::memory_order_relaxed);
        return r;
    }
    m.replica_waits.fetch_add(1, std::memory_order_relaxed);
    r.waited = true;
    auto later = holder.wait_for(
        [&p](const Snapshot &s) {
            p.now_ms = unix_now_ms();
            return any_eligible(s, p);
        },
        wait);
    p.now_ms = unix_now_ms();
    const Decision after = choose_replica(*later, p, state);
    if (!after.replica) {
        m.replica_wait_misses.fetch_add(1, std::memory_order_relaxed);
        return r;  // the primary, with the reason found before the wait
    }
    r.snap = std::move(later);
    r.decision.replica = after.replica;
    r.decision.reason = Reason::WaitedReplica;
    return r;
}

}  // namespace lsnroute
