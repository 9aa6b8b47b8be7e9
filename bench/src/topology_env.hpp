// Where the servers are: read from the variables scripts/topology.sh exports
// (LSNR_PG_DSN, LSNR_NODES, LSNR_PORT_<node>, LSNR_REDIS_PORT, LSNR_CLUSTER,
// LSNROUTE_CONFIG).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace lsnroute::bench {

struct TopologyEnv {
    std::string primary;                                        // conninfo
    std::vector<std::pair<std::string, std::string>> replicas;  // node name, conninfo
    std::string redis_host = "127.0.0.1";
    int redis_port = 0;
    std::string cluster;
    std::string router_config;

    std::vector<std::string> replica_conninfos() const;
    std::string replica(const std::string &node) const;  // conninfo, "" if unknown
};

// false with err naming the missing variable.
bool read_topology_env(TopologyEnv &t, std::string &err);

}  // namespace lsnroute::bench
