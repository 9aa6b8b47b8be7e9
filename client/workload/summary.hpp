// What one workload run measured, and how to print it.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "latency.hpp"

namespace lsnroute::workload {

// A read that returned an older version than the user had been acknowledged.
struct StaleRead {
    int64_t user = 0;
    int64_t required_version = 0;
    int64_t seen_version = 0;
    std::string node;
    bool same_request = false;  // the write was earlier in the same request
    double ms_after_ack = 0;    // otherwise: how long after the acknowledgement the read began
};

struct Summary {
    std::string system;
    double seconds = 0;

    int64_t requests = 0;
    int64_t failed_requests = 0;
    int64_t writing_requests = 0;
    int64_t reads = 0;
    int64_t writes = 0;
    int64_t read_retries = 0;  // reads whose first query failed and were retried

    // Stale-read check. Every read is checked; a "pair" is a read that began
    // after a write of the same user was acknowledged (or after a write of the
    // same request): the read-after-write pairs the invariant is about.
    int64_t stale_reads = 0;
    int64_t pairs_checked = 0;
    int64_t pairs_within_1s = 0;           // of those, read began < 1 s after the ack
    std::vector<StaleRead> stale_samples;  // the first few

    std::map<std::string, int64_t> reads_by_node;
    int64_t replica_reads = 0;  // served by a node in recovery

    Percentiles request_latency;   // begin .. end of a whole request
    Percentiles routing_overhead;  // time inside begin() + read()/write() of a request
    Percentiles end_latency;       // time inside end()
    Percentiles write_latency;     // the write statement (autocommit UPDATE, its commit included)
    Percentiles redis_get;         // raw hiredis GET round trip, same run

    std::vector<std::string> errors;  // the first few distinct failure texts

    double replica_share() const {
        return reads == 0 ? 0.0 : static_cast<double>(replica_reads) / static_cast<double>(reads);
    }
};

// A human-readable table (fixed-width, for a terminal).
void print_summary(std::ostream &out, const Summary &s);
// One JSON object with every field above.
std::string summary_json(const Summary &s);

}  // namespace lsnroute::workload
