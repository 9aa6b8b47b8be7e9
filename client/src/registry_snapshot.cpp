// The immutable registry snapshot, how refreshes are installed into it, and
// what derives from its nodes (the primary to use and to follow).
#include "registry_snapshot.hpp"

#include <algorithm>

#include "routing.hpp"

namespace lsnroute {

const NodeEntry *Snapshot::find(std::string_view name) const noexcept {
    auto it = std::lower_bound(nodes.begin(), nodes.end(), name,
                               [](const NodeEntry &e, std::string_view n) { return e.name < n; });
    return it != nodes.end() && it->name == name ? &*it : nullptr;
}

int64_t Snapshot::blacklisted_until(std::string_view name) const noexcept {
    for (const auto &[node, until] : blacklist)
        if (node == name)
            return until;
    return 0;
}

int64_t Snapshot::newest_start_of(std::string_view name) const noexcept {
    for (const StartSeen &s : newest_start)
        if (s.node == name)
            return s.started_at_ms;
    return 0;
}

namespace {

// Remembers the start time of an entry read from its node's hash.
void note_start(Snapshot &snap, const NodeEntry &e, int64_t now_ms, long node_ttl_ms) {
    if (!e.has_identity)
        return;
    snap.identity_seen = true;
    for (Snapshot::StartSeen &s : snap.newest_start) {
        if (s.node != e.name)
            continue;
        if (e.started_at_ms >= s.started_at_ms || now_ms - s.seen_at_ms > node_ttl_ms) {
            s.started_at_ms = e.started_at_ms;
            s.seen_at_ms = now_ms;
        }
        return;
    }
    snap.newest_start.push_back({e.name, e.started_at_ms, now_ms});
}

}  // namespace

void merge_refresh(Snapshot &snap, std::vector<NodeEntry> fresh, bool floor_present, Lsn floor,
                   std::vector<std::pair<std::string, int64_t>> blacklist, int64_t now_ms,
                   long node_ttl_ms) {
    std::sort(fresh.begin(), fresh.end(),
              [](const NodeEntry &a, const NodeEntry &b) { return a.name < b.name; });
    fresh.erase(
        std::unique(fresh.begin(), fresh.end(),
                    [](const NodeEntry &a, const NodeEntry &b) { return a.name == b.name; }),
        fresh.end());
    for (const NodeEntry &e : fresh)
        note_start(snap, e, now_ms, node_ttl_ms);
    snap.nodes = std::move(fresh);
    snap.floor_present = floor_present;
    if (floor_present)
        snap.floor = max(snap.floor, floor);
    snap.blacklist = std::move(blacklist);
    snap.refreshed_at_ms = now_ms;
    snap.updated_at_ms = now_ms;
    settle_primary(snap, now_ms, node_ttl_ms);
}

void replace_node(Snapshot &snap, std::string_view name, std::optional<NodeEntry> fresh,
                  int64_t now_ms, long node_ttl_ms) {
    auto it = std::lower_bound(snap.nodes.begin(), snap.nodes.end(), name,
                               [](const NodeEntry &e, std::string_view n) { return e.name < n; });
    const bool present = it != snap.nodes.end() && it->name == name;
    if (fresh) {
        note_start(snap, *fresh, now_ms, node_ttl_ms);
        if (present)
            *it = std::move(*fresh);
        else
            snap.nodes.insert(it, std::move(*fresh));
    } else if (present) {
        snap.nodes.erase(it);
    }
    snap.updated_at_ms = now_ms;
    settle_primary(snap, now_ms, node_ttl_ms);
}

void settle_primary(Snapshot &snap, int64_t now_ms, long node_ttl_ms) {
    snap.live_primaries = 0;
    for (const NodeEntry &e : snap.nodes)
        if (e.role == Role::Primary && !is_expired(e, now_ms, node_ttl_ms))
            ++snap.live_primaries;
    if (const NodeEntry *p = registry_primary(snap, now_ms, node_ttl_ms)) {
        snap.last_primary = *p;
    } else if (snap.last_primary) {
        // Its own entry saying standby is a claim too: it was demoted.
        const NodeEntry *same = snap.find(snap.last_primary->name);
        if (same && same->role == Role::Standby)
            snap.last_primary.reset();
    }
    if (snap.last_primary) {
        snap.primary_ref.known = true;
        snap.primary_ref.timeline = snap.last_primary->timeline;
        snap.primary_ref.has_identity = snap.last_primary->has_identity;
        snap.primary_ref.system_id = snap.last_primary->system_id;
    }
}

}  // namespace lsnroute
