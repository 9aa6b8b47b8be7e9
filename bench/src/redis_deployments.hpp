// The two Redis deployments the Redis section of the benchmark compares: the
// topology's single Redis (where the registry lives) and a real 3-master Redis
// Cluster started next to it by bench/run.sh (scripts/redis-topology.sh
// cluster, exported as BENCH_CLUSTER_SERVERS and BENCH_CLUSTER_DIR).
#pragma once

#include <string>
#include <vector>

#include "topology_environment.hpp"

namespace lsnroute::bench {

struct RedisEndpoint {
    std::string host;
    int port = 0;
};

struct RedisProcess {
    std::string name;  // "redis :PORT"
    int pid = 0;
};

struct RedisDeployment {
    std::string name;           // "1 Redis", "Cluster (3 masters)"
    std::string router_config;  // client configuration for a router on it
    std::vector<RedisEndpoint> masters;
    std::vector<RedisProcess> processes;  // every redis-server of it (replicas too)
};

// The topology's Redis, with the router configuration of the topology.
RedisDeployment standalone_deployment(const TopologyEnv &topo);

// The Cluster from BENCH_CLUSTER_SERVERS / BENCH_CLUSTER_DIR; false with err
// when they are not set or no node answers. Masters are those whose ROLE says
// so; the router configuration is the topology's with the Cluster as Redis.
bool cluster_deployment(const TopologyEnv &topo, RedisDeployment &out, std::string &err);

// The master serving `key` (CLUSTER KEYSLOT + CLUSTER SLOTS, asked of the
// Cluster itself), for every key; false with err on a Redis error.
bool cluster_key_masters(const RedisDeployment &d, const std::vector<std::string> &keys,
                         std::vector<RedisEndpoint> &out, std::string &err);

// utime + stime of a process in seconds (/proc/PID/stat), -1 if unreadable.
double process_cpu_seconds(int pid);

}  // namespace lsnroute::bench
