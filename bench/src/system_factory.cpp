#include "system_factory.hpp"

#include <chrono>
#include <thread>

#include "../systems/carried_roundtrips.hpp"
#include "../systems/naive_replica.hpp"
#include "../systems/pgpool.hpp"
#include "../systems/replica_polling.hpp"
#include "systems/lsnroute_advisory.hpp"
#include "systems/lsnroute_carried.hpp"
#include "systems/lsnroute_hint.hpp"
#include "systems/lsnroute_request.hpp"
#include "systems/primary_only.hpp"

namespace lsnroute::bench {

bool wait_router_ready(lsnr_router *router, std::string &err) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    lsnr_choice choice;
    while (std::chrono::steady_clock::now() < deadline) {
        if (lsnr_choose_at(router, "0/0", &choice) == LSNR_OK && !choice.is_primary)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    err = "the router never chose a replica within 10 s (is the registry populated?)";
    return false;
}

SystemUnderTest make_system(const std::string &name, const TopologyEnv &topo,
                            const BenchOptions &opts, uint64_t seed, std::string &err) {
    SystemUnderTest s;
    if (name == "primary-only") {
        s.system = std::make_unique<workload::PrimaryOnlySystem>(topo.primary);
    } else if (name == "naive-replica" || name == "remote-apply") {
        s.system = std::make_unique<NaiveReplicaSystem>(name, topo.primary,
                                                        topo.replica_conninfos(), seed);
    } else if (name == "pgpool") {
        if (opts.pgpool_port <= 0) {
            err = "pgpool: no --pgpool-port";
            return s;
        }
        s.system = std::make_unique<PgpoolSystem>(
            "host=127.0.0.1 port=" + std::to_string(opts.pgpool_port) +
            " user=postgres dbname=postgres");
    } else if (name == "replica-polling") {
        ReplicaPollingConfig c;
        c.primary = topo.primary;
        c.replicas = topo.replica_conninfos();
        c.redis_host = topo.redis_host;
        c.redis_port = topo.redis_port;
        c.cluster = topo.cluster;
        c.seed = seed;
        s.system = std::make_unique<ReplicaPollingSystem>(std::move(c));
    } else if (name == "lsnroute-request" || request_wait_ms(name) || name == "lsnroute-carried" ||
               name == "lsnroute-carried-roundtrips" || name == "lsnroute-hint" ||
               name == "lsnroute-advisory") {
        // One router per run at the topology's configuration (plus replica_wait_ms for
        // the -waitN systems); the System decides the mode.
        const auto wait = request_wait_ms(name);
        const std::string config =
            topo.router_config +
            (wait ? " replica_wait_ms=" + std::to_string(*wait) : std::string());
        s.router = workload::make_router(config, err);
        if (!s.router || !wait_router_ready(s.router.get(), err))
            return SystemUnderTest{};
        if (name == "lsnroute-carried") {
            s.system = std::make_unique<workload::LsnrouteCarriedSystem>(s.router.get());
        } else if (name == "lsnroute-carried-roundtrips") {
            s.system = std::make_unique<CarriedRoundTripsSystem>(
                s.router.get(), topo.redis_host, topo.redis_port, topo.cluster, err);
            if (!err.empty())
                return SystemUnderTest{};
        } else if (name == "lsnroute-hint")
            s.system = std::make_unique<workload::LsnrouteHintSystem>(s.router.get());
        else if (name == "lsnroute-advisory")
            s.system = std::make_unique<workload::LsnrouteAdvisorySystem>(
                s.router.get(), topo.primary, "user=postgres dbname=postgres");
        else
            s.system = std::make_unique<workload::LsnrouteRequestSystem>(s.router.get());
    } else {
        err = "unknown system " + name;
    }
    return s;
}

}  // namespace lsnroute::bench
