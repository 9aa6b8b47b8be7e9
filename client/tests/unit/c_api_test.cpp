// The C API without servers: argument checks, configuration errors, and the
// "faults resolve toward the primary" paths with Redis unreachable.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "lsnroute.h"

namespace {

// Nothing listens on port 1: Redis is down for these routers.
const char *kDownConfig =
    "redis=127.0.0.1:1 timeout_ms=50 primary='host=127.0.0.1 port=1' cluster=unit";

}  // namespace

TEST(CApi, StrerrorNamesEveryCode) {
    for (int c = LSNR_EINTERNAL; c <= LSNR_OK; ++c) {
        EXPECT_STRNE(lsnr_strerror(c), "unknown lsnroute error code") << c;
    }
    EXPECT_STREQ(lsnr_strerror(-100), "unknown lsnroute error code");
}

TEST(CApi, BadConfigNamesTheValue) {
    char err[256] = "";
    EXPECT_EQ(lsnr_router_new("max_lag_ms=abc", err, sizeof err), nullptr);
    EXPECT_STREQ(err, "max_lag_ms: 'abc' is not a number");
    char tiny[8];
    EXPECT_EQ(lsnr_router_new("policy=x", tiny, sizeof tiny), nullptr);
    EXPECT_EQ(std::strlen(tiny), 7u);  // truncated, terminated
}

TEST(CApi, NullArgumentsAreRejected) {
    lsnr_choice c;
    EXPECT_EQ(lsnr_choose(nullptr, "k", 1, &c), LSNR_EINVAL);
    EXPECT_EQ(lsnr_choose_at(nullptr, "", &c), LSNR_EINVAL);
    EXPECT_EQ(lsnr_end(nullptr), LSNR_EINVAL);
    EXPECT_EQ(lsnr_begin(nullptr, "k", 1), nullptr);
    EXPECT_EQ(lsnr_read(nullptr), nullptr);
    EXPECT_STREQ(lsnr_node(nullptr), "");
}

TEST(CApi, RedisDownStillGivesThePrimary) {
    char err[256] = "";
    lsnr_router *r = lsnr_router_new(kDownConfig, err, sizeof err);
    ASSERT_NE(r, nullptr) << err;
    lsnr_choice c;
    ASSERT_EQ(lsnr_choose(r, "user:1", 6, &c), LSNR_OK);
    EXPECT_EQ(c.is_primary, 1);
    EXPECT_STREQ(c.node, "primary");
    EXPECT_NE(std::strstr(c.dsn, "port='1'"), nullptr) << c.dsn;
    ASSERT_EQ(lsnr_choose_at(r, "0/5000", &c), LSNR_OK);
    EXPECT_EQ(c.is_primary, 1);
    EXPECT_STREQ(c.reason, "no_replica");
    char buf[16384];
    ASSERT_EQ(lsnr_metrics(r, buf, sizeof buf), LSNR_OK);
    EXPECT_NE(std::strstr(buf, "lsnroute_routed_total{node=\"primary\""), nullptr);
    EXPECT_NE(std::strstr(buf, "lsnroute_routing_overhead_seconds_count 1"), nullptr);
    char small[10];
    EXPECT_EQ(lsnr_metrics(r, small, sizeof small), LSNR_ETRUNC);
    lsnr_router_free(r);
}

TEST(CApi, MalformedCarriedTokenIsNamedAndGetsThePrimary) {
    char err[256] = "";
    lsnr_router *r = lsnr_router_new(kDownConfig, err, sizeof err);
    ASSERT_NE(r, nullptr) << err;
    lsnr_choice c;
    EXPECT_EQ(lsnr_choose_at(r, "not-an-lsn", &c), LSNR_EINVAL);
    EXPECT_EQ(c.is_primary, 1);
    EXPECT_STREQ(c.reason, "bad_token");
    // Request mode still gets a request (primary only).
    lsnr_request *q = lsnr_begin_at(r, "garbage");
    ASSERT_NE(q, nullptr);
    char tok[32] = "x";
    EXPECT_EQ(lsnr_end_at(q, tok, sizeof tok), LSNR_OK);
    EXPECT_STREQ(tok, "");  // nothing written, no valid token to carry
    q = lsnr_begin_at(r, "0/16B3748");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(lsnr_end_at(q, tok, sizeof tok), LSNR_OK);
    EXPECT_STREQ(tok, "0/16B3748");  // no write: the old token carries on
    EXPECT_EQ(lsnr_note_write(r, "k", 1, "zz"), LSNR_EINVAL);
    lsnr_router_free(r);
}

TEST(CApi, UnreachablePrimaryIsAPgError) {
    char err[256] = "";
    lsnr_router *r = lsnr_router_new(kDownConfig, err, sizeof err);
    ASSERT_NE(r, nullptr) << err;
    lsnr_request *q = lsnr_begin(r, "k", 1);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(lsnr_read(q), nullptr);  // the primary (port 1) refuses
    EXPECT_EQ(lsnr_end(q), LSNR_OK);
    lsnr_router_free(r);
}

// 1.1: a token that cannot be saved is never reported as saved.
TEST(CApi, NoteWriteWithRedisDownIsETokenNeverSuccess) {
    char err[256] = "";
    lsnr_router *r = lsnr_router_new(kDownConfig, err, sizeof err);
    ASSERT_NE(r, nullptr) << err;
    // The first attempt meets a refused connection (and retries within
    // timeout_ms), the second an open breaker: both are LSNR_ETOKEN.
    EXPECT_EQ(lsnr_note_write(r, "k", 1, "0/16B3748"), LSNR_ETOKEN);
    EXPECT_EQ(lsnr_note_write(r, "k", 1, "0/16B3749"), LSNR_ETOKEN);
    char buf[16384];
    ASSERT_EQ(lsnr_metrics(r, buf, sizeof buf), LSNR_OK);
    EXPECT_NE(std::strstr(buf, "lsnroute_token_save_failures_total 2"), nullptr);
    EXPECT_STRNE(lsnr_strerror(LSNR_ETOKEN), "unknown lsnroute error code");
    lsnr_router_free(r);
}

// Hint mode with Redis down: the request still gets the primary and carries
// the largest token it knows; a malformed hint is named and gets the primary.
TEST(CApi, BeginHintCarriesTheHintAndNamesAMalformedOne) {
    char err[256] = "";
    lsnr_router *r = lsnr_router_new(kDownConfig, err, sizeof err);
    ASSERT_NE(r, nullptr) << err;
    lsnr_request *q = lsnr_begin_hint(r, "k", 1, "0/5000");
    ASSERT_NE(q, nullptr);
    EXPECT_STREQ(lsnr_request_errmsg(q), "");
    char tok[LSNR_TOKEN_MAX] = "x";
    EXPECT_EQ(lsnr_end_token(q, tok, sizeof tok), LSNR_OK);  // nothing written
    EXPECT_STREQ(tok, "0/5000");

    q = lsnr_begin_hint(r, "k", 1, "bogus\xff");
    ASSERT_NE(q, nullptr);
    EXPECT_NE(std::strstr(lsnr_request_errmsg(q), "bogus"), nullptr) << lsnr_request_errmsg(q);
    EXPECT_EQ(lsnr_end_token(q, tok, sizeof tok), LSNR_OK);
    EXPECT_STREQ(tok, "");

    q = lsnr_begin_hint(r, "k", 1, "12345678/9ABCDEF0");
    ASSERT_NE(q, nullptr);
    char tiny[4];
    EXPECT_EQ(lsnr_end_token(q, tiny, sizeof tiny), LSNR_ETRUNC);
    EXPECT_EQ(lsnr_begin_hint(nullptr, "k", 1, ""), nullptr);
    EXPECT_EQ(lsnr_begin_hint(r, nullptr, 0, ""), nullptr);
    EXPECT_EQ(lsnr_end_token(nullptr, tok, sizeof tok), LSNR_EINVAL);
    lsnr_router_free(r);
}

// lsnr_token never hands out a token it could not read: the caller must use
// the primary then (an empty token would let lsnr_choose_at pick a replica).
TEST(CApi, TokenWithRedisDownIsAnErrorAndNoToken) {
    char err[256] = "";
    lsnr_router *r = lsnr_router_new(kDownConfig, err, sizeof err);
    ASSERT_NE(r, nullptr) << err;
    char out[LSNR_TOKEN_MAX] = "x";
    EXPECT_EQ(lsnr_token(r, "k", 1, "0/10", out, sizeof out), LSNR_EREDIS);
    EXPECT_STREQ(out, "");
    EXPECT_EQ(lsnr_token(r, "k", 1, nullptr, nullptr, 0), LSNR_EINVAL);
    EXPECT_EQ(lsnr_token(nullptr, "k", 1, nullptr, out, sizeof out), LSNR_EINVAL);
    lsnr_router_free(r);
}

// lsnr_read/lsnr_write failures are explained in the request.
TEST(CApi, RequestErrmsgExplainsAFailedRead) {
    char err[256] = "";
    lsnr_router *r = lsnr_router_new(kDownConfig, err, sizeof err);
    ASSERT_NE(r, nullptr) << err;
    lsnr_request *q = lsnr_begin(r, "k", 1);
    ASSERT_NE(q, nullptr);
    EXPECT_STREQ(lsnr_request_errmsg(q), "");
    EXPECT_EQ(lsnr_write(q), nullptr);
    EXPECT_NE(std::strstr(lsnr_request_errmsg(q), "connection failed"), nullptr)
        << lsnr_request_errmsg(q);
    EXPECT_STREQ(lsnr_request_errmsg(nullptr), "");
    // No connection was handed out, so nothing was written: nothing to save.
    EXPECT_EQ(lsnr_end(q), LSNR_OK);
    lsnr_router_free(r);
}
