#include "latency.hpp"

#include <algorithm>
#include <cmath>

namespace lsnroute::workload {

namespace {
// Nearest rank: the smallest sample with at least q of all samples at or below it.
int64_t rank(const std::vector<int64_t> &sorted, double q) {
    const auto n = static_cast<double>(sorted.size());
    size_t idx = static_cast<size_t>(std::ceil(q * n));
    idx = idx == 0 ? 0 : idx - 1;
    return sorted[std::min(idx, sorted.size() - 1)];
}
}  // namespace

Percentiles LatencySamples::percentiles() const {
    Percentiles p;
    if (ns_.empty())
        return p;
    std::vector<int64_t> sorted = ns_;
    std::sort(sorted.begin(), sorted.end());
    p.count = static_cast<int64_t>(sorted.size());
    p.p50_us = static_cast<double>(rank(sorted, 0.50)) / 1000.0;
    p.p99_us = static_cast<double>(rank(sorted, 0.99)) / 1000.0;
    p.max_us = static_cast<double>(sorted.back()) / 1000.0;
    return p;
}

}  // namespace lsnroute::workload
