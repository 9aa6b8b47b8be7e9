// The eligibility rule and the replica policies.
#include "routing.hpp"

#include <random>

#include "blacklist.hpp"

namespace lsnroute {

std::string_view eligibility_name(Eligibility e) noexcept {
    switch (e) {
        case Eligibility::Eligible:
            return "eligible";
        case Eligibility::NotStandby:
            return "not_standby";
        case Eligibility::Expired:
            return "expired";
        case Eligibility::Blacklisted:
            return "blacklisted";
        case Eligibility::BehindToken:
            return "behind_token";
        case Eligibility::TooLagged:
            return "too_lagged";
        case Eligibility::Future:
            return "future";
        case Eligibility::NoPrimaryKnown:
            return "no_primary_known";
        case Eligibility::OtherTimeline:
            return "other_timeline";
        case Eligibility::OtherSystem:
            return "other_system";
        case Eligibility::Version10:
            return "version_1_0";
        case Eligibility::LagUnknown:
            return "lag_unknown";
        case Eligibility::Restarted:
            return "restarted";
    }
    return "eligible";
}

const char *reason_name(Reason r) noexcept {
    switch (r) {
        case Reason::FreshReplica:
            return "fresh_replica";
        case Reason::NoEligibleReplica:
            return "no_eligible_replica";
        case Reason::NoReplica:
            return "no_replica";
        case Reason::AfterWrite:
            return "after_write";
        case Reason::RedisUnavailable:
            return "redis_unavailable";
        case Reason::FloorPending:
            return "floor_pending";
        case Reason::BadToken:
            return "bad_token";
        case Reason::ReplicaFailed:
            return "replica_failed";
        case Reason::WaitedReplica:
            return "waited_replica";
        case Reason::Count:
            break;
    }
    return "unknown";
}

Eligibility eligibility(const NodeEntry &e, const Snapshot &snap, const RouteParams &p) noexcept {
    if (e.role != Role::Standby)
        return Eligibility::NotStandby;
    if (is_expired(e, p.now_ms, p.node_ttl_ms))
        return Eligibility::Expired;
    if (is_future(e.published_at_ms, p.now_ms))
        return Eligibility::Future;
    if (!p.exclude.empty() && e.name == p.exclude)
        return Eligibility::Blacklisted;
    if (snap.blacklisted_until(e.name) > p.now_ms)
        return Eligibility::Blacklisted;
    if (p.local_blacklist && p.local_blacklist->until(e.name) > p.now_ms)
        return Eligibility::Blacklisted;
    // A rolling upgrade moves reads toward the primary, never toward a
    // replica whose entry cannot say which cluster and life it belongs to.
    if (snap.identity_seen && !e.has_identity)
        return Eligibility::Version10;
    const PrimaryRef &ref = snap.primary_ref;
    if (!ref.known)
        return Eligibility::NoPrimaryKnown;
    if (e.timeline != ref.timeline)
        return Eligibility::OtherTimeline;
    if (e.has_identity && ref.has_identity && e.system_id != ref.system_id)
        return Eligibility::OtherSystem;
    if (e.superseded || (e.has_identity && e.started_at_ms < snap.newest_start_of(e.name)))
        return Eligibility::Restarted;
    if (e.has_identity && e.lag_source != LagSource::Receiver && e.lag_source != LagSource::Silence)
        return Eligibility::LagUnknown;
    if (e.replay_lsn < max(p.token, p.floor))
        return Eligibility::BehindToken;
    if (e.lag_ms > p.max_lag_ms)
        return Eligibility::TooLagged;
    return Eligibility::Eligible;
}

namespace {

uint64_t thread_random() noexcept {
    // xorshift64*, seeded per thread: no shared state, no lock.
    thread_local uint64_t s = std::random_device{}() | (uint64_t{std::random_device{}()} << 32) | 1;
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    return s * 0x2545F4914F6CDD1DULL;
}

// Is a better than b under least_lag? Less lag, then more replayed, then name.
bool less_lagged(const NodeEntry &a, const NodeEntry &b) noexcept {
    if (a.lag_ms != b.lag_ms)
        return a.lag_ms < b.lag_ms;
    if (a.replay_lsn != b.replay_lsn)
        return a.replay_lsn > b.replay_lsn;
    return a.name < b.name;
}

}  // namespace

Decision choose_replica(const Snapshot &snap, const RouteParams &p, PolicyState &state) noexcept {
    Decision d;
    // Registries are small (a handful of nodes): a fixed array of candidates
    // keeps the decision free of allocation.
    constexpr size_t kMax = 64;
    const NodeEntry *eligible[kMax];
    size_t n = 0;
    bool any_replica = false;
    for (const NodeEntry &e : snap.nodes) {
        if (e.role == Role::Standby)
            any_replica = true;
        if (n < kMax && eligibility(e, snap, p) == Eligibility::Eligible)
            eligible[n++] = &e;
    }
    if (n == 0) {
        d.reason = any_replica ? Reason::NoEligibleReplica : Reason::NoReplica;
        return d;
    }
    size_t pick = 0;
    switch (p.policy) {
        case Policy::LeastLag:
            for (size_t i = 1; i < n; ++i)
                if (less_lagged(*eligible[i], *eligible[pick]))
                    pick = i;
            break;
        case Policy::Random:
            pick = static_cast<size_t>(thread_random() % n);
            break;
        case Policy::RoundRobin:
            pick = static_cast<size_t>(state.next.fetch_add(1, std::memory_order_relaxed) % n);
            break;
    }
    d.replica = eligible[pick];
    d.reason = Reason::FreshReplica;
    return d;
}

const NodeEntry *replica_to_wait_for(const Snapshot &snap, const RouteParams &p) noexcept {
    const Lsn need = max(p.token, p.floor);
    // Every other clause, checked by the rule itself with nothing to replay.
    RouteParams others = p;
    others.token = Lsn();
    others.floor = Lsn();
    const NodeEntry *best = nullptr;
    for (const NodeEntry &e : snap.nodes) {
        if (!(e.replay_lsn < need) || eligibility(e, snap, others) != Eligibility::Eligible)
            continue;
        if (!best || e.replay_lsn > best->replay_lsn ||
            (e.replay_lsn == best->replay_lsn && less_lagged(e, *best)))
            best = &e;
    }
    return best;
}

const NodeEntry *registry_primary(const Snapshot &snap, int64_t now_ms, long node_ttl_ms) noexcept {
    const NodeEntry *best = nullptr;
    bool best_live = false;
    for (const NodeEntry &e : snap.nodes) {
        if (e.role != Role::Primary)
            continue;
        const bool live =
            !is_expired(e, now_ms, node_ttl_ms) && !is_future(e.published_at_ms, now_ms);
        // nodes are sorted by name: on a tie the first (lowest) name stays.
        if (!best || (live && !best_live) || (live == best_live && e.timeline > best->timeline)) {
            best = &e;
            best_live = live;
        }
    }
    return best;
}

const NodeEntry *find_primary(const Snapshot &snap, int64_t now_ms, long node_ttl_ms) noexcept {
    if (const NodeEntry *p = registry_primary(snap, now_ms, node_ttl_ms))
        return p;
    return snap.last_primary ? &*snap.last_primary : nullptr;
}

std::string explain(const Decision &d, const Snapshot &snap, const RouteParams &p) {
    const Lsn need = max(p.token, p.floor);
    const char *what = p.floor > p.token ? "floor" : "token";
    if (d.replica) {
        return "replica " + d.replica->name + ": replay " + d.replica->replay_lsn.str() +
               " \u2265 " + what + " " + need.str() + ", lag " + std::to_string(d.replica->lag_ms) +
               " ms";
    }
    std::string out = std::string("primary: ") + reason_name(d.reason);
    std::string why;
    for (const NodeEntry &e : snap.nodes) {
        const Eligibility el = eligibility(e, snap, p);
        if (el == Eligibility::NotStandby)
            continue;
        if (!why.empty())
            why += "; ";
        why += e.name + ": ";
        switch (el) {
            case Eligibility::BehindToken:
                why += "replay " + e.replay_lsn.str() + " < " + what + " " + need.str();
                break;
            case Eligibility::TooLagged:
                why += "lag " + std::to_string(e.lag_ms) + " ms > max_lag_ms " +
                       std::to_string(p.max_lag_ms);
                break;
            case Eligibility::Expired:
                why += "entry expired (published " + std::to_string(p.now_ms - e.published_at_ms) +
                       " ms ago)";
                break;
            default:
                why += std::string(eligibility_name(el));
                break;
        }
    }
    if (!why.empty())
        out += " (" + why + ")";
    return out;
}

}  // namespace lsnroute
