// allowed_hosts: parsing, matching (names, suffixes, addresses, CIDR ranges,
// socket directories) and the check of the `primary` option.
#include <gtest/gtest.h>

#include "allowed_hosts.hpp"
#include "config.hpp"
#include "registry_dsn.hpp"

using namespace lsnroute;

TEST(AllowedHosts, EmptyAllowsAnything) {
    const AllowedHosts a = AllowedHosts::parse("");
    EXPECT_TRUE(a.empty());
    EXPECT_TRUE(a.allows("anywhere.example"));
    EXPECT_TRUE(a.allows_all({}));
}

TEST(AllowedHosts, EachKindOfItem) {
    const AllowedHosts a = AllowedHosts::parse(
        "db1.internal, *.pg.example.com,10.1.0.0/16,192.168.7.9,fd00::/8,::1,/var/run/postgresql");
    EXPECT_FALSE(a.empty());
    EXPECT_TRUE(a.allows("db1.internal"));
    EXPECT_TRUE(a.allows("DB1.Internal"));  // names are case-insensitive
    EXPECT_FALSE(a.allows("db1.internal.evil.net"));
    EXPECT_FALSE(a.allows("xdb1.internal"));
    EXPECT_TRUE(a.allows("r1.pg.example.com"));
    EXPECT_TRUE(a.allows("a.b.pg.example.com"));
    EXPECT_FALSE(a.allows("pg.example.com"));  // the suffix needs a label before it
    EXPECT_FALSE(a.allows("evilpg.example.com"));
    EXPECT_TRUE(a.allows("10.1.255.3"));
    EXPECT_FALSE(a.allows("10.2.0.1"));
    EXPECT_TRUE(a.allows("192.168.7.9"));
    EXPECT_FALSE(a.allows("192.168.7.10"));
    EXPECT_TRUE(a.allows("fd12:3456::1"));
    EXPECT_FALSE(a.allows("fe80::1"));
    EXPECT_TRUE(a.allows("::1"));
    EXPECT_FALSE(a.allows("127.0.0.1"));  // no DNS, no aliases
    EXPECT_FALSE(a.allows("localhost"));
    EXPECT_TRUE(a.allows("/var/run/postgresql"));
    EXPECT_FALSE(a.allows("/tmp"));
    EXPECT_FALSE(a.allows(""));
    // Every host and hostaddr must be allowed; none at all is not checkable.
    EXPECT_TRUE(a.allows_all({"db1.internal", "10.1.0.5"}));
    EXPECT_FALSE(a.allows_all({"db1.internal", "10.9.0.5"}));
    EXPECT_FALSE(a.allows_all({}));
}

TEST(AllowedHosts, PrefixLengthsInsideAByte) {
    const AllowedHosts a = AllowedHosts::parse("10.0.0.64/26,0.0.0.0/0");
    EXPECT_TRUE(a.allows("10.0.0.64"));
    EXPECT_TRUE(a.allows("1.2.3.4"));  // /0: any IPv4 address
    EXPECT_FALSE(a.allows("::2"));
    const AllowedHosts b = AllowedHosts::parse("10.0.0.64/26");
    EXPECT_TRUE(b.allows("10.0.0.127"));
    EXPECT_FALSE(b.allows("10.0.0.128"));
    EXPECT_FALSE(b.allows("10.0.0.63"));
}

TEST(AllowedHosts, BadItemsAreNamed) {
    for (const char *bad :
         {"10.0.0.0/33", "10.0.0.0/", "nothost/8", "*.", "a b", "x,,y", "::1/129", "h\xff"}) {
        try {
            AllowedHosts::parse(bad);
            ADD_FAILURE() << "parsed: " << bad;
        } catch (const ConfigError &e) {
            EXPECT_NE(std::string(e.what()).find("allowed_hosts"), std::string::npos) << bad;
        }
    }
}

TEST(AllowedHosts, ConfigKeyAndThePrimaryOption) {
    const Config c = Config::parse("allowed_hosts='db1,10.0.0.0/8'");
    EXPECT_TRUE(c.allowed_hosts.allows("db1"));
    EXPECT_FALSE(c.allowed_hosts.allows("db2"));
    EXPECT_NO_THROW(Config::parse("allowed_hosts=db1 primary='host=db1 port=5432'"));
    EXPECT_THROW(Config::parse("allowed_hosts=db1 primary='host=db2 port=5432'"), ConfigError);
    EXPECT_THROW(Config::parse("allowed_hosts=db1 primary='host=db1 hostaddr=1.2.3.4'"),
                 ConfigError);
    EXPECT_THROW(Config::parse("allowed_hosts='10.0.0.0/99'"), ConfigError);
}

TEST(RegistryDsn, HostsOfAConninfo) {
    auto h = conninfo_hosts("host=a,b hostaddr=1.2.3.4 port=1 user=x");
    ASSERT_TRUE(h);
    EXPECT_EQ(*h, (std::vector<std::string>{"a", "b", "1.2.3.4"}));
    EXPECT_FALSE(conninfo_hosts("host='a"));
}

TEST(Conninfo, WithoutSecrets) {
    EXPECT_EQ(
        conninfo_without_secrets(
            "host='h' port='1' user='app' password='s3cret pw' sslpassword='k' sslmode='require'"),
        "host='h' port='1' user='app' sslmode='require'");
}
