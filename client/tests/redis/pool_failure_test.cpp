// The pool's own failure bookkeeping (docs/design.md Faults): a connection
// given back broken is a failure of its server -- the idle connections go
// too and the generation changes, so the router raises the floor -- while a
// refused login (AuthError) is a configuration error that changes nothing.
// Against an in-process fake server (no real Redis needed).
#include <gtest/gtest.h>

#include "fake_resp_server.hpp"
#include "redis/connection.hpp"

namespace lsnroute::redis::test {
namespace {

TEST(UnitPoolFailure, BrokenConnectionDropsTheIdleOnesAndChangesTheGeneration) {
    FakeRespServer s("aaaa");
    Client c(fake_options(s.port()));
    two_calls_at_once(c, s);
    ASSERT_EQ(s.connections(), 2);
    const uint64_t before = c.generation();
    EXPECT_THROW(c.command({"CLOSE"}), Error);  // the server dies mid-call
    EXPECT_NE(c.generation(), before);
    auto r = c.command({"PING"});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->type, REDIS_REPLY_STATUS);
    EXPECT_EQ(s.connections(), 3) << "the other idle connection was dropped with the broken one";
}

TEST(UnitPoolFailure, RefusedLoginIsNoServerFailure) {
    FakeRespServer s("aaaa");
    Client c(fake_options(s.port()));
    c.command({"PING"});
    const uint64_t before = c.generation();
    EXPECT_THROW(c.command({"NOAUTH"}), AuthError);
    EXPECT_EQ(c.generation(), before);
    c.command({"PING"});
    EXPECT_EQ(s.connections(), 1) << "the connection stays in the pool";
}

}  // namespace
}  // namespace lsnroute::redis::test
