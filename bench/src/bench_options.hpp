// Command line of lsnroute-bench (normally run by bench/run.sh inside
// scripts/topology.sh, which exports where every server is).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "options.hpp"

namespace lsnroute::bench {

struct BenchOptions {
    std::vector<std::string> systems;  // in run order
    int runs = 3;
    workload::WorkloadOptions workload;  // duration, users, threads, seed, ...
    std::string hook;                    // see hooks.hpp
    std::string out_dir = "bench/results";
    std::string command = "lsnroute-bench";
    std::string topology = "primary, r1 (no delay), r2 (recovery_min_apply_delay 500ms), Redis";
    std::string publish_interval = "10ms";
    int pgpool_port = 0;
    std::string pool_nodes_file;  // written by the hook after each pgpool run
    int overhead_iterations = 20000;
    int freshness_samples = 300;
    int redis_seconds = 10;       // per deployment in the Redis section; 0: skip the section
    int64_t many_users = 100000;  // sticky keys of the "many users" row; 0: skip it
    bool many_users_cluster_only = false;  // that row on the Cluster only, not on 1 Redis too
};

// The systems `make bench` compares, in the order it runs them.
const std::vector<std::string> &all_systems();
// N of a system named lsnroute-request-waitN (request mode, replica_wait_ms=N).
std::optional<long> request_wait_ms(const std::string &name);
// One line per system for the report.
std::string describe_system(const std::string &name);

// Parses argv; on a bad argument returns false with the reason in err.
// --help prints usage and exits.
bool parse_bench_options(int argc, char **argv, BenchOptions &o, std::string &err);

}  // namespace lsnroute::bench
