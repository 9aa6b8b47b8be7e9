// The one reader of what scripts/topology.sh exports to the command it runs:
// LSNR_PG_DSN, LSNR_NODES, LSNR_PORT_<node>, LSNR_PRIMARY_PORT,
// LSNR_REDIS_PORT, LSNR_CLUSTER, LSNROUTE_CONFIG, and for fault tests
// LSNR_PGBIN, LSNR_DATADIR_<node>, LSNR_RUNAS. Used by the benchmark
// (bench/) and the integration tests (client/tests/integration/).
// Header-only: neither needs more than std.
#pragma once

#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace lsnroute {

// An exported variable; nullopt when unset or empty.
inline std::optional<std::string> topology_var(const std::string &name) {
    const char *v = std::getenv(name.c_str());
    if (v == nullptr || *v == '\0')
        return std::nullopt;
    return std::string(v);
}

// The conninfo of a node topology.sh started on `port`.
inline std::string topology_conninfo(const std::string &port) {
    return "host=127.0.0.1 port=" + port + " user=postgres dbname=postgres";
}

struct TopologyEnv {
    std::string primary;                                        // conninfo
    std::vector<std::pair<std::string, std::string>> replicas;  // node name, conninfo
    std::string redis_host = "127.0.0.1";
    int redis_port = 0;
    std::string cluster;
    std::string router_config;

    std::vector<std::string> replica_conninfos() const {
        std::vector<std::string> out;
        for (const auto &r : replicas)
            out.push_back(r.second);
        return out;
    }
    // The conninfo of a replica, "" if unknown.
    std::string replica(const std::string &node) const {
        for (const auto &r : replicas)
            if (r.first == node)
                return r.second;
        return "";
    }
};

// The whole topology (a primary, at least one replica, Redis); false with err
// naming the first missing variable.
inline bool read_topology_env(TopologyEnv &t, std::string &err) {
    auto need = [&err](const std::string &name, std::string &value) {
        std::optional<std::string> v = topology_var(name);
        if (!v) {
            err = name + " is not set: run this through scripts/topology.sh";
            return false;
        }
        value = std::move(*v);
        return true;
    };
    std::string nodes, redis_port;
    if (!need("LSNR_PG_DSN", t.primary) || !need("LSNR_NODES", nodes) ||
        !need("LSNR_REDIS_PORT", redis_port) || !need("LSNR_CLUSTER", t.cluster) ||
        !need("LSNROUTE_CONFIG", t.router_config))
        return false;
    t.redis_port = std::atoi(redis_port.c_str());
    std::stringstream ss(nodes);
    std::string node;
    while (ss >> node) {
        if (node == "primary")
            continue;
        std::string port;
        if (!need("LSNR_PORT_" + node, port))
            return false;
        t.replicas.emplace_back(node, topology_conninfo(port));
    }
    if (t.replicas.empty()) {
        err = "the topology has no replicas";
        return false;
    }
    return true;
}

}  // namespace lsnroute
