// The Redis section of the benchmark: what a Redis Cluster changes for
// pg_lsnroute, measured in the same run against the topology's single Redis.
//
// * routing overhead of lsnr_choose(key) with redis_mode=cluster against a raw
//   GET of the same token key on the Cluster master that holds it;
// * token save + load throughput (lsnr_note_write then lsnr_choose of a random
//   user, from the same number of threads) on 1 Redis and on the Cluster, with
//   the CPU time (utime + stime) of every redis-server and of the benchmark;
// * many users: N sticky keys' tokens saved, bytes per token from INFO memory
//   used_memory before/after, and how the tokens spread over the masters.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "redis_deployments.hpp"
#include "routing_overhead.hpp"
#include "topology_environment.hpp"

namespace lsnroute::bench {

struct ProcessCpu {
    std::string name;
    double cpu_s = -1;  // utime + stime during the measurement; -1 unknown
};

struct TokenThroughput {
    std::string deployment;
    int threads = 0;
    double seconds = 0;
    int64_t pairs = 0;   // save + load pairs done
    int64_t errors = 0;  // calls that did not return LSNR_OK
    std::vector<ProcessCpu> redis_cpu;
    double bench_cpu_s = -1;
    double pairs_per_s() const { return seconds > 0 ? double(pairs) / seconds : 0; }
};

struct ManyUsers {
    std::string deployment;
    int64_t tokens = 0;
    int64_t errors = 0;
    int64_t used_memory_before = 0, used_memory_after = 0;         // summed over the masters
    std::vector<std::pair<std::string, int64_t>> keys_per_master;  // DBSIZE growth
    double bytes_per_token() const {
        return tokens > errors
                   ? double(used_memory_after - used_memory_before) / double(tokens - errors)
                   : 0;
    }
};

struct RedisCosts {
    bool have_cluster_overhead = false;
    RoutingOverhead cluster_overhead;
    std::vector<TokenThroughput> throughput;  // 1 Redis, then the Cluster
    std::vector<ManyUsers> many_users;
};

struct RedisCostsOptions {
    int threads = 4;
    int64_t users = 200;  // the workload's sticky keys
    int overhead_iterations = 20000;
    double throughput_seconds = 10;
    int64_t many_users = 100000;  // 0: skip
    bool many_users_cluster_only = false;
};

// Fills what it could measure; anything it could not is said in notes.
void measure_redis_costs(const TopologyEnv &topo, const RedisCostsOptions &o, RedisCosts &out,
                         std::vector<std::string> &notes);

}  // namespace lsnroute::bench
