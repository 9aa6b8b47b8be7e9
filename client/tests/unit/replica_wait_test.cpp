// Routing rule step 2: with no eligible replica a read waits on the registry
// snapshot for the replica expected to pass its token, up to replica_wait_ms,
// and never for a token far past what the primary has flushed.
#include <gtest/gtest.h>

#include <thread>

#include "clock.hpp"
#include "replica_wait.hpp"
#include "test_node.hpp"

using namespace lsnroute;
using namespace std::chrono_literals;

namespace {

NodeEntry node(const std::string &name, Role role, const char *replay, int64_t now_ms) {
    return test::test_node(name, role, replay, 0, now_ms);
}

// A primary that has flushed `primary_flush` (its flush_lsn and, as a
// primary publishes it, its replay_lsn) and r1 replayed to `r1_replay`.
void install(SnapshotHolder &holder, const char *primary_flush, const char *r1_replay) {
    const int64_t now = unix_now_ms();
    NodeEntry p = node("p", Role::Primary, primary_flush, now);
    p.flush_lsn = p.replay_lsn;
    holder.update([&](Snapshot &s) {
        merge_refresh(s, {p, node("r1", Role::Standby, r1_replay, now)}, true, Lsn(), {}, now,
                      5000);
    });
}

void replay_r1(SnapshotHolder &holder, const char *replay) {
    holder.update([&](Snapshot &s) {
        const int64_t now = unix_now_ms();
        replace_node(s, "r1", node("r1", Role::Standby, replay, now), now, 5000);
    });
}

RouteParams params(const char *token) {
    RouteParams p;
    p.token = *Lsn::parse(token);
    p.now_ms = unix_now_ms();
    p.max_lag_ms = 1000;
    p.node_ttl_ms = 5000;
    return p;
}

}  // namespace

TEST(ReplicaWait, EligibleReplicaIsUsedWithoutWaiting) {
    SnapshotHolder holder;
    install(holder, "0/9000", "0/5000");
    PolicyState state;
    Metrics m;
    const Routed r = route_read(holder, params("0/5000"), state, 10min, m);
    ASSERT_NE(r.decision.replica, nullptr);
    EXPECT_EQ(r.decision.reason, Reason::FreshReplica);
    EXPECT_FALSE(r.waited);
    EXPECT_EQ(m.replica_waits.load(), 0u);
}

TEST(ReplicaWait, SnapshotShowingTheReplicaPastTheTokenEndsTheWait) {
    SnapshotHolder holder;
    install(holder, "0/9000", "0/5000");
    PolicyState state;
    Metrics m;
    // Another thread (the registry watcher) brings r1 past the token once the
    // read is waiting; the wait bound is far beyond any test run.
    std::thread watcher([&] {
        while (m.replica_waits.load() == 0)
            std::this_thread::sleep_for(1ms);
        std::this_thread::sleep_for(5ms);
        replay_r1(holder, "0/5800");  // a change, still behind: keeps waiting
        std::this_thread::sleep_for(5ms);
        replay_r1(holder, "0/6000");
    });
    const Routed r = route_read(holder, params("0/6000"), state, 10min, m);
    watcher.join();
    ASSERT_NE(r.decision.replica, nullptr);
    EXPECT_EQ(r.decision.replica->name, "r1");
    EXPECT_EQ(r.decision.replica->replay_lsn, *Lsn::parse("0/6000"));
    EXPECT_EQ(r.decision.reason, Reason::WaitedReplica);
    EXPECT_STREQ(reason_name(r.decision.reason), "waited_replica");
    EXPECT_TRUE(r.waited);
    EXPECT_EQ(m.replica_waits.load(), 1u);
    EXPECT_EQ(m.replica_wait_misses.load(), 0u);
}

TEST(ReplicaWait, NoUpdateSendsTheReadToThePrimaryAfterTheWait) {
    SnapshotHolder holder;
    install(holder, "0/9000", "0/5000");
    PolicyState state;
    Metrics m;
    const auto t0 = std::chrono::steady_clock::now();
    const Routed r = route_read(holder, params("0/6000"), state, 30ms, m);
    EXPECT_GE(std::chrono::steady_clock::now() - t0, 30ms);
    EXPECT_EQ(r.decision.replica, nullptr);
    EXPECT_EQ(r.decision.reason, Reason::NoEligibleReplica);  // the reason before the wait
    EXPECT_TRUE(r.waited);
    EXPECT_EQ(m.replica_waits.load(), 1u);
    EXPECT_EQ(m.replica_wait_misses.load(), 1u);
    EXPECT_EQ(m.replica_wait_refused.load(), 0u);
}

TEST(ReplicaWait, ZeroWaitGoesToThePrimaryAtOnce) {
    SnapshotHolder holder;
    install(holder, "0/9000", "0/5000");
    PolicyState state;
    Metrics m;
    const Routed r = route_read(holder, params("0/6000"), state, 0ms, m);
    EXPECT_EQ(r.decision.replica, nullptr);
    EXPECT_FALSE(r.waited);
    EXPECT_EQ(m.replica_waits.load() + m.replica_wait_refused.load(), 0u);
}

TEST(ReplicaWait, TokenFarPastThePrimarysFlushIsNotWaitedFor) {
    SnapshotHolder holder;
    install(holder, "1/0", "0/5000");
    PolicyState state;
    Metrics m;
    // 16 MB + 1 past the primary's flush: the primary at once. Were it to
    // wait, the 10 min bound would time the test out.
    const Routed r = route_read(holder, params("1/1000001"), state, 10min, m);
    EXPECT_EQ(r.decision.replica, nullptr);
    EXPECT_EQ(r.decision.reason, Reason::NoEligibleReplica);
    EXPECT_FALSE(r.waited);
    EXPECT_EQ(m.replica_wait_refused.load(), 1u);
    EXPECT_EQ(m.replica_waits.load(), 0u);
    // Exactly 16 MB past is still waited for.
    const Routed at = route_read(holder, params("1/1000000"), state, 1ms, m);
    EXPECT_TRUE(at.waited);
    EXPECT_EQ(m.replica_waits.load(), 1u);
    EXPECT_EQ(m.replica_wait_refused.load(), 1u);
}

TEST(ReplicaWait, UnknownPrimaryFlushIsNotWaitedFor) {
    SnapshotHolder holder;
    install(holder, "0/0", "0/5000");
    PolicyState state;
    Metrics m;
    const Routed r = route_read(holder, params("0/6000"), state, 10min, m);
    EXPECT_EQ(r.decision.replica, nullptr);
    EXPECT_FALSE(r.waited);
    EXPECT_EQ(m.replica_wait_refused.load(), 1u);
}

TEST(ReplicaWait, PublishedFlushIsTheHigherOfFlushAndReplay) {
    NodeEntry p = node("p", Role::Primary, "0/7000", 0);
    p.flush_lsn = *Lsn::parse("0/6000");  // from the hash; events moved replay_lsn on
    EXPECT_EQ(published_flush(p), Lsn::parse("0/7000"));
    p.replay_lsn = Lsn();
    EXPECT_EQ(published_flush(p), Lsn::parse("0/6000"));
    p.flush_lsn = Lsn();
    EXPECT_EQ(published_flush(p), std::nullopt);
}
