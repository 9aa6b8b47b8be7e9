// docs/design.md Faults: a new Redis connection whose server run_id differs from
// the last one seen is a possible token loss (a restart at the same address),
// even when no error was ever seen: the Client's generation changes, which
// makes the router raise the floor. Against an in-process fake server (no
// real Redis needed): the test picks the run_id each new connection meets.
#include <gtest/gtest.h>

#include "fake_resp_server.hpp"
#include "redis/redis_client.hpp"

namespace lsnroute::redis::test {
namespace {

TEST(UnitRunId, NewConnectionToAnotherServerProcessChangesTheGeneration) {
    FakeRespServer s("aaaa");
    Client c(fake_options(s.port()));
    c.command({"PING"});
    const uint64_t before = c.generation();
    s.set_run_id("bbbb");  // "restarted" at the same address, unnoticed by any error
    two_calls_at_once(c, s);
    ASSERT_EQ(s.connections(), 2);
    EXPECT_NE(c.generation(), before);
}

TEST(UnitRunId, NewConnectionToTheSameServerKeepsTheGeneration) {
    FakeRespServer s("aaaa");
    Client c(fake_options(s.port()));
    c.command({"PING"});
    const uint64_t before = c.generation();
    two_calls_at_once(c, s);
    ASSERT_EQ(s.connections(), 2);
    EXPECT_EQ(c.generation(), before);
}

// A connection that the TCP handshake accepts but that closes before its
// first answer (a proxy in front of a Redis that is down) must give its pool
// slot back. The 1.1 pool leaked the slot when the run_id query failed, so
// after max_connections such failures every later call failed with "all
// connections busy", for good: a router behind a proxy never recovered from
// a Redis restart (fault suite, redis-killed).
TEST(UnitRunId, ConnectionsDroppedBeforeTheirFirstAnswerDoNotExhaustThePool) {
    FakeRespServer s("aaaa");
    Options o = fake_options(s.port());
    o.max_connections = 2;
    o.timeout = std::chrono::milliseconds(500);
    s.drop_next(1000);
    Client c(o);
    int failures = 0;
    for (int i = 0; i < 5 * o.max_connections; ++i) {
        try {
            c.command({"PING"});
        } catch (const Error &) {
            ++failures;
        }
    }
    EXPECT_EQ(failures, 5 * o.max_connections);
    s.drop_next(0);  // Redis is back behind the proxy
    auto r = c.command({"PING"});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->type, REDIS_REPLY_STATUS);
}

}  // namespace
}  // namespace lsnroute::redis::test
