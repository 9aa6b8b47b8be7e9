// The Redis protocol module shared by the extension and the client
// (common/redis_protocol.hpp): address lists, redirects, Sentinel and ROLE
// replies, AUTH/SELECT commands and reply checks. No server needed.
#include <gtest/gtest.h>

#include <hiredis/hiredis.h>

#include <memory>
#include <string>
#include <vector>

#include "redis_protocol.hpp"

namespace {

using namespace lsnroute::redis_protocol;
using ListError = EndpointList::Error;

struct FreeReply {
    void operator()(redisReply *r) const { freeReplyObject(r); }
};
using Reply = std::unique_ptr<redisReply, FreeReply>;

// A hiredis reply decoded from RESP text, as the wire would deliver it.
Reply resp(const std::string &wire) {
    redisReader *reader = redisReaderCreate();
    redisReaderFeed(reader, wire.data(), wire.size());
    void *out = nullptr;
    if (redisReaderGetReply(reader, &out) != REDIS_OK)
        out = nullptr;
    redisReaderFree(reader);
    return Reply(static_cast<redisReply *>(out));
}

TEST(UnitRedisProtocolPort, DigitsOnlyInRange) {
    EXPECT_EQ(parse_port("6379"), 6379);
    EXPECT_EQ(parse_port("1"), 1);
    EXPECT_EQ(parse_port("65535"), 65535);
    for (const char *bad : {"", "0", "65536", "99999", "-1", "+1", " 1", "1 ", "6379x", "123456"})
        EXPECT_FALSE(parse_port(bad)) << bad;
}

TEST(UnitRedisProtocolList, WorkerRulesSkipEmptyItemsAndWantPorts) {
    EndpointList l = parse_endpoint_list("a:1, b.example:26379 ,,c:3,");
    ASSERT_EQ(l.error, ListError::None);
    ASSERT_EQ(l.endpoints.size(), 3u);
    EXPECT_EQ(l.endpoints[1], (Endpoint{"b.example", 26379}));
    EXPECT_EQ(l.endpoints[2].str(), "c:3");

    EXPECT_EQ(parse_endpoint_list("::1:6380").endpoints.at(0), (Endpoint{"::1", 6380}));
    EXPECT_EQ(parse_endpoint_list(" , ").error, ListError::Empty);
    EXPECT_EQ(parse_endpoint_list("").error, ListError::Empty);

    l = parse_endpoint_list("a:1,host-without-port");
    EXPECT_EQ(l.error, ListError::BadPort);
    EXPECT_EQ(l.bad_item, "host-without-port");
    EXPECT_TRUE(l.endpoints.empty());
    EXPECT_EQ(parse_endpoint_list("h:70000").error, ListError::BadPort);
    EXPECT_EQ(parse_endpoint_list("h:").error, ListError::BadPort);
    l = parse_endpoint_list(" :6379");
    EXPECT_EQ(l.error, ListError::NoHost);
    EXPECT_EQ(l.bad_item, ":6379");
}

TEST(UnitRedisProtocolList, ClientRulesRefuseEmptyItemsAndDefaultThePort) {
    const EndpointListRules rules{false, 6379};
    EndpointList l = parse_endpoint_list("a,b:7000", rules);
    ASSERT_EQ(l.error, ListError::None);
    EXPECT_EQ(l.endpoints.at(0), (Endpoint{"a", 6379}));
    EXPECT_EQ(l.endpoints.at(1), (Endpoint{"b", 7000}));
    EXPECT_EQ(parse_endpoint_list("a,,b", rules).error, ListError::EmptyItem);
    EXPECT_EQ(parse_endpoint_list("a,", rules).error, ListError::EmptyItem);
    EXPECT_EQ(parse_endpoint_list("", rules).error, ListError::EmptyItem);
    EXPECT_EQ(parse_endpoint_list("a:0", rules).error, ListError::BadPort);
    EXPECT_EQ(parse_endpoint_list(":1", rules).error, ListError::NoHost);
}

TEST(UnitRedisProtocolRedirect, MovedAskAndWaits) {
    Redirect m = parse_redirect("MOVED 3999 127.0.0.1:6381");
    EXPECT_EQ(m.kind, Redirect::Moved);
    EXPECT_EQ(m.slot, 3999);
    EXPECT_EQ(m.target, (Endpoint{"127.0.0.1", 6381}));

    Redirect a = parse_redirect("ASK 16383 :7002");  // no host: the node that answered
    EXPECT_EQ(a.kind, Redirect::Ask);
    EXPECT_EQ(a.slot, 16383);
    EXPECT_EQ(a.target, (Endpoint{"", 7002}));

    EXPECT_EQ(parse_redirect("MOVED 1 ::1:7000").target, (Endpoint{"::1", 7000}));
    EXPECT_EQ(parse_redirect("TRYAGAIN Multiple keys request during rehashing").kind,
              Redirect::TryAgain);
    EXPECT_EQ(parse_redirect("CLUSTERDOWN The cluster is down").kind, Redirect::ClusterDown);
    EXPECT_EQ(parse_redirect("CLUSTERDOWN").kind, Redirect::ClusterDown);
    for (const char *s : {"ERR unknown command", "MOVED", "MOVED garbage", "MOVED 16384 h:1",
                          "MOVED -1 h:1", "MOVEDX 1 h:1", "ASK 1 nohostport", "MOVED 1 h:0",
                          "MOVED 1 h:-1", "ASK 1 h:65536", "TRYAGAINX", ""}) {
        const Redirect r = parse_redirect(s);
        EXPECT_EQ(r.kind, Redirect::None) << s;
        EXPECT_TRUE(r.target.host.empty()) << s;
    }
}

TEST(UnitRedisProtocolReply, TypeChecks) {
    Reply err = resp("-NOAUTH Authentication required.\r\n");
    EXPECT_TRUE(is_error(err.get()));
    EXPECT_TRUE(is_error(err.get(), "NOAUTH"));
    EXPECT_FALSE(is_error(err.get(), "NOAUTHX"));
    EXPECT_FALSE(is_error(err.get(), "NO"));
    EXPECT_EQ(reply_text(err.get()), "NOAUTH Authentication required.");
    EXPECT_FALSE(is_string(err.get()));

    Reply ok = resp("+OK\r\n");
    EXPECT_FALSE(is_error(ok.get()));
    EXPECT_TRUE(is_string(ok.get()));
    EXPECT_TRUE(is_string(resp("$3\r\nabc\r\n").get()));
    EXPECT_FALSE(is_string(resp(":1\r\n").get()));
    EXPECT_FALSE(is_error(nullptr));
    EXPECT_FALSE(is_string(nullptr));
    EXPECT_EQ(reply_text(nullptr), "");

    EXPECT_EQ(describe_reply(err.get()), "NOAUTH Authentication required.");
    EXPECT_EQ(describe_reply(resp(":3\r\n").get()), "(integer) 3");
    EXPECT_EQ(describe_reply(resp("$-1\r\n").get()), "(nil)");
    EXPECT_EQ(describe_reply(resp("*2\r\n:1\r\n:2\r\n").get()), "(array of 2)");
    EXPECT_EQ(describe_reply(nullptr), "(no reply)");
}

TEST(UnitRedisProtocolSentinel, MasterAddress) {
    auto m = parse_master_addr_reply(resp("*2\r\n$9\r\n127.0.0.1\r\n$4\r\n6380\r\n").get());
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(*m, (Endpoint{"127.0.0.1", 6380}));
    for (const char *bad : {
             "*2\r\n:1\r\n:2\r\n",                        // integers where strings belong
             "*-1\r\n",                                   // nil array
             "$-1\r\n",                                   // nil: unknown master name
             "*2\r\n*1\r\n$1\r\na\r\n$2\r\n80\r\n",       // nested array
             "*2\r\n$1\r\nh\r\n$5\r\n99999\r\n",          // port out of range
             "*2\r\n$1\r\nh\r\n$4\r\n80ab\r\n",           // port not a number
             "*2\r\n$0\r\n\r\n$2\r\n80\r\n",              // empty host
             "*3\r\n$1\r\nh\r\n$2\r\n80\r\n$1\r\nx\r\n",  // three elements
         }) {
        EXPECT_FALSE(parse_master_addr_reply(resp(bad).get())) << bad;
    }
    EXPECT_FALSE(parse_master_addr_reply(nullptr));
}

TEST(UnitRedisProtocolSentinel, Role) {
    auto role = parse_role_reply(resp("*3\r\n$6\r\nmaster\r\n:0\r\n*0\r\n").get());
    ASSERT_TRUE(role.has_value());
    EXPECT_EQ(*role, "master");
    EXPECT_FALSE(parse_role_reply(resp("*1\r\n:7\r\n").get()));
    EXPECT_FALSE(parse_role_reply(resp("*0\r\n").get()));
    EXPECT_FALSE(parse_role_reply(resp("+OK\r\n").get()));
    EXPECT_FALSE(parse_role_reply(nullptr));
}

TEST(UnitRedisProtocolSentinel, SwitchMasterOfTheNamedMasterOnly) {
    auto ep = parse_switch_master("mymaster 10.0.0.1 6379 10.0.0.2 6380", "mymaster");
    ASSERT_TRUE(ep.has_value());
    EXPECT_EQ(*ep, (Endpoint{"10.0.0.2", 6380}));
    EXPECT_EQ(parse_switch_master("mymaster  a 1\tb 7000 extra", "mymaster"),
              (Endpoint{"b", 7000}));
    EXPECT_FALSE(parse_switch_master("other 10.0.0.1 6379 10.0.0.2 6380", "mymaster"));
    EXPECT_FALSE(parse_switch_master("mymaster 10.0.0.1 6379 10.0.0.2", "mymaster"));
    EXPECT_FALSE(parse_switch_master("", "mymaster"));
    // Found by fuzz/targets/switch_master.cpp: ports outside 1..65535.
    EXPECT_FALSE(parse_switch_master("mymaster a 1 b 0", "mymaster"));
    EXPECT_FALSE(parse_switch_master("mymaster a 1 b -6380", "mymaster"));
    EXPECT_FALSE(parse_switch_master("mymaster a 1 b 70000", "mymaster"));
}

TEST(UnitRedisProtocolCluster, SlotRanges) {
    // Two good ranges (the second from a node that does not know its own
    // address), then malformed ones that are skipped.
    Reply r = resp(
        "*6\r\n"
        "*4\r\n:0\r\n:5460\r\n*3\r\n$8\r\n10.0.0.1\r\n:7000\r\n$2\r\nid\r\n"
        "*2\r\n$1\r\nr\r\n:7003\r\n"
        "*3\r\n:5461\r\n:16383\r\n*2\r\n$1\r\n?\r\n:7001\r\n"
        "*3\r\n:9\r\n:3\r\n*2\r\n$1\r\nh\r\n:7002\r\n"
        "*3\r\n:0\r\n:16384\r\n*2\r\n$1\r\nh\r\n:7002\r\n"
        "*3\r\n:0\r\n:1\r\n*2\r\n$1\r\nh\r\n:0\r\n"
        "*2\r\n:0\r\n:1\r\n");
    ASSERT_TRUE(r);
    const std::vector<SlotRange> ranges = parse_cluster_slots(r.get(), "10.0.0.9");
    ASSERT_EQ(ranges.size(), 2u);
    EXPECT_EQ(ranges[0].first, 0);
    EXPECT_EQ(ranges[0].last, 5460);
    EXPECT_EQ(ranges[0].master, (Endpoint{"10.0.0.1", 7000}));
    EXPECT_EQ(ranges[1].first, 5461);
    EXPECT_EQ(ranges[1].last, 16383);
    EXPECT_EQ(ranges[1].master, (Endpoint{"10.0.0.9", 7001}));
    EXPECT_TRUE(parse_cluster_slots(resp("-ERR no cluster\r\n").get(), "h").empty());
    EXPECT_TRUE(parse_cluster_slots(nullptr, "h").empty());
}

TEST(UnitRedisProtocolCommands, AuthAndSelect) {
    EXPECT_EQ(auth_command("", "secret"), (Command{"AUTH", "secret"}));
    EXPECT_EQ(auth_command("app", "secret"), (Command{"AUTH", "app", "secret"}));
    EXPECT_EQ(select_command(3), (Command{"SELECT", "3"}));
}

TEST(UnitRedisProtocolList, ForEachItemTrimsAndStops) {
    std::vector<std::string> seen;
    EXPECT_TRUE(for_each_list_item(" a ,\tb\t,", [&](std::string_view item) {
        seen.emplace_back(item);
        return true;
    }));
    EXPECT_EQ(seen, (std::vector<std::string>{"a", "b", ""}));
    seen.clear();
    EXPECT_FALSE(for_each_list_item("a,b,c", [&](std::string_view item) {
        seen.emplace_back(item);
        return item != "b";
    }));
    EXPECT_EQ(seen, (std::vector<std::string>{"a", "b"}));
}

}  // namespace
