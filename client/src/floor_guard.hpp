// The floor guard (docs/design.md "Faults"): on any sign that tokens in Redis may
// have been lost -- a Redis error, a reconnection or master change (the Redis
// layer's generation() changed), a missing floor key, a token that could not
// be saved -- the router serves every read from the primary until it has
// raised `floor` to the primary's current LSN. Every token lost before that
// raise is <= that LSN, so any replica past the floor is fresh for everyone.
//
// This class holds only the state; the watcher thread performs the raise.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>

#include "eviction.hpp"
#include "log.hpp"

namespace lsnroute {

class FloorGuard {
  public:
    // A new router trusts nothing: until the watcher has raised the floor
    // once (which also creates a missing floor key), replicas are not used.
    FloorGuard() = default;

    // Tokens may have been lost: replicas off until the next raise completes.
    void mark_suspect() noexcept;
    // The generation the Redis layer reports now; a change marks suspect.
    void observe_generation(uint64_t generation) noexcept;

    bool replicas_allowed() const noexcept { return clear_.load(std::memory_order_acquire); }

    // The watcher: start of a raise (returns the epoch it covers) and its end.
    // The raise clears the guard only if nothing new went wrong meanwhile.
    uint64_t begin_raise() noexcept { return epoch_.load(std::memory_order_acquire); }
    bool finish_raise(uint64_t epoch, uint64_t generation) noexcept;
    bool needs_raise() const noexcept { return !clear_.load(std::memory_order_acquire); }
    uint64_t raises() const noexcept { return raises_.load(); }

    // The raise found `floor` in Redis above `primary_lsn`, the primary's
    // insert LSN: no raise can have put it there (forged, or left from
    // another database cluster). Logged; the guard stays closed, so replicas
    // stay unused, until a raise finds the floor at or below the primary
    // (someone lowered or deleted it, or the primary passed it).
    void floor_above_primary(const std::string &floor, const std::string &primary_lsn) noexcept;
    bool floor_above() const noexcept { return floor_above_.load(std::memory_order_acquire); }

    // Whether Redis may evict tokens (refreshed with the registry). Kept
    // here, with the other "tokens may be lost" state the watcher feeds.
    // When eviction stops being possible, the tokens it evicted stay gone:
    // the router turns suspect (before absent tokens count as "never
    // written" again), so the floor covers them. Called by the watcher only.
    void update_eviction(const std::optional<EvictionInfo> &info);
    EvictionState &eviction() noexcept { return eviction_; }
    const EvictionState &eviction() const noexcept { return eviction_; }
    uint64_t suspicions() const noexcept { return suspicions_.load(); }

    // Wakes the watcher when a raise is needed.
    void wait_for_work(std::unique_lock<std::mutex> &lock, int64_t ms);
    std::mutex &mutex() noexcept { return mutex_; }
    void notify() noexcept { cv_.notify_all(); }

  private:
    std::atomic<bool> clear_{false};
    std::atomic<uint64_t> epoch_{1};
    std::atomic<uint64_t> generation_{UINT64_MAX};  // unknown until first observed
    std::atomic<uint64_t> raises_{0};
    std::atomic<uint64_t> suspicions_{0};
    std::atomic<bool> floor_above_{false};
    LogLimiter floor_above_log_{60000};
    EvictionState eviction_;
    std::mutex mutex_;
    std::condition_variable cv_;
};

}  // namespace lsnroute
