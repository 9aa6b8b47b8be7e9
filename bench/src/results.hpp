// Everything one `make bench` measured, as the report writers see it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "machine.hpp"
#include "redis_costs.hpp"
#include "registry_freshness.hpp"
#include "routing_overhead.hpp"
#include "summary.hpp"

namespace lsnroute::bench {

struct RunResult {
    workload::Summary summary;
    uint64_t seed = 0;
    int64_t primary_rows = -1;       // tup_fetched + tup_returned on the primary; -1: unknown
    bool primary_rows_exact = true;  // every connection of the run had closed when read
};

struct SystemResult {
    std::string name;
    std::string description;
    std::vector<RunResult> runs;
};

struct BenchConfig {
    std::string command;   // what was run ("make bench", "make bench QUICK=1")
    std::string topology;  // human description of the topology
    int runs = 0;
    double run_seconds = 0;
    int64_t users = 0;
    int threads = 0;
    uint64_t seed = 0;
    double write_share = 0;
    double immediate_share = 0;
    double think_mean_ms = 0;
    int reads_min = 0, reads_max = 0;
    int reads_after_write = 0;  // reads of a writing request after its write
};

struct BenchResults {
    BenchConfig config;
    Machine machine;
    std::vector<SystemResult> systems;
    bool have_overhead = false;
    RoutingOverhead overhead;
    bool have_freshness = false;
    RegistryFreshness freshness;
    std::string freshness_interval;  // lsnroute.publish_interval of the topology
    RedisCosts redis;                // 1 Redis vs Redis Cluster, many users
    std::string pgpool_nodes;        // SHOW pool_nodes after the last pgpool run
    std::vector<std::string> notes;  // anything that went wrong, said plainly
};

// Medians over a system's runs (the value of the middle run; mean of the two
// middle runs for an even count).
struct SystemMedians {
    double stale_reads = 0;   // median per run
    int64_t stale_total = 0;  // over every run
    int64_t pairs_total = 0;  // read-after-write pairs checked, every run
    int64_t reads_total = 0;
    int64_t failed_total = 0;
    double replica_share = 0;  // median
    // Median of replica reads / reads a replica could have served: every read
    // except those after a write in the same request (the routing rule sends
    // them to the primary), i.e. reads - writes * reads_after_write.
    double eligible_replica_share = 0;
    std::vector<std::pair<std::string, double>> node_share;  // over every run
    double primary_rows_per_request = -1;
    double requests_per_s = 0;
    double request_p50_us = 0, request_p99_us = 0;
    double write_p50_us = 0, write_p99_us = 0;
    double routing_p50_us = 0, routing_p99_us = 0;
    double redis_get_p50_us = 0, redis_get_p99_us = 0;
};

SystemMedians medians(const SystemResult &s, int reads_after_write);

// Primary rows per request of `m` against primary-only's in the same run, as a
// reduction (0.5: half the rows); nullopt without a primary-only result or
// with either unknown.
std::optional<double> primary_rows_reduction(const BenchResults &r, const SystemMedians &m);

}  // namespace lsnroute::bench
