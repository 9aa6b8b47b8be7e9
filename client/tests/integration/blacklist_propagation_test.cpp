// One app server blacklists a replica (lsnr_blacklist, e.g. because its
// connections failed); another app server, sharing only Redis, must stop
// choosing it too.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "systems/router_handle.hpp"
#include "topology_env.hpp"

namespace lsnroute::workload {
namespace {

// Which nodes `r` chooses for `n` requests with no token.
std::map<std::string, int> choices(lsnr_router *r, int n) {
    std::map<std::string, int> seen;
    for (int i = 0; i < n; ++i) {
        lsnr_choice c{};
        EXPECT_EQ(lsnr_choose_at(r, "", &c), LSNR_OK);
        ++seen[c.node];
    }
    return seen;
}

TEST(BlacklistPropagation, OtherRouterAvoidsTheNode) {
    std::string err;
    // round_robin: without a blacklist, both replicas get chosen.
    RouterHandle app1 = make_router(itest::config() + " policy=round_robin", err);
    ASSERT_TRUE(app1) << err;
    RouterHandle app2 = make_router(itest::config() + " policy=round_robin", err);
    ASSERT_TRUE(app2) << err;
    ASSERT_TRUE(itest::router_uses_replicas(app2.get()));
    // Both replicas first: a standby that just started is not eligible until
    // its WAL receiver has heard the primary (lag_source=unknown).
    ASSERT_TRUE(itest::eventually([&] {
        const auto seen = choices(app2.get(), 20);
        return seen.count("r1") == 1 && seen.count("r2") == 1;
    })) << "app2 never chose both r1 and r2 before the blacklist";

    ASSERT_EQ(lsnr_blacklist(app1.get(), "r1", 60000), LSNR_OK);

    // app2 learns about it through Redis (not through app1's memory).
    ASSERT_TRUE(itest::eventually([&] { return choices(app2.get(), 20).count("r1") == 0; }))
        << "app2 kept choosing r1 after app1 blacklisted it";
    const auto after = choices(app2.get(), 500);
    EXPECT_EQ(after.count("r1"), 0u) << "app2 chose r1 " << after.at("r1") << " times of 500";
    EXPECT_EQ(after.count("r2"), 1u) << "app2 should still use the other replica";
    // And a third app server that starts afterwards avoids it from the start.
    RouterHandle app3 = make_router(itest::config() + " policy=round_robin", err);
    ASSERT_TRUE(app3) << err;
    ASSERT_TRUE(itest::router_uses_replicas(app3.get()));
    EXPECT_EQ(choices(app3.get(), 200).count("r1"), 0u);
}

}  // namespace
}  // namespace lsnroute::workload
