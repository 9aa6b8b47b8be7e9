// The commit LSN of a request comes from the session that committed
// (lsnroute.last_commit_lsn() is per session). When that session is gone --
// terminated, then replaced by the request's next lsnr_write, or broken at
// lsnr_end -- the token must still cover the commit: the router falls back to
// the primary's current insert LSN and marks itself suspect (floor raise).
#include <gtest/gtest.h>
#include <lsnroute.h>

#include "pg_query.hpp"
#include "redis_direct.hpp"
#include "router_metrics.hpp"
#include "systems/router_handle.hpp"
#include "topology_env.hpp"

namespace lsnroute::itest {
namespace {

std::optional<Lsn> token_in_redis(const std::string &key) {
    auto v = redis_run({"GET", "lsnroute:tok:" + cluster() + ":" + key});
    return v ? Lsn::parse(*v) : std::nullopt;
}

// Writes on q's primary session, returns the commit LSN, then terminates that
// session from outside and lets libpq notice.
Lsn write_then_lose_session(lsnr_request *q, const std::string &key) {
    PGconn *w = lsnr_write(q);
    EXPECT_NE(w, nullptr) << lsnr_request_errmsg(q);
    if (!w)
        return Lsn();
    const std::string P = primary_dsn();
    pg_value(P, "CREATE TABLE IF NOT EXISTS api_commit (k text PRIMARY KEY, n int)");
    EXPECT_TRUE(pg_value(w, "INSERT INTO api_commit VALUES ('" + key +
                                "', 1) ON CONFLICT (k) DO UPDATE SET n = api_commit.n + 1"));
    const Lsn commit = lsn_of(pg_value(w, "SELECT lsnroute.last_commit_lsn()"));
    const std::string pid = pg_value(w, "SELECT pg_backend_pid()").value_or("0");
    EXPECT_EQ(pg_value(P, "SELECT pg_terminate_backend(" + pid + ")"), std::string("t"));
    EXPECT_TRUE(eventually([&] {
        pg_value(w, "SELECT 1", /*may_fail=*/true);
        return PQstatus(w) != CONNECTION_OK;
    }));
    return commit;
}

class CommitLsn : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string err;
        r_ = workload::make_router(config(), err);
        ASSERT_TRUE(r_) << err;
        ASSERT_TRUE(router_uses_replicas_for_keys(r_.get()));
    }
    workload::RouterHandle r_;
};

TEST_F(CommitLsn, SessionReplacedByALaterWrite) {
    const std::string key = "commit-replaced";
    lsnr_request *q = lsnr_begin(r_.get(), key.data(), key.size());
    ASSERT_NE(q, nullptr);
    const Lsn commit = write_then_lose_session(q, key);
    // The next write of the request gets a new session, which never committed.
    ASSERT_NE(lsnr_write(q), nullptr) << lsnr_request_errmsg(q);
    ASSERT_EQ(lsnr_end(q), LSNR_OK);
    const auto token = token_in_redis(key);
    ASSERT_TRUE(token) << "no token saved for the write";
    EXPECT_LE(commit, *token);
}

TEST_F(CommitLsn, SessionBrokenAtEnd) {
    const std::string key = "commit-broken";
    lsnr_request *q = lsnr_begin(r_.get(), key.data(), key.size());
    ASSERT_NE(q, nullptr);
    const Lsn commit = write_then_lose_session(q, key);
    char tok[LSNR_TOKEN_MAX] = "";
    ASSERT_EQ(lsnr_end_token(q, tok, sizeof tok), LSNR_OK);
    EXPECT_LE(commit, lsn_of(std::string(tok)));
    const auto token = token_in_redis(key);
    ASSERT_TRUE(token) << "no token saved for the write";
    EXPECT_LE(commit, *token);
}

// A request that writes before it reads makes one Redis round trip, the
// save: its reads go to the primary, so the token is not read. The token it
// hands out still covers the stored one (here far above the commit), from
// what the monotonic save left in Redis.
TEST_F(CommitLsn, AWriteBeforeAnyReadReadsNoToken) {
    const std::string key = "commit-write-first";
    ASSERT_TRUE(redis_run({"SET", "lsnroute:tok:" + cluster() + ":" + key, "FF/0"}));
    pg_value(primary_dsn(), "CREATE TABLE IF NOT EXISTS api_commit (k text PRIMARY KEY, n int)");
    const long reads_before = sample_value(r_.get(), "lsnroute_token_reads_total");
    const long saves_before = sample_value(r_.get(), "lsnroute_token_saves_total");
    lsnr_request *q = lsnr_begin_hint(r_.get(), key.data(), key.size(), "0/10");
    ASSERT_NE(q, nullptr);
    PGconn *w = lsnr_write(q);
    ASSERT_NE(w, nullptr) << lsnr_request_errmsg(q);
    EXPECT_TRUE(pg_value(w, "INSERT INTO api_commit VALUES ('" + key +
                                "', 1) ON CONFLICT (k) DO UPDATE SET n = api_commit.n + 1"));
    ASSERT_NE(lsnr_read(q), nullptr) << lsnr_request_errmsg(q);
    EXPECT_STREQ(lsnr_node(q), "primary") << "a read after the write";
    char tok[LSNR_TOKEN_MAX] = "";
    ASSERT_EQ(lsnr_end_token(q, tok, sizeof tok), LSNR_OK);
    EXPECT_STREQ(tok, "FF/0");
    EXPECT_EQ(sample_value(r_.get(), "lsnroute_token_reads_total"), reads_before);
    EXPECT_EQ(sample_value(r_.get(), "lsnroute_token_saves_total"), saves_before + 1);
    EXPECT_EQ(token_in_redis(key), Lsn::parse("FF/0"));

    // A read first reads it, once for the whole request.
    q = lsnr_begin(r_.get(), key.data(), key.size());
    ASSERT_NE(q, nullptr);
    ASSERT_NE(lsnr_read(q), nullptr) << lsnr_request_errmsg(q);
    ASSERT_NE(lsnr_read(q), nullptr) << lsnr_request_errmsg(q);
    EXPECT_EQ(lsnr_end(q), LSNR_OK);
    EXPECT_EQ(sample_value(r_.get(), "lsnroute_token_reads_total"), reads_before + 1);
    ASSERT_TRUE(redis_run({"DEL", "lsnroute:tok:" + cluster() + ":" + key}));
}

}  // namespace
}  // namespace lsnroute::itest
