// Builds one System under test by name, with whatever it needs (a router for
// pg_lsnroute's modes) owned alongside it so that dropping the pair closes
// every connection of the run.
#pragma once

#include <memory>
#include <string>

#include "bench_options.hpp"
#include "system.hpp"
#include "systems/router_handle.hpp"
#include "topology_environment.hpp"

namespace lsnroute::bench {

struct SystemUnderTest {
    workload::RouterHandle router;  // declared first: destroyed after the System
    std::unique_ptr<workload::System> system;
};

// nullptr system with err on failure. `seed` seeds the peers' random choices.
SystemUnderTest make_system(const std::string &name, const TopologyEnv &topo,
                            const BenchOptions &opts, uint64_t seed, std::string &err);

// Waits until the router's snapshot lists a usable replica (a fresh router
// sends everything to the primary until its first registry refresh).
bool wait_router_ready(lsnr_router *router, std::string &err);

}  // namespace lsnroute::bench
