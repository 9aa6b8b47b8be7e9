#include "topology_env.hpp"

#include <cstdlib>
#include <sstream>

namespace lsnroute::bench {

namespace {
bool env(const std::string &name, std::string &value, std::string &err) {
    const char *v = std::getenv(name.c_str());
    if (!v || !*v) {
        err = name + " is not set (run me through scripts/topology.sh, as bench/run.sh does)";
        return false;
    }
    value = v;
    return true;
}
}  // namespace

std::vector<std::string> TopologyEnv::replica_conninfos() const {
    std::vector<std::string> out;
    for (const auto &r : replicas)
        out.push_back(r.second);
    return out;
}

std::string TopologyEnv::replica(const std::string &node) const {
    for (const auto &r : replicas)
        if (r.first == node)
            return r.second;
    return "";
}

bool read_topology_env(TopologyEnv &t, std::string &err) {
    std::string nodes, redis_port;
    if (!env("LSNR_PG_DSN", t.primary, err) || !env("LSNR_NODES", nodes, err) ||
        !env("LSNR_REDIS_PORT", redis_port, err) || !env("LSNR_CLUSTER", t.cluster, err) ||
        !env("LSNROUTE_CONFIG", t.router_config, err))
        return false;
    t.redis_port = std::atoi(redis_port.c_str());
    std::stringstream ss(nodes);
    std::string node;
    while (ss >> node) {
        if (node == "primary")
            continue;
        std::string port;
        if (!env("LSNR_PORT_" + node, port, err))
            return false;
        t.replicas.emplace_back(node,
                                "host=127.0.0.1 port=" + port + " user=postgres dbname=postgres");
    }
    if (t.replicas.empty()) {
        err = "the topology has no replicas";
        return false;
    }
    return true;
}

}  // namespace lsnroute::bench
