// Each new replica connection checks pg_last_wal_replay_lsn() against the
// registry entry it was chosen by (docs/design.md Routing rule, step 1): a node
// below what its entry promised (a standby restarted after a crash while its
// old entry is still live) is not used; the read goes elsewhere.
// The entry here is a copy of r1's real one, under another cluster name, that
// keeps claiming r1 has replayed everything the primary wrote while r1's
// replay is paused.
#include <gtest/gtest.h>
#include <hiredis/hiredis.h>
#include <lsnroute.h>

#include <atomic>
#include <cstring>
#include <thread>

#include "pg_query.hpp"
#include "redis_direct.hpp"
#include "systems/router_handle.hpp"
#include "topology_env.hpp"

namespace lsnroute::itest {
namespace {

const std::string kForged = "api_forged";

std::string node_key(const std::string &cl, const std::string &node) {
    return "lsnroute:{" + cl + "}:node:" + node;
}

// Copies a node's registry hash to the forged cluster, with published_at_ms
// now and (for r1) replay_lsn set to `replay`.
void copy_entry(const std::string &node, const std::string &replay) {
    const timeval tv{5, 0};
    redisContext *c = redisConnectWithTimeout("127.0.0.1", redis_port(), tv);
    ASSERT_TRUE(c && !c->err);
    const std::string src = node_key(cluster(), node);
    auto *r = static_cast<redisReply *>(redisCommand(c, "HGETALL %s", src.c_str()));
    ASSERT_TRUE(r && r->type == REDIS_REPLY_ARRAY && r->elements > 0) << node;
    std::vector<std::string> argv{"HSET", node_key(kForged, node)};
    for (size_t i = 0; i + 1 < r->elements; i += 2) {
        std::string f(r->element[i]->str, r->element[i]->len);
        std::string v(r->element[i + 1]->str, r->element[i + 1]->len);
        if (f == "published_at_ms")
            v = std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count());
        if (f == "replay_lsn" && !replay.empty())
            v = replay;
        argv.push_back(f);
        argv.push_back(v);
    }
    freeReplyObject(r);
    redisFree(c);
    redis_run(argv);
    redis_run({"SADD", "lsnroute:{" + kForged + "}:nodes", node});
}

TEST(ReplicaCheck, ANewConnectionBelowItsEntryIsNotUsed) {
    const std::string P = primary_dsn();
    ASSERT_TRUE(pg_value(P, "DROP TABLE IF EXISTS api_check"));
    ASSERT_TRUE(pg_value(P, "CREATE TABLE api_check (v int)"));
    ASSERT_TRUE(pg_value(P, "INSERT INTO api_check VALUES (0)"));
    const Lsn setup = lsn_of(pg_value(P, "SELECT pg_current_wal_insert_lsn()"));
    ASSERT_TRUE(eventually([&] {
        return pg_value(node_dsn("r1"), "SELECT pg_last_wal_replay_lsn() >= '" + setup.str() +
                                            "'::pg_lsn") == std::string("t");
    }));

    // Keeps the forged entries alive, r1's claiming the primary's insert LSN.
    std::atomic<bool> stop{false};
    std::thread keeper([&] {
        PgConnPtr p = pg_connect(P);
        while (!stop) {
            const auto lsn = pg_value(p.get(), "SELECT pg_current_wal_insert_lsn()");
            copy_entry("primary", "");
            copy_entry("r1", lsn.value_or(""));
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
    struct Stop {
        std::atomic<bool> &stop;
        std::thread &t;
        ~Stop() {
            stop = true;
            t.join();
            pg_value(node_dsn("r1"), "SELECT pg_wal_replay_resume()");
        }
    } stopper{stop, keeper};

    const std::string cfg = "redis=127.0.0.1:" + std::to_string(redis_port()) +
                            " cluster=" + kForged +
                            " pg='user=postgres dbname=postgres' refresh_ms=100 max_lag_ms=600000";
    std::string err;
    workload::RouterHandle r = workload::make_router(cfg, err);
    ASSERT_TRUE(r) << err;
    ASSERT_TRUE(router_uses_replicas_for_keys(r.get()));

    ASSERT_TRUE(pg_value(node_dsn("r1"), "SELECT pg_wal_replay_pause()"));
    ASSERT_TRUE(pg_value(P, "UPDATE api_check SET v = 1"));
    const Lsn commit = lsn_of(pg_value(P, "SELECT pg_current_wal_insert_lsn()"));
    ASSERT_EQ(lsnr_note_write(r.get(), "check", 5, commit.str().c_str()), LSNR_OK);
    // The registry says r1 has it.
    ASSERT_TRUE(eventually([&] {
        lsnr_choice c{};
        return lsnr_choose(r.get(), "check", 5, &c) == LSNR_OK && !c.is_primary;
    }));
    lsnr_request *q = lsnr_begin(r.get(), "check", 5);
    ASSERT_NE(q, nullptr);
    PGconn *c = lsnr_read(q);
    ASSERT_NE(c, nullptr) << lsnr_request_errmsg(q);
    EXPECT_EQ(pg_value(c, "SELECT v FROM api_check"), std::string("1"))
        << "stale read on " << lsnr_node(q);
    EXPECT_EQ(lsnr_end(q), LSNR_OK);
}

}  // namespace
}  // namespace lsnroute::itest
