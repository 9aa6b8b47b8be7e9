// The replica serving most reads is killed (pg_ctl stop -m immediate) in the
// middle of a run: no request may fail and no read may be stale; the router
// blacklists it and carries on with the other nodes.
#include <gtest/gtest.h>

#include <iostream>

#include "engine.hpp"
#include "fault_driver.hpp"
#include "schema.hpp"
#include "systems/lsnroute_request.hpp"
#include "systems/router_handle.hpp"

namespace lsnroute::workload {
namespace {

TEST(KilledReplica, CostsNoFailedRequest) {
    WorkloadOptions o;
    o.users = 200;
    o.threads = 4;
    o.think.mean_ms = 20;
    o.duration = std::chrono::seconds(300);  // safety net; the test stops the run
    ASSERT_EQ(prepare_schema(itest::primary_dsn(), o.users), "");
    std::string err;
    // least_lag: the fast replica r1 serves most reads until it dies.
    RouterHandle r = make_router(itest::config(), err);
    ASSERT_TRUE(r) << err;
    ASSERT_TRUE(itest::router_uses_replicas(r.get()));
    LsnrouteRequestSystem sys(r.get());

    itest::BackgroundRun run(sys, o);
    ASSERT_TRUE(run.wait_for([](const Progress &p) { return p.replica_reads >= 1000; }));
    ASSERT_EQ(itest::shell(itest::pg_ctl("r1", "stop -m immediate -w >/dev/null")), 0);
    const Progress at_kill = run.progress();
    std::cout << "killed r1 after " << at_kill.requests << " requests\n";
    // Keep going until well after the kill: the survivors serve the reads.
    ASSERT_TRUE(run.wait_for([&](const Progress &p) {
        return p.requests >= at_kill.requests + 3000 &&
               p.replica_reads >= at_kill.replica_reads + 500;
    })) << "reads did not come back to the surviving replica after r1 died";
    const Summary s = run.finish();
    print_summary(std::cout, s);
    std::printf("RESULT killed-replica requests=%lld failed=%lld stale=%lld read_retries=%lld\n",
                static_cast<long long>(s.requests), static_cast<long long>(s.failed_requests),
                static_cast<long long>(s.stale_reads), static_cast<long long>(s.read_retries));

    EXPECT_EQ(s.failed_requests, 0) << (s.errors.empty() ? "" : s.errors.front());
    EXPECT_EQ(s.stale_reads, 0);
    ASSERT_EQ(s.reads_by_node.count("r1"), 1u) << "r1 served nothing before it died";
    EXPECT_GT(s.reads_by_node.count("r2") ? s.reads_by_node.at("r2") : 0, 0)
        << "the surviving replica r2 never took over";
}

}  // namespace
}  // namespace lsnroute::workload
