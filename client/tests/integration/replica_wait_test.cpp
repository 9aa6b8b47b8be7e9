// Routing rule step 2 against the real topology: an advisory choice for a
// token no replica has replayed yet waits on the router's registry snapshot
// and returns the replica that passes it (reason waited_replica), not the
// primary.
#include <gtest/gtest.h>
#include <lsnroute.h>

#include <string>
#include <thread>

#include "pg_query.hpp"
#include "router_metrics.hpp"
#include "topology_env.hpp"

namespace lsnroute::itest {
namespace {

TEST(ReplicaWait, ChooseAtWaitsForAReplicaToPassTheToken) {
    char err[512] = "";
    // A bound far beyond the test's own steps: the wait ends on the registry.
    lsnr_router *r =
        lsnr_router_new((config() + " replica_wait_ms=10000").c_str(), err, sizeof err);
    ASSERT_NE(r, nullptr) << err;
    ASSERT_TRUE(router_uses_replicas(r));
    PgConnPtr P = pg_connect(primary_dsn());
    ASSERT_TRUE(pg_value(P.get(), "CREATE TABLE IF NOT EXISTS replica_wait_t (v int)"));
    // One byte past what the primary has inserted: no replica has it yet.
    const std::optional<std::string> token =
        pg_value(P.get(), "SELECT pg_current_wal_insert_lsn() + 1");
    ASSERT_TRUE(token && !token->empty());

    lsnr_choice c{};
    int rc = -1;
    std::thread chooser([&] { rc = lsnr_choose_at(r, token->c_str(), &c); });
    // Once the choice is waiting, WAL moves past the token.
    const bool waiting =
        eventually([r] { return sample_value(r, "lsnroute_replica_waits_total") >= 1; });
    ASSERT_TRUE(pg_value(P.get(), "INSERT INTO replica_wait_t VALUES (1)"));
    chooser.join();
    EXPECT_TRUE(waiting) << "lsnr_choose_at never waited";
    EXPECT_EQ(rc, LSNR_OK);
    EXPECT_FALSE(c.is_primary) << c.node << " " << (c.reason ? c.reason : "");
    ASSERT_NE(c.reason, nullptr);
    EXPECT_STREQ(c.reason, "waited_replica");
    EXPECT_EQ(sample_value(r, "lsnroute_replica_wait_misses_total"), 0);
    lsnr_router_free(r);
}

}  // namespace
}  // namespace lsnroute::itest
