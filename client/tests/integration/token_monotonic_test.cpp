// Two app servers (two routers) write one sticky key from several threads at
// once, one in request mode (lsnr_end saves the token) and one in advisory
// mode (lsnr_note_write). Their saves reach Redis in any order; the token in
// Redis must never go down and must end at the greatest commit LSN of all.
#include <gtest/gtest.h>
#include <hiredis/hiredis.h>

#include <atomic>
#include <functional>
#include <lsnroute/lsn.hpp>
#include <mutex>
#include <random>
#include <registry_schema.hpp>
#include <thread>
#include <vector>

#include "systems/router_handle.hpp"
#include "pg_result.hpp"
#include "topology_env.hpp"

namespace lsnroute::workload {
namespace {

constexpr char kKey[] = "shared-account";
constexpr int kWritesPerThread = 150;

// One write of the shared row on `c`; returns the commit LSN (the session's
// lsnroute.last_commit_lsn()).
Lsn write_once(PGconn *c) {
    PgResultPtr u(PQexec(c, "UPDATE lsnr_token_test SET n = n + 1 WHERE id = 1"));
    EXPECT_EQ(PQresultStatus(u.get()), PGRES_COMMAND_OK) << PQerrorMessage(c);
    PgResultPtr l(PQexec(c, "SELECT lsnroute.last_commit_lsn()"));
    EXPECT_EQ(PQresultStatus(l.get()), PGRES_TUPLES_OK) << PQerrorMessage(c);
    const auto lsn = Lsn::parse(PQgetvalue(l.get(), 0, 0));
    EXPECT_TRUE(lsn.has_value());
    return lsn.value_or(Lsn());
}

class MaxLsn {
  public:
    void add(Lsn l) {
        std::lock_guard<std::mutex> g(mu_);
        max_ = lsnroute::max(max_, l);
    }
    Lsn get() {
        std::lock_guard<std::mutex> g(mu_);
        return max_;
    }

  private:
    std::mutex mu_;
    Lsn max_;
};

TEST(TokenMonotonic, TwoRoutersWritingOneKey) {
    {
        PGconn *c = PQconnectdb(itest::primary_dsn().c_str());
        ASSERT_EQ(PQstatus(c), CONNECTION_OK);
        PgResultPtr r(
            PQexec(c,
                   "SET client_min_messages = warning; DROP TABLE IF EXISTS lsnr_token_test; "
                   "CREATE TABLE lsnr_token_test (id int PRIMARY KEY, n bigint); "
                   "INSERT INTO lsnr_token_test VALUES (1, 0)"));
        ASSERT_EQ(PQresultStatus(r.get()), PGRES_COMMAND_OK) << PQerrorMessage(c);
        PQfinish(c);
    }
    std::string err;
    RouterHandle app1 = make_router(itest::config(), err);
    ASSERT_TRUE(app1) << err;
    RouterHandle app2 = make_router(itest::config(), err);
    ASSERT_TRUE(app2) << err;

    MaxLsn written;
    std::atomic<int> failures{0};
    // Greatest LSN whose save already returned: a save of a smaller one after
    // it is the out-of-order case that a plain SET would get wrong.
    MaxLsn saved;
    std::atomic<int> out_of_order{0};
    auto save = [&](Lsn l, const std::function<int()> &do_save) {
        if (saved.get() > l)
            ++out_of_order;
        if (do_save() != LSNR_OK)
            ++failures;
        saved.add(l);
    };
    std::atomic<bool> writing{true};

    // Watches the token in Redis as fast as it can while the writers run.
    const std::string token_key = schema::token_key(itest::cluster(), kKey);
    std::vector<Lsn> seen;
    std::thread watcher([&] {
        redisContext *rc = redisConnect("127.0.0.1", itest::redis_port());
        ASSERT_TRUE(rc && !rc->err);
        while (writing) {
            auto *rep = static_cast<redisReply *>(redisCommand(rc, "GET %s", token_key.c_str()));
            ASSERT_NE(rep, nullptr);
            if (rep->type == REDIS_REPLY_STRING) {
                const auto l = Lsn::parse(std::string(rep->str, rep->len));
                EXPECT_TRUE(l.has_value()) << "malformed token " << rep->str;
                if (l)
                    seen.push_back(*l);
            }
            freeReplyObject(rep);
        }
        redisFree(rc);
    });

    // App server 1, request mode: lsnr_end saves the token.
    auto request_writer = [&](unsigned seed) {
        std::mt19937 rng(seed);
        for (int i = 0; i < kWritesPerThread; ++i) {
            lsnr_request *q = lsnr_begin(app1.get(), kKey, sizeof kKey - 1);
            ASSERT_NE(q, nullptr);
            PGconn *c = lsnr_write(q);
            ASSERT_NE(c, nullptr);
            written.add(write_once(c));
            // Vary the gap between commit and token save so that saves of
            // different threads overtake each other.
            std::this_thread::sleep_for(std::chrono::microseconds(rng() % 2000));
            if (lsnr_end(q) != LSNR_OK)
                ++failures;
        }
    };
    // App server 2, advisory mode: its own connection, lsnr_note_write.
    auto advisory_writer = [&](unsigned seed) {
        std::mt19937 rng(seed);
        PGconn *c = PQconnectdb(itest::primary_dsn().c_str());
        ASSERT_EQ(PQstatus(c), CONNECTION_OK);
        for (int i = 0; i < kWritesPerThread; ++i) {
            const Lsn l = write_once(c);
            written.add(l);
            std::this_thread::sleep_for(std::chrono::microseconds(rng() % 2000));
            save(l, [&] {
                return lsnr_note_write(app2.get(), kKey, sizeof kKey - 1, l.str().c_str());
            });
        }
        PQfinish(c);
    };
    std::vector<std::thread> writers;
    for (unsigned t = 0; t < 3; ++t)
        writers.emplace_back(request_writer, 100 + t);
    for (unsigned t = 0; t < 3; ++t)
        writers.emplace_back(advisory_writer, 200 + t);
    for (auto &w : writers)
        w.join();
    writing = false;
    watcher.join();

    EXPECT_EQ(failures, 0);
    EXPECT_GT(out_of_order, 0)
        << "no save ever arrived after a greater one: the race was not exercised";
    ASSERT_GT(seen.size(), 10u) << "the watcher saw too few tokens to judge";
    size_t decreases = 0;
    for (size_t i = 1; i < seen.size(); ++i)
        if (seen[i] < seen[i - 1])
            ++decreases;
    EXPECT_EQ(decreases, 0u) << "the token went down " << decreases << " times";

    redisContext *rc = redisConnect("127.0.0.1", itest::redis_port());
    ASSERT_TRUE(rc && !rc->err);
    auto *rep = static_cast<redisReply *>(redisCommand(rc, "GET %s", token_key.c_str()));
    ASSERT_NE(rep, nullptr);
    ASSERT_EQ(rep->type, REDIS_REPLY_STRING);
    EXPECT_EQ(std::string(rep->str, rep->len), written.get().str())
        << "the final token is not the greatest commit LSN";
    freeReplyObject(rep);
    redisFree(rc);
    std::printf(
        "RESULT token-monotonic writes=%d out_of_order_saves=%d tokens_observed=%zu decreases=%zu "
        "final=%s\n",
        6 * kWritesPerThread, out_of_order.load(), seen.size(), decreases,
        written.get().str().c_str());
}

}  // namespace
}  // namespace lsnroute::workload
