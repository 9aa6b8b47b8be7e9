// common/lsn.hpp: the one LSN type's text form and order.
#include <gtest/gtest.h>

#include "lsn.hpp"

using lsnroute::Lsn;

TEST(Lsn, ParsesBothHalves) {
    auto l = Lsn::parse("16/B374D848");
    ASSERT_TRUE(l);
    EXPECT_EQ(l->hi(), 0x16u);
    EXPECT_EQ(l->lo(), 0xB374D848u);
    EXPECT_EQ(l->value(), 0x16B374D848ull);
}

TEST(Lsn, AcceptsLowerCaseAndFormatsUpperCase) {
    auto l = Lsn::parse("a/ff");
    ASSERT_TRUE(l);
    EXPECT_EQ(l->str(), "A/FF");
}

TEST(Lsn, FormatRoundTripsExtremes) {
    for (const char *s : {"0/0", "0/16B3748", "FFFFFFFF/FFFFFFFF", "1/0"}) {
        auto l = Lsn::parse(s);
        ASSERT_TRUE(l) << s;
        EXPECT_EQ(l->str(), s);
    }
    char buf[Lsn::kMaxText];
    EXPECT_EQ(Lsn(UINT64_MAX).format(buf, sizeof buf), 17u);
}

TEST(Lsn, RejectsMalformed) {
    for (const char *s : {"", "/", "0/", "/0", "0", "0/0/0", "g/0", "0/1x", " 0/1", "0/1 ",
                          "123456789/0", "0/123456789", "-1/0", "0x1/0"})
        EXPECT_FALSE(Lsn::parse(s)) << "'" << s << "'";
}

TEST(Lsn, OrdersByHighHalfFirst) {
    // 1/0 is past 0/FFFFFFFF although its low half is smaller: the reason the
    // Lua script compares halves, not the text.
    EXPECT_LT(*Lsn::parse("0/FFFFFFFF"), *Lsn::parse("1/0"));
    EXPECT_LT(*Lsn::parse("0/4F00"), *Lsn::parse("0/5000"));
    EXPECT_EQ(lsnroute::max(*Lsn::parse("2/1"), *Lsn::parse("1/FFFFFFFF")).str(), "2/1");
}
