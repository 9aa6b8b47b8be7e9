// The floor guard: replicas only after a raise that no new suspicion overtook.
#include <gtest/gtest.h>

#include "floor_guard.hpp"

using lsnroute::FloorGuard;

TEST(FloorGuard, NewRouterNeedsARaise) {
    FloorGuard g;
    EXPECT_FALSE(g.replicas_allowed());
    EXPECT_TRUE(g.needs_raise());
    const uint64_t e = g.begin_raise();
    EXPECT_TRUE(g.finish_raise(e, 7));
    EXPECT_TRUE(g.replicas_allowed());
    EXPECT_EQ(g.raises(), 1u);
}

TEST(FloorGuard, SuspicionDuringRaiseKeepsReplicasOff) {
    FloorGuard g;
    const uint64_t e = g.begin_raise();
    g.mark_suspect();  // a token save failed while the raise was running
    EXPECT_FALSE(g.finish_raise(e, 7));
    EXPECT_FALSE(g.replicas_allowed());
    EXPECT_TRUE(g.finish_raise(g.begin_raise(), 7));
    EXPECT_TRUE(g.replicas_allowed());
}

TEST(FloorGuard, GenerationChangeIsSuspicious) {
    FloorGuard g;
    ASSERT_TRUE(g.finish_raise(g.begin_raise(), 3));
    g.observe_generation(3);
    EXPECT_TRUE(g.replicas_allowed());
    g.observe_generation(4);  // reconnected: Redis may have lost tokens
    EXPECT_FALSE(g.replicas_allowed());
    EXPECT_EQ(g.suspicions(), 1u);
    // A raise that saw yet another generation change does not clear.
    const uint64_t e = g.begin_raise();
    EXPECT_FALSE(g.finish_raise(e, 5));
    EXPECT_TRUE(g.finish_raise(g.begin_raise(), 5));
}

TEST(FloorGuard, SuspectAfterClear) {
    FloorGuard g;
    ASSERT_TRUE(g.finish_raise(g.begin_raise(), 1));
    g.mark_suspect();
    EXPECT_FALSE(g.replicas_allowed());
    EXPECT_TRUE(g.needs_raise());
}

// Tokens evicted while Redis could evict stay gone after it stops: the end
// of eviction needs a raise before an absent token is trusted again; its
// start and an unchanged view do not.
TEST(FloorGuard, EndOfEvictionIsSuspicious) {
    using lsnroute::EvictionInfo;
    FloorGuard g;
    ASSERT_TRUE(g.finish_raise(g.begin_raise(), 1));
    g.update_eviction(EvictionInfo{1 << 20, "volatile-lru"});
    EXPECT_TRUE(g.eviction().may_evict());
    EXPECT_TRUE(g.replicas_allowed());
    g.update_eviction(std::nullopt);  // INFO unknown: the view stays
    EXPECT_TRUE(g.eviction().may_evict());
    EXPECT_TRUE(g.replicas_allowed());
    g.update_eviction(EvictionInfo{0, "volatile-lru"});  // maxmemory 0: no more eviction
    EXPECT_FALSE(g.eviction().may_evict());
    EXPECT_FALSE(g.replicas_allowed());
    ASSERT_TRUE(g.finish_raise(g.begin_raise(), 1));
    g.update_eviction(EvictionInfo{0, "noeviction"});
    EXPECT_TRUE(g.replicas_allowed());
}
