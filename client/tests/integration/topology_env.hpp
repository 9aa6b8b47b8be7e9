// What scripts/topology.sh exported to the test (every integration test runs
// as `topology.sh --delay 0,500ms -- <test>`): where the primary, the
// replicas r1 (fast) and r2 (500 ms apply delay) and Redis are, and how to
// stop and restart them for fault tests. The variables are read by
// common/topology_environment.hpp, the benchmark's reader too; this adds gtest
// failures and the tests' helpers.
#pragma once

#include <gtest/gtest.h>
#include <lsnroute.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <thread>

#include "topology_environment.hpp"

namespace lsnroute::itest {

// An exported variable; fails the test when it is missing (the test was not
// started by topology.sh).
inline std::string topo(const std::string &name) {
    std::optional<std::string> v = topology_var(name);
    if (!v) {
        ADD_FAILURE() << name << " is not set: run this test through scripts/topology.sh";
        return "";
    }
    return *v;
}

inline std::string config() {
    return topo("LSNROUTE_CONFIG");
}
// LSNROUTE_CONFIG with Redis at another port (a relay in front of it) and
// extra keys appended.
inline std::string config_with(int redis_port, const std::string &extra = "") {
    return "redis=127.0.0.1:" + std::to_string(redis_port) + " cluster=" + topo("LSNR_CLUSTER") +
           " pg='user=postgres dbname=postgres' primary='host=127.0.0.1 port=" +
           topo("LSNR_PRIMARY_PORT") + "' " + extra;
}
// A cluster with no registry in the topology's Redis: the router's primary
// is the `primary` option, at `primary_port` (a relay in front of it).
inline std::string registryless_config(const std::string &cluster, int primary_port,
                                       const std::string &extra = "") {
    return "redis=127.0.0.1:" + topo("LSNR_REDIS_PORT") + " cluster=" + cluster +
           " pg='user=postgres dbname=postgres' primary='host=127.0.0.1 port=" +
           std::to_string(primary_port) + "' " + extra;
}
inline std::string primary_dsn() {
    return topo("LSNR_PG_DSN");
}
inline std::string cluster() {
    return topo("LSNR_CLUSTER");
}
inline int redis_port() {
    return std::atoi(topo("LSNR_REDIS_PORT").c_str());
}
inline std::string node_dsn(const std::string &node) {
    return topology_conninfo(topo("LSNR_PORT_" + node));
}

// Runs a shell command line; returns its exit status.
inline int shell(const std::string &cmd) {
    const int rc = std::system(cmd.c_str());
    return rc == -1 ? -1 : WEXITSTATUS(rc);
}

// pg_ctl as the servers' user (LSNR_RUNAS is empty when not root).
inline std::string pg_ctl(const std::string &node, const std::string &args) {
    return topo("LSNR_RUNAS") + " " + topo("LSNR_PGBIN") + "/pg_ctl -D " +
           topo("LSNR_DATADIR_" + node) + " " + args;
}

// Polls `cond` every 20 ms until it holds or `limit` passed. The limit is only
// a safety net against hanging forever; tests never rely on its length.
inline bool eventually(const std::function<bool()> &cond,
                       std::chrono::milliseconds limit = std::chrono::seconds(60)) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!cond()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

// Waits until `r` would send a read without a token to a replica: its
// registry snapshot is loaded and a replica is fresh. Returns false if that
// never happened.
inline bool router_uses_replicas(lsnr_router *r) {
    return eventually([r] {
        lsnr_choice c{};
        return lsnr_choose_at(r, "", &c) == LSNR_OK && !c.is_primary;
    });
}

// Waits until `r` would send a read of a key without a token to a replica
// (request/advisory mode: this also needs the floor guard clear, i.e. the
// floor raised since the last sign of token loss).
inline bool router_uses_replicas_for_keys(lsnr_router *r) {
    return eventually([r] {
        lsnr_choice c{};
        return lsnr_choose(r, "lsnr-itest-no-token", 19, &c) == LSNR_OK && !c.is_primary;
    });
}

}  // namespace lsnroute::itest
