// The router's view of the registry: an immutable Snapshot, replaced as a
// whole. Readers (every routing decision) take a shared_ptr copy without ever
// waiting for the watcher thread; writers build a new Snapshot and swap it in.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "registry_entry.hpp"

namespace lsnroute {

// Identity of the primary the replicas must follow (Routing rule step 1).
struct PrimaryRef {
    bool known = false;  // a primary entry was seen at least once
    int64_t timeline = 0;
    bool has_identity = false;
    uint64_t system_id = 0;
};

struct Snapshot {
    std::vector<NodeEntry> nodes;  // sorted by name
    Lsn floor;                     // highest floor seen (it only rises)
    bool floor_present = false;    // the floor key existed at the last refresh
    // Redis blacklist: node -> unix ms until which it gets no reads.
    std::vector<std::pair<std::string, int64_t>> blacklist;
    int64_t refreshed_at_ms = 0;  // unix ms of the last full refresh (0: never)
    int64_t updated_at_ms = 0;    // unix ms of the last change (refresh or event)

    // The last primary entry seen: it keeps serving writes while the
    // registry names none (its entry expired or was evicted), until another
    // node claims role=primary or this node's own entry says standby.
    std::optional<NodeEntry> last_primary;
    PrimaryRef primary_ref;      // of the primary chosen at the last update
    bool identity_seen = false;  // some entry carried the 1.1 fields (latched)
    int live_primaries = 0;      // role=primary entries not expired (> 1: split brain)
    // Per node, the highest started_at_ms read from its hash: an entry of an
    // earlier life read later (two writers of one name, a Redis failover
    // that lost writes) is not used. A lower start is accepted once the
    // higher one has not been read for longer than node_ttl: that life is
    // over (a node whose clock was ahead restarted with a correct clock).
    struct StartSeen {
        std::string node;
        int64_t started_at_ms = 0;
        int64_t seen_at_ms = 0;  // router clock: last read of that start
    };
    std::vector<StartSeen> newest_start;

    const NodeEntry *find(std::string_view name) const noexcept;
    int64_t blacklisted_until(std::string_view name) const noexcept;
    int64_t newest_start_of(std::string_view name) const noexcept;
};

class SnapshotHolder {
  public:
    SnapshotHolder() : current_(std::make_shared<const Snapshot>()) {}

    // Lock-free for readers in practice (libstdc++'s atomic shared_ptr access
    // takes a striped spinlock for a few instructions; never across I/O).
    std::shared_ptr<const Snapshot> load() const noexcept { return std::atomic_load(&current_); }

    // Read-modify-write by the watcher's threads, serialized among writers.
    template <typename Fn>
    void update(Fn &&fn) {
        {
            std::lock_guard<std::mutex> lock(write_mutex_);
            auto next = std::make_shared<Snapshot>(*std::atomic_load(&current_));
            fn(*next);
            std::atomic_store(&current_, std::shared_ptr<const Snapshot>(std::move(next)));
        }
        changed_.notify_all();
    }

    // Waits until pred(snapshot) holds or `timeout` passed; returns the last
    // snapshot seen. For the callers that must wait (cold start, no primary
    // known, a read's replica_wait_ms): pred runs under the writers' mutex,
    // so it must be short and must not block.
    template <typename Pred>
    std::shared_ptr<const Snapshot> wait_for(Pred &&pred, std::chrono::milliseconds timeout) const {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        std::unique_lock<std::mutex> lock(write_mutex_);
        auto s = std::atomic_load(&current_);
        while (!pred(*s)) {
            if (changed_.wait_until(lock, deadline) == std::cv_status::timeout)
                return std::atomic_load(&current_);
            s = std::atomic_load(&current_);
        }
        return s;
    }

  private:
    std::shared_ptr<const Snapshot> current_;
    mutable std::mutex write_mutex_;
    mutable std::condition_variable changed_;
};

// Installs the result of a full refresh into `snap`. The refresh overrides
// whatever events brought in meanwhile (an event can be forged or from
// another life of the node; the hash is what the node wrote last).
void merge_refresh(Snapshot &snap, std::vector<NodeEntry> fresh, bool floor_present, Lsn floor,
                   std::vector<std::pair<std::string, int64_t>> blacklist, int64_t now_ms,
                   long node_ttl_ms);

// Installs a re-read of one node's hash (nullopt: the hash is gone).
void replace_node(Snapshot &snap, std::string_view name, std::optional<NodeEntry> fresh,
                  int64_t now_ms, long node_ttl_ms);

// Recomputes what derives from the nodes (last primary, primary identity,
// split brain count); called after every change, events included.
void settle_primary(Snapshot &snap, int64_t now_ms, long node_ttl_ms);

}  // namespace lsnroute
