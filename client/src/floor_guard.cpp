// State of the floor guard.
#include "floor_guard.hpp"

#include <chrono>

namespace lsnroute {

void FloorGuard::mark_suspect() noexcept {
    epoch_.fetch_add(1, std::memory_order_acq_rel);
    if (clear_.exchange(false, std::memory_order_acq_rel))
        suspicions_.fetch_add(1);
    cv_.notify_all();
}

void FloorGuard::observe_generation(uint64_t generation) noexcept {
    uint64_t seen = generation_.load(std::memory_order_acquire);
    if (seen == generation)
        return;
    // The first observation only records; a later change is a possible loss.
    if (generation_.compare_exchange_strong(seen, generation) && seen != UINT64_MAX)
        mark_suspect();
}

void FloorGuard::update_eviction(const std::optional<EvictionInfo> &info) {
    if (info && !info->may_evict() && eviction_.may_evict())
        mark_suspect();  // first: no read may see "absent" as safe before it
    eviction_.update(info);
}

void FloorGuard::floor_above_primary(const std::string &floor,
                                     const std::string &primary_lsn) noexcept {
    floor_above_.store(true, std::memory_order_release);
    using namespace std::chrono;
    const int64_t now = duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    if (!floor_above_log_.allow(now))
        return;
    try {
        log_warning("floor " + floor + " is above the primary's current insert LSN " + primary_lsn +
                    ": replicas stay unused until the floor key is lowered or deleted");
    } catch (...) {
    }
}

bool FloorGuard::finish_raise(uint64_t epoch, uint64_t generation) noexcept {
    observe_generation(generation);
    floor_above_.store(false, std::memory_order_release);
    if (epoch_.load(std::memory_order_acquire) != epoch)
        return false;
    raises_.fetch_add(1);
    clear_.store(true, std::memory_order_release);
    // A suspicion that raced with the store above bumped the epoch first.
    if (epoch_.load(std::memory_order_acquire) != epoch) {
        clear_.store(false, std::memory_order_release);
        return false;
    }
    return true;
}

void FloorGuard::wait_for_work(std::unique_lock<std::mutex> &lock, int64_t ms) {
    cv_.wait_for(lock, std::chrono::milliseconds(ms));
}

}  // namespace lsnroute
