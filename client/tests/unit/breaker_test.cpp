// The Redis circuit breaker's state machine, driven by an injected clock.
#include <gtest/gtest.h>

#include "breaker.hpp"

using lsnroute::Breaker;

namespace {

struct FakeClock {
    int64_t now = 1000;
    Breaker::Clock fn() {
        return [this] { return now; };
    }
};

}  // namespace

TEST(Breaker, ClosedAllowsEveryone) {
    FakeClock c;
    Breaker b(500, c.fn());
    EXPECT_EQ(b.state(), Breaker::State::Closed);
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(b.allow());
    b.record_success();
    EXPECT_EQ(b.state(), Breaker::State::Closed);
}

TEST(Breaker, OneFailureOpensAndOpenCostsNothing) {
    FakeClock c;
    Breaker b(500, c.fn());
    b.record_failure();
    EXPECT_EQ(b.state(), Breaker::State::Open);
    EXPECT_EQ(b.opened_count(), 1u);
    c.now += 499;
    for (int i = 0; i < 100; ++i)
        EXPECT_FALSE(b.allow());
}

TEST(Breaker, HalfOpenLetsOneProbeThrough) {
    FakeClock c;
    Breaker b(500, c.fn());
    b.record_failure();
    c.now += 500;
    EXPECT_TRUE(b.allow());  // the probe
    EXPECT_EQ(b.state(), Breaker::State::HalfOpen);
    EXPECT_FALSE(b.allow());  // everyone else still skips Redis
    EXPECT_FALSE(b.allow());
}

// A probe whose caller never reports (a path that records neither success
// nor failure) must not leave Redis unused forever.
TEST(Breaker, UnansweredProbeIsReplacedAfterACooldown) {
    FakeClock c;
    Breaker b(500, c.fn());
    b.record_failure();
    c.now += 500;
    ASSERT_TRUE(b.allow());  // the probe, which never reports back
    c.now += 499;
    EXPECT_FALSE(b.allow());
    c.now += 1;
    EXPECT_TRUE(b.allow());  // a new probe
    EXPECT_FALSE(b.allow());
    b.record_success();
    EXPECT_EQ(b.state(), Breaker::State::Closed);
}

TEST(Breaker, ProbeSuccessCloses) {
    FakeClock c;
    Breaker b(500, c.fn());
    b.record_failure();
    c.now += 600;
    ASSERT_TRUE(b.allow());
    b.record_success();
    EXPECT_EQ(b.state(), Breaker::State::Closed);
    EXPECT_TRUE(b.allow());
    EXPECT_TRUE(b.allow());
}

TEST(Breaker, ProbeFailureReopensForAnotherCooldown) {
    FakeClock c;
    Breaker b(500, c.fn());
    b.record_failure();
    c.now += 500;
    ASSERT_TRUE(b.allow());
    b.record_failure();
    EXPECT_EQ(b.state(), Breaker::State::Open);
    EXPECT_EQ(b.opened_count(), 2u);
    c.now += 499;
    EXPECT_FALSE(b.allow());
    c.now += 1;
    EXPECT_TRUE(b.allow());
}

TEST(Breaker, LateSuccessDoesNotCloseAnOpenBreaker) {
    FakeClock c;
    Breaker b(500, c.fn());
    b.record_failure();
    b.record_success();  // a call that began before the outage answered late
    EXPECT_EQ(b.state(), Breaker::State::Open);
    EXPECT_FALSE(b.allow());
}
