// A black-holed primary (a frozen TCP relay: connections stay open, nothing
// answers) must not stall the router: lsnr_end's commit-LSN query and the
// maintenance thread's floor raise are bounded (client-side timeout plus
// statement_timeout, connect_timeout for new connections), so lsnr_end
// returns and lsnr_router_free finishes. Without the bounds both block until
// TCP gives up (never, with a peer that acknowledges but does not answer).
#include <gtest/gtest.h>
#include <lsnroute.h>

#include <cstring>
#include <future>

#include "pg_query.hpp"
#include "router_metrics.hpp"
#include "redis_direct.hpp"
#include "systems/router_handle.hpp"
#include "tcp_relay.hpp"
#include "topology_env.hpp"

namespace lsnroute::itest {
namespace {

// Waits for f (a safety net only: a hang is the failure being tested).
template <typename T>
bool finishes(std::future<T> &f) {
    return f.wait_for(std::chrono::seconds(60)) == std::future_status::ready;
}

// Thaws the relay first when the test ends, however it ends, so that a hung
// call (the failure) can finish and its future's destructor returns.
struct Thaw {
    TcpRelay &relay;
    ~Thaw() { relay.thaw(); }
};

TEST(BlackholePrimary, EndAndRouterFreeDoNotHang) {
    TcpRelay relay(std::atoi(topo("LSNR_PRIMARY_PORT").c_str()));
    std::future<int> end;
    std::future<void> freed;
    Thaw thaw{relay};
    // A cluster name with no registry: the primary is the `primary` option,
    // reached through the relay.
    const std::string cl = "api_blackhole";
    ASSERT_TRUE(redis_run({"DEL", "lsnroute:{" + cl + "}:floor"}));
    const std::string cfg = registryless_config(cl, relay.port(), "refresh_ms=100");
    std::string err;
    lsnr_router *r = workload::make_router(cfg, err).release();
    ASSERT_TRUE(r) << err;
    // The first floor raise went through the relay: its pooled session is idle.
    ASSERT_TRUE(eventually([&] { return sample_value(r, "lsnroute_floor_raises_total") >= 1; }));

    lsnr_request *q = lsnr_begin(r, "bh", 2);
    ASSERT_NE(q, nullptr);
    PGconn *w = lsnr_write(q);
    ASSERT_NE(w, nullptr) << lsnr_request_errmsg(q);
    ASSERT_TRUE(pg_value(w, "SELECT 1"));
    relay.freeze();
    end = std::async(std::launch::async, [q] { return lsnr_end(q); });
    ASSERT_TRUE(finishes(end)) << "lsnr_end hangs on a black-holed primary";
    EXPECT_EQ(end.get(), LSNR_EPG);  // the commit LSN is unknown, and says so

    // A sign of token loss: the maintenance thread raises the floor through
    // the black hole, and must give up.
    const long failures = sample_value(r, "lsnroute_floor_raise_failures_total");
    ASSERT_TRUE(redis_run({"DEL", "lsnroute:{" + cl + "}:floor"}));
    EXPECT_TRUE(eventually([&] {
        return sample_value(r, "lsnroute_floor_raise_failures_total") > failures;
    })) << "the floor raise never gave up on the black-holed primary";
    freed = std::async(std::launch::async, [r] { lsnr_router_free(r); });
    EXPECT_TRUE(finishes(freed)) << "lsnr_router_free hangs on a black-holed primary";
}

}  // namespace
}  // namespace lsnroute::itest
