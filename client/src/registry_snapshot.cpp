// The immutable registry snapshot and how a full refresh is merged into it.
#include "registry_snapshot.hpp"

#include <algorithm>

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

void merge_refresh(Snapshot &snap, std::vector<NodeEntry> fresh, bool floor_present, Lsn floor,
                   std::vector<std::pair<std::string, int64_t>> blacklist, int64_t now_ms) {
    std::sort(fresh.begin(), fresh.end(),
              [](const NodeEntry &a, const NodeEntry &b) { return a.name < b.name; });
    for (NodeEntry &e : fresh) {
        // An event applied while the refresh was in flight may be newer.
        if (const NodeEntry *old = snap.find(e.name)) {
            if (old->published_at_ms > e.published_at_ms ||
                (old->published_at_ms == e.published_at_ms && old->seq > e.seq)) {
                e.role = old->role;
                e.replay_lsn = old->replay_lsn;
                e.lag_ms = old->lag_ms;
                e.published_at_ms = old->published_at_ms;
                e.seq = old->seq;
            }
        }
    }
    snap.nodes = std::move(fresh);
    snap.floor_present = floor_present;
    if (floor_present)
        snap.floor = max(snap.floor, floor);
    snap.blacklist = std::move(blacklist);
    snap.refreshed_at_ms = now_ms;
    snap.updated_at_ms = now_ms;
}

}  // namespace lsnroute
