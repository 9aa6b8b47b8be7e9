// redis_blacklist::parse_reply on the scores a ZSET can hold, including the
// ones fuzz/targets/blacklist_reply.cpp found crashing the conversion.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "blacklist.hpp"

namespace lsnroute {
namespace {

// A WITHSCORES reply: member, score, member, score, ...
struct Reply {
    std::vector<std::string> text;
    std::vector<redisReply> items;
    std::vector<redisReply *> ptrs;
    redisReply top{};

    explicit Reply(std::vector<std::string> t) : text(std::move(t)), items(text.size()) {
        for (size_t i = 0; i < text.size(); ++i) {
            items[i].type = REDIS_REPLY_STRING;
            items[i].str = text[i].data();
            items[i].len = text[i].size();
            ptrs.push_back(&items[i]);
        }
        top.type = REDIS_REPLY_ARRAY;
        top.elements = ptrs.size();
        top.element = ptrs.data();
    }
};

TEST(BlacklistReply, ScoresBecomeUnixMilliseconds) {
    Reply r({"n1", "1700000000000", "n2", "1.7e12"});
    auto e = redis_blacklist::parse_reply(&r.top);
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0].first, "n1");
    EXPECT_EQ(e[0].second, 1700000000000);
    EXPECT_EQ(e[1].second, 1700000000000);
}

TEST(BlacklistReply, NanIsSkippedAndHugeScoresClamp) {
    Reply r({"a", "nan", "b", "inf", "c", "1e300", "d", "-inf"});
    auto e = redis_blacklist::parse_reply(&r.top);
    ASSERT_EQ(e.size(), 3u);
    EXPECT_EQ(e[0].first, "b");
    EXPECT_EQ(e[0].second, std::numeric_limits<int64_t>::max());
    EXPECT_EQ(e[1].second, std::numeric_limits<int64_t>::max());
    EXPECT_EQ(e[2].first, "d");
    EXPECT_EQ(e[2].second, std::numeric_limits<int64_t>::min());
}

}  // namespace
}  // namespace lsnroute
