// A one-sided partition (docs/design.md 1.1, Faults: "token could not be saved"):
// router A loses its Redis link (a TCP relay cut) between a request's write
// and lsnr_end. lsnr_end must not report success: it returns LSNR_ETOKEN and
// hands out the token; router B, which reaches Redis fine and never saw a
// fault, then reads the user's data through lsnr_begin_hint with that token
// and never reads stale -- while without the hint it would (the replicas are
// paused behind the write, and nothing in Redis says so). When A's link is
// back, A raises the floor past the writes before it uses replicas again.
#include <gtest/gtest.h>
#include <lsnroute.h>

#include <map>

#include "pg_query.hpp"
#include "redis_direct.hpp"
#include "systems/router_handle.hpp"
#include "tcp_relay.hpp"
#include "topology_env.hpp"

namespace lsnroute::itest {
namespace {

constexpr int kUsers = 5;
const char *kReplicas[] = {"r1", "r2"};

// Resumes replay on both replicas when the test ends, however it ends.
struct ReplayPause {
    ReplayPause() {
        for (const char *r : kReplicas)
            EXPECT_TRUE(pg_value(node_dsn(r), "SELECT pg_wal_replay_pause()"));
    }
    ~ReplayPause() {
        for (const char *r : kReplicas)
            pg_value(node_dsn(r), "SELECT pg_wal_replay_resume()");
    }
};

std::string read_value(lsnr_request *q, const std::string &key, std::string &node) {
    PGconn *c = lsnr_read(q);
    EXPECT_NE(c, nullptr) << lsnr_request_errmsg(q);
    if (!c)
        return "";
    node = lsnr_node(q);
    return pg_value(c, "SELECT v FROM api_partition WHERE k = '" + key + "'").value_or("");
}

TEST(TokenPartition, UnsavedTokenIsETokenAndTheHintKeepsOtherRoutersFresh) {
    const std::string P = primary_dsn();
    ASSERT_TRUE(pg_value(P, "DROP TABLE IF EXISTS api_partition"));
    ASSERT_TRUE(pg_value(P, "CREATE TABLE api_partition (k text PRIMARY KEY, v int)"));
    ASSERT_TRUE(
        pg_value(P, "INSERT INTO api_partition SELECT 'u' || i, 0 FROM generate_series(1, " +
                        std::to_string(kUsers) + ") i"));
    const Lsn setup = lsn_of(pg_value(P, "SELECT pg_current_wal_insert_lsn()"));
    for (const char *r : kReplicas) {
        ASSERT_TRUE(eventually([&] {
            return pg_value(node_dsn(r), "SELECT pg_last_wal_replay_lsn() >= '" + setup.str() +
                                             "'::pg_lsn") == std::string("t");
        })) << r
            << " never replayed the setup";
    }

    TcpRelay relay(redis_port());
    std::string err;
    // Paused replicas keep lagging: a large max_lag_ms keeps them eligible
    // for tokens they have replayed, whatever the machine's speed.
    workload::RouterHandle a =
        workload::make_router(config_with(relay.port(), "max_lag_ms=600000"), err);
    ASSERT_TRUE(a) << err;
    workload::RouterHandle b =
        workload::make_router(config_with(redis_port(), "max_lag_ms=600000"), err);
    ASSERT_TRUE(b) << err;
    ASSERT_TRUE(router_uses_replicas(a.get()));
    ASSERT_TRUE(router_uses_replicas(b.get()));

    std::map<std::string, std::string> hints;
    Lsn last_commit;
    {
        ReplayPause paused;
        for (int i = 1; i <= kUsers; ++i) {
            const std::string key = "u" + std::to_string(i);
            lsnr_request *q = lsnr_begin_hint(a.get(), key.data(), key.size(), nullptr);
            ASSERT_NE(q, nullptr);
            PGconn *w = lsnr_write(q);
            ASSERT_NE(w, nullptr) << lsnr_request_errmsg(q);
            ASSERT_TRUE(pg_value(w, "UPDATE api_partition SET v = 1 WHERE k = '" + key + "'"));
            const Lsn commit = lsn_of(pg_value(w, "SELECT lsnroute.last_commit_lsn()"));
            last_commit = max(last_commit, commit);
            if (i == 1)
                relay.cut();  // between the first write and its lsnr_end
            char tok[LSNR_TOKEN_MAX] = "";
            EXPECT_EQ(lsnr_end_token(q, tok, sizeof tok), LSNR_ETOKEN) << key;
            EXPECT_LE(commit, lsn_of(std::string(tok))) << key << ": the hint misses the write";
            hints[key] = tok;
        }

        int stale_without_hint = 0;
        for (const auto &entry : hints) {
            // Named, not bound: C++17 lambdas cannot capture structured bindings.
            const std::string &key = entry.first;
            const std::string &hint = entry.second;
            std::string node;
            lsnr_request *q = lsnr_begin_hint(b.get(), key.data(), key.size(), hint.c_str());
            ASSERT_NE(q, nullptr);
            EXPECT_EQ(read_value(q, key, node), "1") << key << " read stale on " << node;
            EXPECT_EQ(lsnr_end(q), LSNR_OK);
            // Without the hint B has nothing that names the write: once it
            // sends the key's read to a replica (it may briefly use the
            // primary for reasons of its own), that read is stale.
            std::string without_hint;
            EXPECT_TRUE(eventually([&] {
                lsnr_request *p = lsnr_begin(b.get(), key.data(), key.size());
                without_hint = read_value(p, key, node);
                lsnr_end(p);
                return node != "primary";
            })) << key
                << ": router B never sent a read without the hint to a replica";
            if (without_hint == "0")
                ++stale_without_hint;
        }
        // The premise: the tokens really are not in Redis, so only the hint
        // protects these users on router B.
        EXPECT_EQ(stale_without_hint, kUsers);
    }

    // A's link is back: it uses replicas again only after raising the floor
    // past every write whose token it could not save.
    relay.restore();
    ASSERT_TRUE(router_uses_replicas_for_keys(a.get()));
    const auto floor = redis_floor();
    ASSERT_TRUE(floor);
    EXPECT_LE(last_commit, *floor);
}

}  // namespace
}  // namespace lsnroute::itest
