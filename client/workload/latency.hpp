// Latency samples and their percentiles. Every sample is kept (a run records
// at most a few million), so percentiles are exact rather than bucketed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lsnroute::workload {

struct Percentiles {
    int64_t count = 0;
    double p50_us = 0;
    double p99_us = 0;
    double max_us = 0;
};

class LatencySamples {
  public:
    void add_ns(int64_t ns) { ns_.push_back(ns); }
    void merge(const LatencySamples &other) {
        ns_.insert(ns_.end(), other.ns_.begin(), other.ns_.end());
    }
    size_t size() const { return ns_.size(); }
    // Nearest-rank percentiles; all zero when there are no samples.
    Percentiles percentiles() const;

  private:
    std::vector<int64_t> ns_;
};

}  // namespace lsnroute::workload
