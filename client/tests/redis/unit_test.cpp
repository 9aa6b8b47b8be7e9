// Redis-layer pieces that need no server: key slots, redirection parsing,
// key extraction, password scrubbing, an unreachable server.
#include <gtest/gtest.h>

#include <chrono>

#include "redis/command_keys.hpp"
#include "redis/connection.hpp"
#include "redis/redirect.hpp"
#include "redis/redis_client.hpp"
#include "../test_timeout.hpp"

namespace lsnroute::redis {
namespace {

using namespace std::chrono_literals;

TEST(UnitKeySlot, KnownValuesFromTheClusterSpec) {
    EXPECT_EQ(key_slot("123456789"), 0x31C3);  // the CRC16/XMODEM check value
    EXPECT_EQ(key_slot("foo"), 12182);
    EXPECT_EQ(key_slot("bar"), 5061);
    EXPECT_EQ(key_slot(""), 0);
}

TEST(UnitKeySlot, HashTags) {
    EXPECT_EQ(key_slot("{user1000}.following"), key_slot("{user1000}.followers"));
    EXPECT_EQ(key_slot("{user1000}.following"), key_slot("user1000"));
    EXPECT_EQ(key_slot("foo{bar}{zap}"), key_slot("bar"));   // the first tag only
    EXPECT_EQ(key_slot("foo{{bar}}zap"), key_slot("{bar"));  // up to the first '}'
    EXPECT_NE(key_slot("foo{}{bar}"), key_slot("bar"));      // empty tag: whole key
    EXPECT_EQ(key_slot("lsnroute:{topo}:nodes"), key_slot("lsnroute:{topo}:events"));
}

TEST(UnitRedirect, MovedAskAndWaits) {
    redisReply r{};
    r.type = REDIS_REPLY_ERROR;
    std::string moved = "MOVED 3999 127.0.0.1:6381";
    r.str = moved.data();
    r.len = moved.size();
    Redirect m = parse_redirect(&r, "10.0.0.1");
    EXPECT_EQ(m.kind, Redirect::Moved);
    EXPECT_EQ(m.slot, 3999);
    EXPECT_EQ(m.target.host, "127.0.0.1");
    EXPECT_EQ(m.target.port, 6381);

    std::string ask = "ASK 12182 :7002";  // no host: the node that answered
    r.str = ask.data();
    r.len = ask.size();
    Redirect a = parse_redirect(&r, "10.0.0.1");
    EXPECT_EQ(a.kind, Redirect::Ask);
    EXPECT_EQ(a.slot, 12182);
    EXPECT_EQ(a.target.host, "10.0.0.1");
    EXPECT_EQ(a.target.port, 7002);

    std::string v6 = "MOVED 1 ::1:7000";
    r.str = v6.data();
    r.len = v6.size();
    Redirect m6 = parse_redirect(&r, "x");
    EXPECT_EQ(m6.target.host, "::1");
    EXPECT_EQ(m6.target.port, 7000);

    for (std::string s : {"TRYAGAIN Multiple keys request during rehashing of slot",
                          "CLUSTERDOWN The cluster is down"}) {
        r.str = s.data();
        r.len = s.size();
        EXPECT_NE(parse_redirect(&r, "x").kind, Redirect::None) << s;
    }
    for (std::string s :
         {"ERR wrong number of arguments", "MOVED", "MOVED 99999 h:1", "MOVEDX 1 h:1",
          "ASK 1 nohostport", "MOVED 1 h:0", "MOVED 1 h:-1", "ASK 1 h:65536"}) {
        r.str = s.data();
        r.len = s.size();
        EXPECT_EQ(parse_redirect(&r, "x").kind, Redirect::None) << s;
    }
    r.type = REDIS_REPLY_STRING;  // not an error: never a redirection
    r.str = moved.data();
    r.len = moved.size();
    EXPECT_EQ(parse_redirect(&r, "x").kind, Redirect::None);
}

TEST(UnitCommandKeys, FirstKeyAndBroadcast) {
    EXPECT_EQ(first_key({"GET", "k"}).value(), "k");
    EXPECT_EQ(first_key({"set", "k2", "v"}).value(), "k2");
    EXPECT_EQ(first_key({"EVALSHA", "abc", "1", "tok", "arg"}).value(), "tok");
    EXPECT_EQ(first_key({"eval", "return 1", "2", "a", "b"}).value(), "a");
    EXPECT_FALSE(first_key({"EVALSHA", "abc", "0", "arg"}).has_value());
    EXPECT_FALSE(first_key({"PUBLISH", "chan", "msg"}).has_value());
    EXPECT_FALSE(first_key({"PING"}).has_value());
    EXPECT_FALSE(first_key({"SCRIPT", "LOAD", "return 1"}).has_value());
    EXPECT_TRUE(is_broadcast({"script", "load", "return 1"}));
    EXPECT_TRUE(is_broadcast({"FLUSHALL"}));
    EXPECT_FALSE(is_broadcast({"SCRIPT", "EXISTS", "abc"}));
    EXPECT_FALSE(is_broadcast({"GET", "k"}));
}

TEST(UnitScrub, PasswordNeverSurvives) {
    EXPECT_EQ(scrub("auth hunter2 failed: hunter2", "hunter2"), "auth *** failed: ***");
    EXPECT_EQ(scrub("nothing here", ""), "nothing here");
    EXPECT_EQ(scrub("aaaa", "aa"), "******");
}

TEST(UnitUnreachable, ConstructionNeverThrowsAndCallsFailWithinTheTimeout) {
    Options o;
    o.seeds = {{"127.0.0.1", 1}};  // nothing listens on port 1
    o.timeout = 200ms;
    Client c(o);  // lazy: no connection yet
    const uint64_t g0 = c.generation();
    auto t0 = std::chrono::steady_clock::now();
    EXPECT_THROW(c.command({"PING"}), Error);
    EXPECT_LT(std::chrono::steady_clock::now() - t0, ::lsnroute::test::timeout_default());
    EXPECT_GT(c.generation(), g0);  // a failure is news for the router
    EXPECT_TRUE(c.single_server());
}

TEST(UnitOptions, InvalidOptionsAreRefused) {
    Options none;
    EXPECT_THROW(Client{none}, Error);
    Options cluster_db;
    cluster_db.mode = Mode::Cluster;
    cluster_db.seeds = {{"127.0.0.1", 1}};
    cluster_db.db = 2;
    EXPECT_THROW(Client{cluster_db}, Error);
    cluster_db.db = 0;
    Client ok(cluster_db);
    EXPECT_FALSE(ok.single_server());
}

}  // namespace
}  // namespace lsnroute::redis
