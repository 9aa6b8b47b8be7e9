// The floor (docs/design.md Faults): raised to the primary's current *insert* LSN,
// which is past every acknowledged commit even while WAL is not yet written
// (synchronous_commit = off acknowledges commits before pg_current_wal_lsn()
// reaches them); and a floor above the primary's insert LSN, which no raise
// can have written, is reported and keeps replicas unused until it is fixed.
#include <gtest/gtest.h>
#include <lsnroute.h>

#include <cstring>

#include "pg_query.hpp"
#include "router_metrics.hpp"
#include "redis_direct.hpp"
#include "systems/router_handle.hpp"
#include "topology_env.hpp"

namespace lsnroute::itest {
namespace {

TEST(Floor, RaisedToTheInsertLsnNotTheWritePointer) {
    const std::string P = primary_dsn();
    ASSERT_TRUE(pg_value(P, "CREATE TABLE IF NOT EXISTS api_floor (v text)"));
    // WAL inserted by an open transaction within one WAL page is not written
    // out (nothing asks for it): the write pointer stays behind it.
    PgConnPtr x = pg_connect(P);
    ASSERT_TRUE(pg_value(x.get(), "BEGIN"));
    PgConnPtr probe = pg_connect(P);
    bool behind = false;
    for (int i = 0; i < 50 && !behind; ++i) {
        ASSERT_TRUE(pg_value(x.get(), "INSERT INTO api_floor VALUES ('x')"));
        behind =
            pg_value(probe.get(), "SELECT pg_current_wal_lsn() < pg_current_wal_insert_lsn()") ==
            std::string("t");
    }
    ASSERT_TRUE(behind) << "the write pointer never stayed behind the insert position";
    const Lsn insert = lsn_of(pg_value(probe.get(), "SELECT pg_current_wal_insert_lsn()"));

    // A new router trusts nothing: its first act is a floor raise.
    std::string err;
    workload::RouterHandle r = workload::make_router(config(), err);
    ASSERT_TRUE(r) << err;
    ASSERT_TRUE(router_uses_replicas_for_keys(r.get()));
    const auto floor = redis_floor();
    ASSERT_TRUE(floor);
    EXPECT_LE(insert, *floor);
    pg_value(x.get(), "ROLLBACK");
}

TEST(Floor, AboveThePrimaryIsReportedAndKeepsReplicasUnusedUntilFixed) {
    std::string err;
    workload::RouterHandle r = workload::make_router(config() + " refresh_ms=100", err);
    ASSERT_TRUE(r) << err;
    ASSERT_TRUE(router_uses_replicas_for_keys(r.get()));

    // Far above anything the primary wrote; then a sign of token loss (the
    // floor key gone and back) makes the router raise it again.
    ASSERT_TRUE(redis_run({"SET", floor_key(), "FFFFFFFF/0"}));
    ASSERT_TRUE(
        redis_run({"PUBLISH", "lsnroute:{" + cluster() + "}:events", "v=1 floor=FFFFFFFF/0"}));
    ASSERT_TRUE(eventually([&] {
        return has_line(metrics_of(r.get()), "lsnroute_floor_above_primary 1");
    })) << metrics_of(r.get());
    lsnr_choice c{};
    ASSERT_EQ(lsnr_choose(r.get(), "k", 1, &c), LSNR_OK);
    EXPECT_EQ(c.is_primary, 1) << c.node;

    // Fixed by the operator: the floor key deleted. The router raises it to
    // the primary's insert LSN and uses replicas again.
    ASSERT_TRUE(redis_run({"DEL", floor_key()}));
    ASSERT_TRUE(router_uses_replicas_for_keys(r.get()));
    EXPECT_TRUE(has_line(metrics_of(r.get()), "lsnroute_floor_above_primary 0"));
    const auto floor = redis_floor();
    ASSERT_TRUE(floor);
    EXPECT_LT(*floor, Lsn::parse("FFFFFFFF/0").value());
}

}  // namespace
}  // namespace lsnroute::itest
