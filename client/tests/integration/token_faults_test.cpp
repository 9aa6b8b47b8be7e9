// Token values and Redis settings that threaten tokens (docs/design.md Faults):
// * a token key of another type (WRONGTYPE), a huge or non-UTF-8 value is a
//   bad token for that request only (the primary), never a breaker trip, and
//   the next save overwrites it;
// * while Redis may evict keys (maxmemory > 0, a policy other than
//   noeviction), a read whose token is absent goes to the primary.
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

std::string token_key(const std::string &key) {
    return "lsnroute:tok:" + cluster() + ":" + key;
}

lsnr_choice choose(lsnr_router *r, const std::string &key) {
    lsnr_choice c{};
    EXPECT_EQ(lsnr_choose(r, key.data(), key.size(), &c), LSNR_OK);
    return c;
}

class TokenFaults : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string err;
        r_ = workload::make_router(config() + " refresh_ms=100", err);
        ASSERT_TRUE(r_) << err;
        ASSERT_TRUE(router_uses_replicas_for_keys(r_.get()));
    }
    workload::RouterHandle r_;
};

TEST_F(TokenFaults, BadTokenValuesGetThePrimaryForThatRequestOnly) {
    ASSERT_TRUE(redis_run({"DEL", token_key("as-list")}));
    ASSERT_TRUE(redis_run({"RPUSH", token_key("as-list"), "0/1"}));
    ASSERT_TRUE(redis_run({"SET", token_key("huge"), std::string(1 << 20, '7')}));
    ASSERT_TRUE(redis_run({"SET", token_key("binary"), "0/\xff\xfe\x01"}));
    for (const std::string key : {"as-list", "huge", "binary"}) {
        const lsnr_choice c = choose(r_.get(), key);
        EXPECT_EQ(c.is_primary, 1) << key;
        EXPECT_STREQ(c.reason, "bad_token") << key;
        lsnr_request *q = lsnr_begin(r_.get(), key.data(), key.size());
        ASSERT_NE(q, nullptr);
        // The token is read by the first read; it gets the primary, and the
        // request names what was wrong with the token.
        ASSERT_NE(lsnr_read(q), nullptr) << lsnr_request_errmsg(q);
        EXPECT_STREQ(lsnr_node(q), "primary") << key;
        const std::string why = lsnr_request_errmsg(q);
        EXPECT_NE(why.find(key), std::string::npos) << why;
        EXPECT_LT(why.size(), 200u) << "the value is not cut short: " << why.substr(0, 300);
        EXPECT_EQ(why.find('\xff'), std::string::npos) << "raw bytes in the message";
        EXPECT_EQ(lsnr_end(q), LSNR_OK);
    }
    // Nothing global: the breaker stayed closed, no floor raise was needed,
    // and other keys still read from replicas.
    const std::string m = metrics_of(r_.get());
    EXPECT_TRUE(has_line(m, "lsnroute_breaker_state{state=\"closed\"} 1")) << m;
    EXPECT_TRUE(has_line(m, "lsnroute_floor_guard_clear 1")) << m;
    EXPECT_EQ(choose(r_.get(), "a-good-key").is_primary, 0);
    // The next save replaces the bad value.
    const std::string lsn =
        pg_value(primary_dsn(), "SELECT pg_current_wal_insert_lsn()").value_or("");
    EXPECT_EQ(lsnr_note_write(r_.get(), "as-list", 7, lsn.c_str()), LSNR_OK);
    EXPECT_EQ(redis_run({"GET", token_key("as-list")}), lsn);
}

TEST_F(TokenFaults, WhileRedisMayEvictAReadWithoutATokenGoesToThePrimary) {
    // A token that any replica has replayed: such a key may use replicas.
    ASSERT_EQ(lsnr_note_write(r_.get(), "has-token", 9, "0/1"), LSNR_OK);
    ASSERT_TRUE(redis_run({"CONFIG", "SET", "maxmemory", "1gb"}));
    ASSERT_TRUE(redis_run({"CONFIG", "SET", "maxmemory-policy", "volatile-lru"}));
    struct Restore {
        ~Restore() {
            redis_run({"CONFIG", "SET", "maxmemory-policy", "noeviction"});
            redis_run({"CONFIG", "SET", "maxmemory", "0"});
        }
    } restore;
    ASSERT_TRUE(
        eventually([&] { return has_line(metrics_of(r_.get()), "lsnroute_redis_may_evict 1"); }));
    const lsnr_choice absent = choose(r_.get(), "no-token-here");
    EXPECT_EQ(absent.is_primary, 1);
    EXPECT_STREQ(absent.reason, "eviction_risk");
    EXPECT_EQ(choose(r_.get(), "has-token").is_primary, 0);

    // noeviction, the supported setting: the tokens evicted meanwhile stay
    // gone, so the router raises the floor before it trusts an absent token
    // (reads go to the primary until then, asynchronously); after that an
    // absent token is 0/0 again and reads from a replica.
    const long raises = sample_value(r_.get(), "lsnroute_floor_raises_total");
    ASSERT_TRUE(redis_run({"CONFIG", "SET", "maxmemory-policy", "noeviction"}));
    ASSERT_TRUE(
        eventually([&] { return has_line(metrics_of(r_.get()), "lsnroute_redis_may_evict 0"); }));
    EXPECT_TRUE(eventually([&] { return choose(r_.get(), "no-token-here").is_primary == 0; }));
    EXPECT_GT(sample_value(r_.get(), "lsnroute_floor_raises_total"), raises);
}

}  // namespace
}  // namespace lsnroute::itest
