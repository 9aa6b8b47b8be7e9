// The registry as untrusted, vanishing input, against the real topology
// (primary, fast replica r1, replica r2 applying WAL 500 ms late, Redis):
//   * cold start: requests made right after lsnr_router_new never fail;
//   * a malformed entry (a dsn that does not parse) is counted, not a crash;
//   * events stamped in the future do not pin a replica;
//   * the primary's entry vanishing (expiry, then FLUSHALL) fails nothing.
// The routers here get no `primary` option: the registry is all they know.
#include <gtest/gtest.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <lsnroute.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "pg_result.hpp"
#include "topology_env.hpp"

namespace lsnroute::itest {
namespace {

std::string registry_only_config(const std::string &extra = "") {
    return "redis=127.0.0.1:" + std::to_string(redis_port()) + " cluster=" + cluster() +
           " pg='user=postgres dbname=postgres' refresh_ms=50 " + extra;
}

struct RouterFree {
    void operator()(lsnr_router *r) const { lsnr_router_free(r); }
};
using RouterPtr = std::unique_ptr<lsnr_router, RouterFree>;

RouterPtr new_router(const std::string &config) {
    char err[512] = "";
    RouterPtr r(lsnr_router_new(config.c_str(), err, sizeof err));
    EXPECT_TRUE(r) << err;
    return r;
}

struct RedisFree {
    void operator()(redisContext *c) const { redisFree(c); }
};

// One Redis command (argv form); the reply as text ("" for non-strings).
std::string redis(const std::vector<std::string> &args) {
    static std::unique_ptr<redisContext, RedisFree> c(redisConnect("127.0.0.1", redis_port()));
    std::vector<const char *> argv;
    std::vector<size_t> lens;
    for (const auto &a : args) {
        argv.push_back(a.data());
        lens.push_back(a.size());
    }
    auto *r = static_cast<redisReply *>(
        redisCommandArgv(c.get(), static_cast<int>(argv.size()), argv.data(), lens.data()));
    EXPECT_NE(r, nullptr) << args[0];
    std::string out;
    if (r && (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS))
        out.assign(r->str, r->len);
    if (r && r->type == REDIS_REPLY_INTEGER)
        out = std::to_string(r->integer);
    freeReplyObject(r);
    return out;
}

std::string node_key(const std::string &node) {
    return "lsnroute:{" + cluster() + "}:node:" + node;
}

// A counter or gauge of the router's metrics (-1 when absent).
double metric(lsnr_router *r, const std::string &sample) {
    std::vector<char> buf(1 << 16);
    if (lsnr_metrics(r, buf.data(), buf.size()) != LSNR_OK)
        return -1;
    const std::string text(buf.data());
    const size_t at = text.find("\n" + sample + " ");
    return at == std::string::npos ? -1 : std::atof(text.c_str() + at + sample.size() + 2);
}

std::string sql_value(PGconn *c, const std::string &sql) {
    const PgResultPtr owned(PQexec(c, sql.c_str()));
    PGresult *res = owned.get();
    std::string v;
    const bool ok =
        PQresultStatus(res) == PGRES_TUPLES_OK || PQresultStatus(res) == PGRES_COMMAND_OK;
    if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) > 0)
        v = PQgetvalue(res, 0, 0);
    else if (!ok)
        v = "ERROR " + std::string(PQresultErrorMessage(res));
    return v;
}

void primary_sql(const std::string &sql) {
    PGconn *c = PQconnectdb(primary_dsn().c_str());
    ASSERT_EQ(PQstatus(c), CONNECTION_OK) << PQerrorMessage(c);
    const std::string v = sql_value(c, sql);
    EXPECT_EQ(v.rfind("ERROR", 0), std::string::npos) << sql << ": " << v;
    PQfinish(c);
}

// One request: a write (SELECT 1 on the primary) or a read. True when the
// router handed out a connection that answered.
bool one_request(lsnr_router *r, int i, std::string *why) {
    const std::string key = "user:" + std::to_string(i % 50);
    lsnr_request *q = lsnr_begin(r, key.data(), key.size());
    if (!q)
        return false;
    PGconn *c = i % 4 == 0 ? lsnr_write(q) : lsnr_read(q);
    bool ok = c && sql_value(c, "SELECT 1") == "1";
    if (!ok && why)
        *why = c ? "the connection did not answer" : "no connection handed out";
    const int rc = lsnr_end(q);
    ok = ok && (rc == LSNR_OK || rc == LSNR_ETOKEN);
    return ok;
}

}  // namespace

TEST(RegistryBoundaries, RequestsRightAfterRouterNewNeverFail) {
    // issue 8: 200 requests made right after lsnr_router_new all failed.
    int failed = 0, total = 0;
    std::string why;
    for (int round = 0; round < 5; ++round) {
        RouterPtr r = new_router(registry_only_config());
        ASSERT_TRUE(r);
        lsnr_choice ch{};
        EXPECT_EQ(lsnr_choose(r.get(), "user:1", 6, &ch), LSNR_OK);
        for (int i = 0; i < 200; ++i, ++total)
            failed += one_request(r.get(), i, &why) ? 0 : 1;
    }
    std::printf("RESULT cold_start requests=%d failed=%d\n", total, failed);
    EXPECT_EQ(failed, 0) << why;
}

TEST(RegistryBoundaries, AMalformedEntryIsCountedNotACrash) {
    // issue 8: this entry made every router abort (std::terminate).
    const std::string bad = "bad-dsn";
    redis({"HSET", node_key(bad), "v", "1", "role", "standby", "dsn", "host='a", "timeline", "1",
           "replay_lsn", "FFFFFFFF/0", "lag_ms", "0", "published_at_ms",
           std::to_string(std::time(nullptr) * 1000LL), "seq", "1"});
    redis({"SADD", "lsnroute:{" + cluster() + "}:nodes", bad, "\xff\xfe"});
    RouterPtr r = new_router(registry_only_config());
    ASSERT_TRUE(r);
    EXPECT_TRUE(
        eventually([&] { return metric(r.get(), "lsnroute_registry_refreshes_total") >= 5; }));
    EXPECT_GE(metric(r.get(), "lsnroute_registry_rejected_total{reason=\"bad_dsn\"}"), 1);
    EXPECT_GE(metric(r.get(), "lsnroute_registry_rejected_total{reason=\"malformed\"}"), 1);
    EXPECT_TRUE(router_uses_replicas(r.get()));  // the good nodes still serve
    for (int i = 0; i < 20; ++i)
        EXPECT_TRUE(one_request(r.get(), i, nullptr));
    redis({"DEL", node_key(bad)});
    redis({"SREM", "lsnroute:{" + cluster() + "}:nodes", bad, "\xff\xfe"});
}

TEST(RegistryBoundaries, EventsFromTheFutureDoNotPinAReplica) {
    // issue 8: events a day ahead claiming everything replayed made 29 of 30
    // read-after-write pairs stale. least_lag would prefer the forged node.
    primary_sql("CREATE TABLE IF NOT EXISTS reg_future (k int PRIMARY KEY, v int)");
    primary_sql("INSERT INTO reg_future VALUES (1, 0) ON CONFLICT DO NOTHING");
    RouterPtr r = new_router(registry_only_config("policy=least_lag"));
    ASSERT_TRUE(r);
    ASSERT_TRUE(router_uses_replicas(r.get()));
    const std::string channel = "lsnroute:{" + cluster() + "}:events";
    int stale = 0, pairs = 0;
    for (int i = 1; i <= 30; ++i) {
        lsnr_request *w = lsnr_begin(r.get(), "user:future", 11);
        ASSERT_NE(w, nullptr);
        PGconn *pc = lsnr_write(w);
        ASSERT_NE(pc, nullptr);
        EXPECT_EQ(sql_value(pc, "UPDATE reg_future SET v = " + std::to_string(i) + " WHERE k = 1"),
                  "");
        ASSERT_EQ(lsnr_end(w), LSNR_OK);
        const long long ahead = std::time(nullptr) * 1000LL + 86400000LL;
        for (const char *node : {"r1", "r2"})
            redis({"PUBLISH", channel,
                   "v=1 node=" + std::string(node) +
                       " role=standby replay_lsn=FFFFFFFF/FFFFFFFF lag_ms=0 published_at_ms=" +
                       std::to_string(ahead) + " seq=" + std::to_string(1000000000LL + i)});
        lsnr_request *q = lsnr_begin(r.get(), "user:future", 11);
        ASSERT_NE(q, nullptr);
        PGconn *rc = lsnr_read(q);
        ASSERT_NE(rc, nullptr);
        ++pairs;
        if (sql_value(rc, "SELECT v FROM reg_future WHERE k = 1") != std::to_string(i))
            ++stale;
        lsnr_end(q);
    }
    std::printf("RESULT future_events pairs=%d stale=%d\n", pairs, stale);
    EXPECT_EQ(stale, 0);
    EXPECT_GE(metric(r.get(), "lsnroute_registry_rejected_total{reason=\"future\"}"), 60);
}

TEST(RegistryBoundaries, ThePrimaryEntryVanishingFailsNothing) {
    RouterPtr r = new_router(registry_only_config("node_ttl_ms=5000"));
    ASSERT_TRUE(r);
    ASSERT_TRUE(router_uses_replicas(r.get()));
    EXPECT_EQ(metric(r.get(), "lsnroute_registry_nodes"), 3);
    // The primary's worker stops publishing: its entry expires (PEXPIRE).
    primary_sql("ALTER SYSTEM SET lsnroute.enabled = off");
    primary_sql("SELECT pg_reload_conf()");
    ASSERT_TRUE(eventually([&] { return redis({"EXISTS", node_key("primary")}) == "0"; }));
    ASSERT_TRUE(eventually([&] { return metric(r.get(), "lsnroute_registry_nodes") == 2; }));
    int failed = 0;
    std::string why;
    for (int i = 0; i < 100; ++i)
        failed += one_request(r.get(), i, &why) ? 0 : 1;
    // And the whole registry gone (FLUSHALL): the replicas republish, the
    // floor is raised on the last known primary, nothing fails.
    redis({"FLUSHALL"});
    for (int i = 0; i < 100; ++i)
        failed += one_request(r.get(), i, &why) ? 0 : 1;
    std::printf("RESULT primary_vanished requests=200 failed=%d\n", failed);
    EXPECT_EQ(failed, 0) << why;
    primary_sql("ALTER SYSTEM RESET lsnroute.enabled");
    primary_sql("SELECT pg_reload_conf()");
    EXPECT_TRUE(eventually([&] { return redis({"EXISTS", node_key("primary")}) == "1"; }));
}

}  // namespace lsnroute::itest
