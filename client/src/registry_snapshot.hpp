// The router's view of the registry: an immutable Snapshot, replaced as a
// whole. Readers (every routing decision) take a shared_ptr copy without ever
// waiting for the watcher thread; writers build a new Snapshot and swap it in.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "registry_entry.hpp"

namespace lsnroute {

struct Snapshot {
    std::vector<NodeEntry> nodes;  // sorted by name
    Lsn floor;                     // highest floor seen (it only rises)
    bool floor_present = false;    // the floor key existed at the last refresh
    // Redis blacklist: node -> unix ms until which it gets no reads.
    std::vector<std::pair<std::string, int64_t>> blacklist;
    int64_t refreshed_at_ms = 0;  // unix ms of the last full refresh (0: never)
    int64_t updated_at_ms = 0;    // unix ms of the last change (refresh or event)

    const NodeEntry *find(std::string_view name) const noexcept;
    int64_t blacklisted_until(std::string_view name) const noexcept;
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
        std::lock_guard<std::mutex> lock(write_mutex_);
        auto next = std::make_shared<Snapshot>(*std::atomic_load(&current_));
        fn(*next);
        std::atomic_store(&current_, std::shared_ptr<const Snapshot>(std::move(next)));
    }

  private:
    std::shared_ptr<const Snapshot> current_;
    std::mutex write_mutex_;
};

// Installs the result of a full refresh into `snap`, keeping for each node the
// newer of the refreshed entry and one an event brought in meanwhile.
void merge_refresh(Snapshot &snap, std::vector<NodeEntry> fresh, bool floor_present, Lsn floor,
                   std::vector<std::pair<std::string, int64_t>> blacklist, int64_t now_ms);

}  // namespace lsnroute
