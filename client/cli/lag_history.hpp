// Each node's lag over the last minutes, sampled from the registry by
// `lsnroute serve` for the operator page's chart.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <utility>

#include "lsnroute/lsnroute.hpp"

namespace lsnroute::cli {

class LagHistory {
  public:
    using Series = std::deque<std::pair<int64_t, int64_t>>;  // (unix ms, lag ms)

    explicit LagHistory(int64_t window_ms) : window_ms_(window_ms) {}

    // Appends every node's lag at now_ms and forgets samples older than the
    // window (a node gone from the registry disappears with its last sample).
    void add(int64_t now_ms, const RegistryStatus &st);
    std::map<std::string, Series> snapshot() const;
    int64_t window_ms() const noexcept { return window_ms_; }

  private:
    const int64_t window_ms_;
    mutable std::mutex mu_;
    std::map<std::string, Series> series_;
};

}  // namespace lsnroute::cli
