// Parsing of the router configuration string.
#include <gtest/gtest.h>

#include "config.hpp"

using lsnroute::Config;
using lsnroute::ConfigError;
using lsnroute::Policy;

namespace {

// The error message for `text` (fails the test when it parses).
std::string error_of(const std::string &text) {
    try {
        Config::parse(text);
    } catch (const ConfigError &e) {
        return e.what();
    }
    ADD_FAILURE() << "parsed: " << text;
    return {};
}

}  // namespace

TEST(Config, Defaults) {
    const Config c = Config::parse("");
    ASSERT_EQ(c.redis.seeds.size(), 1u);
    EXPECT_EQ(c.redis.seeds[0].host, "127.0.0.1");
    EXPECT_EQ(c.redis.seeds[0].port, 6379);
    EXPECT_EQ(c.redis.mode, lsnroute::redis::Mode::Standalone);
    EXPECT_EQ(c.redis.master_name, "mymaster");
    EXPECT_EQ(c.redis.db, 0);
    EXPECT_EQ(c.cluster, "default");
    EXPECT_EQ(c.pg, "");
    EXPECT_EQ(c.primary, "");
    EXPECT_EQ(c.max_lag_ms, 5000);
    EXPECT_EQ(c.token_ttl_ms, 3600000);
    EXPECT_EQ(c.blacklist_ms, 30000);
    EXPECT_EQ(c.refresh_ms, 1000);
    EXPECT_EQ(c.timeout_ms, 200);
    EXPECT_EQ(c.redis.timeout.count(), 200);
    EXPECT_EQ(c.node_ttl_ms, 5000);
    EXPECT_EQ(c.replica_wait_ms, 10);  // Routing rule step 2: > 0 and <= 20
    EXPECT_EQ(c.policy, Policy::LeastLag);
    EXPECT_EQ(c.pool_size, 8);
}

TEST(Config, EveryKey) {
    const Config c = Config::parse(
        "redis=10.0.0.1:7000,10.0.0.2:7001 redis_mode=sentinel redis_master_name=pgmaster "
        "redis_user=app redis_password='s3 cr\\'et' redis_db=3 cluster=prod.eu-1 "
        "pg='user=app dbname=shop' primary='host=db1 port=5433' max_lag_ms=250 "
        "token_ttl_ms=60000 blacklist_ms=1500 refresh_ms=400 timeout_ms=50 node_ttl_ms=3000 "
        "replica_wait_ms=7 policy=round_robin pool_size=4");
    ASSERT_EQ(c.redis.seeds.size(), 2u);
    EXPECT_EQ(c.redis.seeds[1].host, "10.0.0.2");
    EXPECT_EQ(c.redis.seeds[1].port, 7001);
    EXPECT_EQ(c.redis.mode, lsnroute::redis::Mode::Sentinel);
    EXPECT_EQ(c.redis.master_name, "pgmaster");
    EXPECT_EQ(c.redis.user, "app");
    EXPECT_EQ(c.redis.password, "s3 cr'et");
    EXPECT_EQ(c.redis.db, 3);
    EXPECT_EQ(c.cluster, "prod.eu-1");
    EXPECT_EQ(c.pg, "user=app dbname=shop");
    EXPECT_EQ(c.primary, "host=db1 port=5433");
    EXPECT_EQ(c.max_lag_ms, 250);
    EXPECT_EQ(c.token_ttl_ms, 60000);
    EXPECT_EQ(c.blacklist_ms, 1500);
    EXPECT_EQ(c.refresh_ms, 400);
    EXPECT_EQ(c.timeout_ms, 50);
    EXPECT_EQ(c.redis.timeout.count(), 50);
    EXPECT_EQ(c.node_ttl_ms, 3000);
    EXPECT_EQ(c.replica_wait_ms, 7);
    EXPECT_EQ(c.policy, Policy::RoundRobin);
    EXPECT_EQ(c.pool_size, 4);
}

TEST(Config, ModesAndPolicies) {
    EXPECT_EQ(Config::parse("redis_mode=cluster").redis.mode, lsnroute::redis::Mode::Cluster);
    EXPECT_EQ(Config::parse("redis_mode=standalone").redis.mode, lsnroute::redis::Mode::Standalone);
    EXPECT_EQ(Config::parse("policy=random").policy, Policy::Random);
    EXPECT_EQ(Config::parse("policy=least_lag").policy, Policy::LeastLag);
}

TEST(Config, SpacesAroundEqualsAndHostWithoutPort) {
    const Config c = Config::parse("  redis = myredis   cluster =  c1 ");
    EXPECT_EQ(c.redis.seeds[0].host, "myredis");
    EXPECT_EQ(c.redis.seeds[0].port, 6379);
    EXPECT_EQ(c.cluster, "c1");
}

TEST(Config, BadValuesAreNamed) {
    EXPECT_EQ(error_of("max_lag_ms=abc"), "max_lag_ms: 'abc' is not a number");
    EXPECT_EQ(error_of("pool_size=4x"), "pool_size: '4x' is not a number");
    EXPECT_NE(error_of("pool_size=0").find("pool_size: '0' is out of range"), std::string::npos);
    EXPECT_NE(error_of("timeout_ms=").find("timeout_ms: '' is not a number"), std::string::npos);
    EXPECT_NE(error_of("policy=fastest").find("policy: 'fastest'"), std::string::npos);
    EXPECT_NE(error_of("redis_mode=ring").find("redis_mode: 'ring'"), std::string::npos);
    EXPECT_NE(error_of("cluster='a b'").find("cluster: 'a b'"), std::string::npos);
    EXPECT_NE(error_of("redis=host:99999").find("redis: 'host:99999'"), std::string::npos);
    EXPECT_NE(error_of("redis=a:1,,b:2").find("redis:"), std::string::npos);
    EXPECT_NE(error_of("bogus=1").find("'bogus'"), std::string::npos);
    EXPECT_NE(error_of("max_lag_ms").find("missing '='"), std::string::npos);
    EXPECT_NE(error_of("pg='user=x").find("pg: unterminated"), std::string::npos);
    EXPECT_NE(error_of("cluster=a cluster=b").find("more than once"), std::string::npos);
    EXPECT_NE(error_of("redis_mode=cluster redis_db=2").find("redis_db"), std::string::npos);
}

TEST(Config, ReplicaWaitRange) {
    EXPECT_EQ(Config::parse("replica_wait_ms=0").replica_wait_ms, 0);
    EXPECT_EQ(Config::parse("replica_wait_ms=10000").replica_wait_ms, 10000);
    EXPECT_EQ(error_of("replica_wait_ms=-1"), "replica_wait_ms: '-1' is out of range (0..10000)");
    EXPECT_EQ(error_of("replica_wait_ms=10001"),
              "replica_wait_ms: '10001' is out of range (0..10000)");
    EXPECT_EQ(error_of("replica_wait_ms=5ms"), "replica_wait_ms: '5ms' is not a number");
}

TEST(Config, TokenTtlMustExceedMaxLag) {
    EXPECT_NE(error_of("max_lag_ms=1000 token_ttl_ms=1000").find("token_ttl_ms"),
              std::string::npos);
    EXPECT_NO_THROW(Config::parse("max_lag_ms=1000 token_ttl_ms=1001"));
}

TEST(Config, PasswordNeverInErrors) {
    const std::string e = error_of("redis_password=hunter2 bogus=1");
    EXPECT_EQ(e.find("hunter2"), std::string::npos);
}

TEST(Conninfo, MergeKeepsNodeKeysAndQuotes) {
    const std::string m =
        lsnroute::merge_conninfo("host=h1 port=5432", "user=app port=1 password='a b'");
    EXPECT_EQ(m, "host='h1' port='5432' user='app' password='a b'");
    const auto pairs = lsnroute::split_conninfo(m);
    ASSERT_EQ(pairs.size(), 4u);
    EXPECT_EQ(pairs[3].second, "a b");
}
