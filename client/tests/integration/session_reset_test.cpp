// Pooled sessions are reset between requests (like PgBouncer's
// server_reset_query): nothing one request sets is visible to the next on
// the same pooled connection, and a connection left inside a transaction is
// closed. pool_size=1 makes the next request get the same connection.
#include <gtest/gtest.h>
#include <lsnroute.h>

#include "pg_query.hpp"
#include "redis_direct.hpp"
#include "router_metrics.hpp"
#include "systems/router_handle.hpp"
#include "tcp_relay.hpp"
#include "topology_env.hpp"

namespace lsnroute::itest {
namespace {

class SessionReset : public ::testing::Test {
  protected:
    void SetUp() override {
        const std::string P = primary_dsn();
        ASSERT_TRUE(
            pg_value(P,
                     "DO $$BEGIN CREATE ROLE api_reset_role; EXCEPTION WHEN duplicate_object "
                     "THEN NULL; END$$"));
        ASSERT_TRUE(pg_value(P, "GRANT USAGE ON SCHEMA lsnroute TO api_reset_role"));
        ASSERT_TRUE(pg_value(P, "CREATE SCHEMA IF NOT EXISTS api_reset_schema"));
        std::string err;
        r_ = workload::make_router(config() + " pool_size=1", err);
        ASSERT_TRUE(r_) << err;
    }

    // A request on the primary's one pooled connection.
    struct OnPrimary {
        explicit OnPrimary(lsnr_router *r) : q(lsnr_begin(r, "reset-user", 10)) {
            EXPECT_NE(q, nullptr);
            c = q ? lsnr_write(q) : nullptr;
            EXPECT_NE(c, nullptr) << (q ? lsnr_request_errmsg(q) : "");
        }
        ~OnPrimary() {
            if (q) {
                EXPECT_EQ(lsnr_end(q), LSNR_OK);
            }
        }
        std::string value(const std::string &sql) { return pg_value(c, sql).value_or("(failed)"); }
        lsnr_request *q;
        PGconn *c;
    };

    workload::RouterHandle r_;
};

TEST_F(SessionReset, NothingARequestSetsIsVisibleToTheNext) {
    std::string pid, app_name, search_path;
    {
        OnPrimary a(r_.get());
        ASSERT_TRUE(a.c);
        pid = a.value("SELECT pg_backend_pid()");
        app_name = a.value("SHOW application_name");
        search_path = a.value("SHOW search_path");
        a.value("SET search_path = api_reset_schema");
        a.value("SET application_name = 'user-a'");
        a.value("CREATE TEMP TABLE api_reset_tmp (x int)");
        a.value("PREPARE api_reset_stmt AS SELECT 1");
        a.value("LISTEN api_reset_chan");
        a.value("SELECT pg_advisory_lock(4242)");
        a.value("SET ROLE api_reset_role");
        ASSERT_EQ(a.value("SELECT current_user"), "api_reset_role");
    }
    OnPrimary b(r_.get());
    ASSERT_TRUE(b.c);
    // The same server session (pool_size=1): reset, not replaced.
    ASSERT_EQ(b.value("SELECT pg_backend_pid()"), pid);
    EXPECT_EQ(b.value("SELECT current_user"), "postgres");
    EXPECT_EQ(b.value("SHOW search_path"), search_path);
    EXPECT_EQ(b.value("SHOW application_name"), app_name);
    EXPECT_EQ(b.value("SELECT to_regclass('api_reset_tmp') IS NULL"), "t");
    EXPECT_EQ(b.value("SELECT count(*) FROM pg_prepared_statements"), "0");
    EXPECT_EQ(b.value("SELECT count(*) FROM pg_listening_channels()"), "0");
    EXPECT_EQ(b.value("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = "
                      "pg_backend_pid()"),
              "0");
}

TEST_F(SessionReset, AConnectionLeftInATransactionIsClosed) {
    std::string pid;
    {
        OnPrimary a(r_.get());
        ASSERT_TRUE(a.c);
        pid = a.value("SELECT pg_backend_pid()");
        a.value("BEGIN");
        a.value("SET LOCAL application_name = 'in-transaction'");
        a.value("SELECT pg_advisory_xact_lock(4343)");
    }
    OnPrimary b(r_.get());
    ASSERT_TRUE(b.c);
    EXPECT_NE(b.value("SELECT pg_backend_pid()"), pid);
    EXPECT_EQ(PQtransactionStatus(b.c), PQTRANS_IDLE);
    EXPECT_TRUE(eventually([&] {
        return pg_value(primary_dsn(), "SELECT count(*) FROM pg_stat_activity WHERE pid = " +
                                           pid) == std::string("0");
    })) << "the session left in a transaction is still open";
}

// The reset is sent when a connection is handed back and its answer read at
// the next checkout, so lsnr_end waits for no round trip. Here the primary
// is black-holed (a frozen relay) while lsnr_end runs, so the answer can
// only come after thaw(): the next request then gets the same session, reset.
// Had lsnr_end waited for the answer, its bounded wait would have run out
// and closed the session.
TEST(SessionResetDeferred, EndDoesNotWaitForTheReset) {
    TcpRelay relay(std::atoi(topo("LSNR_PRIMARY_PORT").c_str()));
    struct Thaw {
        TcpRelay &relay;
        ~Thaw() { relay.thaw(); }
    } thaw{relay};
    // A cluster with no registry: reads go to the `primary` option, through
    // the relay, on its one pooled connection.
    const std::string cl = "api_reset_deferred";
    ASSERT_TRUE(redis_run({"DEL", "lsnroute:{" + cl + "}:floor"}));
    const std::string cfg = registryless_config(cl, relay.port(), "pool_size=1");
    std::string err;
    workload::RouterHandle r = workload::make_router(cfg, err);
    ASSERT_TRUE(r) << err;
    // The floor raise at start used the pooled session; it is idle now.
    ASSERT_TRUE(
        eventually([&] { return sample_value(r.get(), "lsnroute_floor_raises_total") >= 1; }));

    lsnr_request *q = lsnr_begin(r.get(), "deferred", 8);
    ASSERT_NE(q, nullptr);
    PGconn *c = lsnr_read(q);
    ASSERT_NE(c, nullptr) << lsnr_request_errmsg(q);
    const std::string pid = pg_value(c, "SELECT pg_backend_pid()").value_or("");
    ASSERT_TRUE(pg_value(c, "SET application_name = 'left-by-a'"));
    relay.freeze();
    EXPECT_EQ(lsnr_end(q), LSNR_OK);
    relay.thaw();

    q = lsnr_begin(r.get(), "deferred", 8);
    ASSERT_NE(q, nullptr);
    c = lsnr_read(q);
    ASSERT_NE(c, nullptr) << lsnr_request_errmsg(q);
    EXPECT_EQ(pg_value(c, "SELECT pg_backend_pid()").value_or(""), pid)
        << "lsnr_end waited for the reset and closed the session";
    EXPECT_NE(pg_value(c, "SHOW application_name").value_or(""), "left-by-a");
    EXPECT_EQ(lsnr_end(q), LSNR_OK);
}

}  // namespace
}  // namespace lsnroute::itest
