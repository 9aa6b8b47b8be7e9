// The Cluster's slot map: which master serves each of the 16384 slots, read
// with CLUSTER SLOTS from any node that answers, corrected slot by slot by
// MOVED, and one connection pool per node. A slot whose owner changes after
// the map was known bumps the generation (a failover may have lost writes
// that had not reached the replica; a migration is treated the same, being
// indistinguishable from here and rare).
#pragma once

#include <array>
#include <atomic>
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "redis/connection_pool.hpp"

namespace lsnroute::redis {

class ClusterSlots {
  public:
    ClusterSlots(const Options &opts, std::atomic<uint64_t> *generation);

    // The pool of the master serving slot. Reads the map first when it is
    // unknown or marked stale. Throws Error when no node answers or nobody
    // serves the slot.
    std::shared_ptr<ConnectionPool> owner(uint16_t slot, Deadline deadline);
    // Some master (keyless commands), round robin.
    std::shared_ptr<ConnectionPool> any(Deadline deadline);
    // Every master once (broadcast commands).
    std::vector<std::shared_ptr<ConnectionPool>> masters(Deadline deadline);
    // The pool of a node named by a redirection.
    std::shared_ptr<ConnectionPool> pool_for(const Endpoint &ep);

    // MOVED slot ep: the slot is served there now; the rest of the map is
    // re-read by the next lookup.
    void moved(uint16_t slot, const Endpoint &ep);
    // Re-reads the map from the first node that answers. False when none did
    // or another thread is already at it (callers then retry shortly).
    bool refresh(Deadline deadline);

  private:
    static constexpr uint16_t kNone = 0xffff;
    size_t index_locked(const Endpoint &ep);  // mu_ held exclusively
    bool known() {
        std::shared_lock<std::shared_mutex> lk(mu_);
        return known_;
    }
    // Installs a map read from a node; bumps the generation when a slot we
    // knew now has another owner.
    void apply(const redisReply *slots, const std::string &replied_host);

    const Login login_;
    const int max_connections_;
    const std::vector<Endpoint> seeds_;
    std::atomic<uint64_t> *generation_;

    std::shared_mutex mu_;
    std::vector<std::shared_ptr<ConnectionPool>> pools_;  // grows only
    std::unordered_map<std::string, size_t> index_;       // "host:port" -> pools_
    std::array<uint16_t, 16384> owner_;                   // index into pools_, or kNone
    bool known_ = false;                                  // a full map was read once
    std::atomic<bool> stale_{false};
    std::atomic<size_t> next_{0};  // round robin for any() and refresh()

    std::atomic<bool> refreshing_{false};  // one refresher at a time; others do not wait
};

}  // namespace lsnroute::redis
