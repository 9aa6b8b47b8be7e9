// The router's counters and its routing-overhead histogram, rendered in the
// Prometheus text exposition format by lsnr_metrics(). Updates are relaxed
// atomics; the per-node table is found under a shared (reader) lock.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>

#include "registry_entry.hpp"
#include "routing.hpp"

namespace lsnroute {

class Metrics {
  public:
    void routed(std::string_view node, Reason reason) noexcept;
    void rejected(RejectReason r) noexcept {
        rejected_[static_cast<size_t>(r)].fetch_add(1, std::memory_order_relaxed);
    }
    void routing_overhead_ns(int64_t ns) noexcept;

    std::atomic<uint64_t> token_reads{0}, token_read_failures{0}, token_saves{0},
        token_save_failures{0}, bad_tokens{0}, replica_failures{0}, retries{0}, registry_events{0},
        registry_refreshes{0}, registry_refresh_failures{0}, floor_raise_failures{0},
        redis_skipped{0}, replica_waits{0}, replica_wait_misses{0}, commit_lsn_fallbacks{0},
        replica_behind_entry{0}, primary_switches{0}, replica_wait_refused{0};
    // Registry trust boundary and consistency (1.1).
    std::atomic<uint64_t> dsn_keys_ignored{0}, split_brain{0}, registry_rereads{0};

    // Gauges the router reads at render time.
    struct Gauges {
        const char *breaker_state = "closed";
        uint64_t breaker_opened = 0;
        double registry_age_seconds = -1;
        int registry_nodes = 0;
        bool floor_guard_clear = false;
        bool floor_above_primary = false;
        bool redis_may_evict = false;
        uint64_t floor_raises = 0;
        uint64_t floor_suspicions = 0;
        int registry_primaries = 0;
    };
    std::string render(const Gauges &g) const;

    // Upper bounds (seconds) of the histogram buckets.
    static constexpr std::array<double, 14> kBuckets = {
        1e-6, 2.5e-6, 5e-6, 1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 2.5e-3, 5e-3, 1e-2, 1e-1};

  private:
    struct NodeCounters {
        std::array<std::atomic<uint64_t>, static_cast<size_t>(Reason::Count)> by_reason{};
    };
    NodeCounters &node_counters(std::string_view node);

    mutable std::shared_mutex nodes_mutex_;
    std::map<std::string, std::unique_ptr<NodeCounters>, std::less<>> nodes_;
    std::array<std::atomic<uint64_t>, static_cast<size_t>(RejectReason::Count)> rejected_{};
    std::array<std::atomic<uint64_t>, kBuckets.size() + 1> hist_{};  // last: +Inf
    std::atomic<uint64_t> hist_sum_ns_{0};
    std::atomic<uint64_t> hist_count_{0};
};

}  // namespace lsnroute
