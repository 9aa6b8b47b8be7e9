// The routing rule (each clause can exclude a replica), the policies, the
// primary, and the explanation text.
#include <gtest/gtest.h>

#include <map>

#include "blacklist.hpp"
#include "routing.hpp"
#include "test_node.hpp"

using namespace lsnroute;

namespace {

constexpr int64_t kNow = 1700000000000;

NodeEntry node(const std::string &name, Role role, const char *replay, int64_t lag,
               int64_t age_ms = 10) {
    return test::test_node(name, role, replay, lag, kNow - age_ms);
}

// A snapshot after a refresh; when `nodes` name no primary, one on
// timeline 0 (the nodes' default) was seen before, as in a running router.
Snapshot snapshot(std::vector<NodeEntry> nodes) {
    Snapshot s;
    merge_refresh(s, std::move(nodes), true, Lsn(), {}, kNow, 5000);
    s.primary_ref.known = true;
    return s;
}

RouteParams params(const char *token = "0/0") {
    RouteParams p;
    p.token = *Lsn::parse(token);
    p.now_ms = kNow;
    p.max_lag_ms = 1000;
    p.node_ttl_ms = 5000;
    return p;
}

}  // namespace

TEST(Eligibility, FreshReplicaIsEligible) {
    const Snapshot s = snapshot({node("r1", Role::Standby, "0/5000", 3)});
    EXPECT_EQ(eligibility(s.nodes[0], s, params("0/4F00")), Eligibility::Eligible);
    EXPECT_EQ(eligibility(s.nodes[0], s, params("0/5000")), Eligibility::Eligible);  // >=
}

TEST(Eligibility, EachClauseExcludes) {
    const Snapshot s = snapshot({node("r1", Role::Standby, "0/5000", 3)});
    const NodeEntry &r1 = s.nodes[0];
    // role
    const Snapshot ps = snapshot({node("p", Role::Primary, "0/9000", 0)});
    EXPECT_EQ(eligibility(ps.nodes[0], ps, params()), Eligibility::NotStandby);
    // published_at within node_ttl
    const Snapshot old = snapshot({node("r1", Role::Standby, "0/5000", 3, 5001)});
    EXPECT_EQ(eligibility(old.nodes[0], old, params()), Eligibility::Expired);
    // blacklisted in Redis
    Snapshot redis_bl = s;
    redis_bl.blacklist = {{"r1", kNow + 1}};
    EXPECT_EQ(eligibility(redis_bl.nodes[0], redis_bl, params()), Eligibility::Blacklisted);
    redis_bl.blacklist = {{"r1", kNow}};  // ran out
    EXPECT_EQ(eligibility(redis_bl.nodes[0], redis_bl, params()), Eligibility::Eligible);
    // blacklisted locally
    LocalBlacklist local;
    local.add("r1", kNow + 100);
    RouteParams p = params();
    p.local_blacklist = &local;
    EXPECT_EQ(eligibility(r1, s, p), Eligibility::Blacklisted);
    local.remove("r1");
    EXPECT_EQ(eligibility(r1, s, p), Eligibility::Eligible);
    // replay >= token
    EXPECT_EQ(eligibility(r1, s, params("0/5001")), Eligibility::BehindToken);
    EXPECT_EQ(eligibility(r1, s, params("1/0")), Eligibility::BehindToken);
    // replay >= floor
    RouteParams fp = params("0/10");
    fp.floor = *Lsn::parse("0/6000");
    EXPECT_EQ(eligibility(r1, s, fp), Eligibility::BehindToken);
    // lag <= max_lag_ms
    const Snapshot lagged = snapshot({node("r1", Role::Standby, "0/5000", 1001)});
    EXPECT_EQ(eligibility(lagged.nodes[0], lagged, params()), Eligibility::TooLagged);
    const Snapshot at_limit = snapshot({node("r1", Role::Standby, "0/5000", 1000)});
    EXPECT_EQ(eligibility(at_limit.nodes[0], at_limit, params()), Eligibility::Eligible);
}

TEST(Choose, NoReplicaOrNoneEligibleGoesToPrimary) {
    PolicyState st;
    const Snapshot only_primary = snapshot({node("p", Role::Primary, "0/9000", 0)});
    Decision d = choose_replica(only_primary, params(), st);
    EXPECT_EQ(d.replica, nullptr);
    EXPECT_EQ(d.reason, Reason::NoReplica);
    const Snapshot s =
        snapshot({node("p", Role::Primary, "0/9000", 0), node("r1", Role::Standby, "0/5000", 1)});
    d = choose_replica(s, params("0/8000"), st);
    EXPECT_EQ(d.replica, nullptr);
    EXPECT_EQ(d.reason, Reason::NoEligibleReplica);
    EXPECT_STREQ(reason_name(d.reason), "no_eligible_replica");
    EXPECT_STREQ(reason_name(Reason::WaitedReplica), "waited_replica");
}

TEST(Choose, LeastLagPicksSmallestLagThenMostReplayed) {
    PolicyState st;
    RouteParams p = params("0/100");
    p.policy = Policy::LeastLag;
    const Snapshot s =
        snapshot({node("r1", Role::Standby, "0/5000", 30), node("r2", Role::Standby, "0/4000", 2),
                  node("r3", Role::Standby, "0/4500", 2)});
    for (int i = 0; i < 10; ++i) {
        const Decision d = choose_replica(s, p, st);
        ASSERT_NE(d.replica, nullptr);
        EXPECT_EQ(d.replica->name, "r3");
        EXPECT_EQ(d.reason, Reason::FreshReplica);
    }
}

TEST(Choose, RoundRobinCyclesOverEligibleOnly) {
    PolicyState st;
    RouteParams p = params("0/4800");
    p.policy = Policy::RoundRobin;
    const Snapshot s = snapshot({node("r1", Role::Standby, "0/5000", 1),
                                 node("r2", Role::Standby, "0/4000", 1),  // behind token
                                 node("r3", Role::Standby, "0/6000", 1)});
    std::vector<std::string> seen;
    seen.reserve(4);
    for (int i = 0; i < 4; ++i)
        seen.push_back(choose_replica(s, p, st).replica->name);
    EXPECT_EQ(seen, (std::vector<std::string>{"r1", "r3", "r1", "r3"}));
}

TEST(Choose, RandomUsesEveryEligibleReplica) {
    PolicyState st;
    RouteParams p = params();
    p.policy = Policy::Random;
    const Snapshot s =
        snapshot({node("r1", Role::Standby, "0/5000", 1), node("r2", Role::Standby, "0/5000", 1),
                  node("r3", Role::Standby, "0/5000", 9999)});  // too lagged
    std::map<std::string, int> count;
    for (int i = 0; i < 2000; ++i)
        ++count[choose_replica(s, p, st).replica->name];
    EXPECT_EQ(count.count("r3"), 0u);
    EXPECT_GT(count["r1"], 700);
    EXPECT_GT(count["r2"], 700);
}

TEST(Choose, ExcludedNodeIsSkipped) {
    PolicyState st;
    RouteParams p = params();
    p.exclude = "r1";
    const Snapshot s =
        snapshot({node("r1", Role::Standby, "0/5000", 1), node("r2", Role::Standby, "0/5000", 50)});
    EXPECT_EQ(choose_replica(s, p, st).replica->name, "r2");
}

TEST(WaitFor, MostReplayedReplicaOnlyBehindTheToken) {
    const Snapshot s =
        snapshot({node("p", Role::Primary, "0/9000", 0), node("r1", Role::Standby, "0/5000", 3),
                  node("r2", Role::Standby, "0/5800", 9), node("r3", Role::Standby, "0/4000", 1)});
    const NodeEntry *w = replica_to_wait_for(s, params("0/6000"));
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(w->name, "r2");
    // The floor counts like the token: r1 is past the token but not the floor.
    RouteParams fp = params("0/10");
    fp.floor = *Lsn::parse("0/5900");
    w = replica_to_wait_for(s, fp);
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(w->name, "r2");
    // Equally replayed: the less lagged one.
    const Snapshot tie =
        snapshot({node("r1", Role::Standby, "0/5000", 8), node("r2", Role::Standby, "0/5000", 2)});
    EXPECT_EQ(replica_to_wait_for(tie, params("0/6000"))->name, "r2");
}

TEST(WaitFor, NoneWhenNothingIsBehindOrNoReplica) {
    // Already past the token: eligible, nothing to wait for.
    const Snapshot s = snapshot({node("r1", Role::Standby, "0/5000", 3)});
    EXPECT_EQ(replica_to_wait_for(s, params("0/5000")), nullptr);
    EXPECT_EQ(replica_to_wait_for(snapshot({node("p", Role::Primary, "0/1", 0)}), params("0/9")),
              nullptr);
    EXPECT_EQ(replica_to_wait_for(snapshot({}), params("0/9")), nullptr);
}

TEST(WaitFor, EveryOtherClauseStillExcludes) {
    // In each case `bad` is further along than `ok` but fails one other
    // clause of the rule, so `ok` must be the one waited for.
    const NodeEntry ok = node("ok", Role::Standby, "0/5000", 3);
    const RouteParams p = params("0/6000");
    auto waited = [&](const Snapshot &s, const RouteParams &rp) {
        const NodeEntry *w = replica_to_wait_for(s, rp);
        return w ? w->name : std::string("(none)");
    };
    // role
    EXPECT_EQ(waited(snapshot({node("bad", Role::Primary, "0/5F00", 0), ok}), p), "ok");
    // published_at within node_ttl
    EXPECT_EQ(waited(snapshot({node("bad", Role::Standby, "0/5F00", 0, 5001), ok}), p), "ok");
    // blacklisted in Redis
    Snapshot redis_bl = snapshot({node("bad", Role::Standby, "0/5F00", 0), ok});
    redis_bl.blacklist = {{"bad", kNow + 1}};
    EXPECT_EQ(waited(redis_bl, p), "ok");
    // blacklisted locally
    const Snapshot s = snapshot({node("bad", Role::Standby, "0/5F00", 0), ok});
    LocalBlacklist local;
    local.add("bad", kNow + 100);
    RouteParams lp = p;
    lp.local_blacklist = &local;
    EXPECT_EQ(waited(s, lp), "ok");
    // excluded: it just failed for this request
    RouteParams xp = p;
    xp.exclude = "bad";
    EXPECT_EQ(waited(s, xp), "ok");
    // lag <= max_lag_ms
    EXPECT_EQ(waited(snapshot({node("bad", Role::Standby, "0/5F00", 1001), ok}), p), "ok");
    // and with none of them `bad` wins, so each case above tested its clause
    EXPECT_EQ(waited(s, p), "bad");
}

TEST(Primary, FreshestPrimaryEntryWins) {
    const Snapshot s =
        snapshot({node("old", Role::Primary, "0/1", 0, 9000),  // expired
                  node("new", Role::Primary, "0/2", 0, 20), node("r1", Role::Standby, "0/2", 0)});
    EXPECT_EQ(find_primary(s, kNow, 5000)->name, "new");
    const Snapshot only_old = snapshot({node("old", Role::Primary, "0/1", 0, 9000)});
    EXPECT_EQ(find_primary(only_old, kNow, 5000)->name, "old");
    EXPECT_EQ(find_primary(snapshot({node("r1", Role::Standby, "0/2", 0)}), kNow, 5000), nullptr);
}

TEST(Explain, ReplicaAndPrimaryLines) {
    PolicyState st;
    const Snapshot s =
        snapshot({node("p", Role::Primary, "0/9000", 0), node("r1", Role::Standby, "0/5000", 3)});
    RouteParams p = params("0/4F00");
    Decision d = choose_replica(s, p, st);
    EXPECT_EQ(explain(d, s, p), "replica r1: replay 0/5000 \u2265 token 0/4F00, lag 3 ms");
    p = params("0/6000");
    d = choose_replica(s, p, st);
    EXPECT_EQ(explain(d, s, p), "primary: no_eligible_replica (r1: replay 0/5000 < token 0/6000)");
}

TEST(Snapshot, RefreshOverridesEventDataAndFloorOnlyRises) {
    Snapshot s = snapshot({node("r1", Role::Standby, "0/5000", 3, 10)});
    s.floor = *Lsn::parse("0/300");
    // An event (maybe forged, maybe newer) moved r1 further than its hash:
    // the hash, read by the refresh, is what counts.
    NodeEntry older = node("r1", Role::Standby, "0/4000", 3, 500);
    merge_refresh(s, {older}, true, *Lsn::parse("0/200"), {}, kNow, 5000);
    EXPECT_EQ(s.find("r1")->replay_lsn.str(), "0/4000");
    EXPECT_EQ(s.floor.str(), "0/300");
    EXPECT_EQ(s.find("r2"), nullptr);
}

namespace {

NodeEntry v11(NodeEntry e, int64_t timeline = 1, uint64_t system_id = 7001,
              int64_t started = kNow - 60000, LagSource src = LagSource::Receiver) {
    e.timeline = timeline;
    e.has_identity = true;
    e.system_id = system_id;
    e.started_at_ms = started;
    e.lag_source = e.role == Role::Primary ? LagSource::None : src;
    return e;
}

Snapshot refreshed(std::vector<NodeEntry> nodes) {
    Snapshot s;
    merge_refresh(s, std::move(nodes), true, Lsn(), {}, kNow, 5000);
    return s;
}

Eligibility of(const Snapshot &s, const std::string &name) {
    return eligibility(*s.find(name), s, params());
}

}  // namespace

TEST(Eligibility, NoReplicaWithoutAnyPrimaryEverSeen) {
    Snapshot s = refreshed({node("r1", Role::Standby, "0/5000", 3)});
    EXPECT_EQ(of(s, "r1"), Eligibility::NoPrimaryKnown);
    EXPECT_EQ(eligibility_name(Eligibility::NoPrimaryKnown), "no_primary_known");
    PolicyState st;
    EXPECT_EQ(choose_replica(s, params(), st).replica, nullptr);
}

TEST(Eligibility, SameTimelineAndSystemAsThePrimary) {
    const Snapshot s = refreshed({v11(node("p", Role::Primary, "0/9000", 0), 2),
                                  v11(node("r1", Role::Standby, "0/5000", 3), 2),
                                  v11(node("r2", Role::Standby, "0/5000", 3), 1),
                                  v11(node("r3", Role::Standby, "0/5000", 3), 2, 7002)});
    EXPECT_EQ(of(s, "r1"), Eligibility::Eligible);
    EXPECT_EQ(of(s, "r2"), Eligibility::OtherTimeline);  // e.g. an old primary rejoined
    EXPECT_EQ(of(s, "r3"), Eligibility::OtherSystem);    // another cluster's node
    // The primary's entry gone: the last one seen is the reference.
    Snapshot gone = s;
    merge_refresh(gone,
                  {v11(node("r1", Role::Standby, "0/5000", 3), 2),
                   v11(node("r2", Role::Standby, "0/5000", 3), 1)},
                  true, Lsn(), {}, kNow, 5000);
    EXPECT_EQ(of(gone, "r1"), Eligibility::Eligible);
    EXPECT_EQ(of(gone, "r2"), Eligibility::OtherTimeline);
}

TEST(Eligibility, UnknownLagAndRestartsAreNotUsed) {
    const NodeEntry p = v11(node("p", Role::Primary, "0/9000", 0));
    Snapshot s = refreshed(
        {p, v11(node("r1", Role::Standby, "0/5000", 0), 1, 7001, kNow - 60000, LagSource::Unknown),
         v11(node("r2", Role::Standby, "0/5000", 900), 1, 7001, kNow - 60000, LagSource::Silence)});
    EXPECT_EQ(of(s, "r1"), Eligibility::LagUnknown);
    EXPECT_EQ(of(s, "r2"), Eligibility::Eligible);  // silence with a bounded lag is a known lag
    // r2 restarted: its newer entry was read once; a later read of the older
    // entry (two writers of one name, a Redis failover that lost writes) is
    // not used.
    merge_refresh(s, {p, v11(node("r2", Role::Standby, "0/5000", 1), 1, 7001, kNow - 100)}, true,
                  Lsn(), {}, kNow, 5000);
    EXPECT_EQ(of(s, "r2"), Eligibility::Eligible);
    merge_refresh(s, {p, v11(node("r2", Role::Standby, "0/9000", 1), 1, 7001, kNow - 60000)}, true,
                  Lsn(), {}, kNow, 5000);
    EXPECT_EQ(of(s, "r2"), Eligibility::Restarted);
    // Once the newer start has not been read for longer than node_ttl, that
    // life is over: r2's clock was ahead when it published it, and it
    // restarted with a correct clock (an earlier started_at_ms). Its entry is
    // used again; kept latched it would be ineligible until the router restarts.
    Snapshot later = s;
    merge_refresh(later,
                  {p, v11(node("r2", Role::Standby, "0/9000", 1, -6000), 1, 7001, kNow - 60000)},
                  true, Lsn(), {}, kNow + 6000, 5000);
    EXPECT_EQ(later.newest_start_of("r2"), kNow - 60000);
    // An event of another identity marks the held entry superseded.
    Snapshot ev = refreshed({p, v11(node("r3", Role::Standby, "0/5000", 1))});
    EXPECT_EQ(of(ev, "r3"), Eligibility::Eligible);
    ev.nodes[1].superseded = true;
    EXPECT_EQ(of(ev, "r3"), Eligibility::Restarted);
}

TEST(Eligibility, A10EntryIsNeverUsedOnceAnyEntryIs11) {
    const Snapshot old =
        refreshed({node("p", Role::Primary, "0/9000", 0), node("r1", Role::Standby, "0/5000", 3)});
    EXPECT_EQ(of(old, "r1"), Eligibility::Eligible);  // a 1.0 deployment keeps working
    const Snapshot mixed =
        refreshed({node("p", Role::Primary, "0/9000", 0), node("r1", Role::Standby, "0/5000", 3),
                   v11(node("r2", Role::Standby, "0/5000", 3), 0)});
    EXPECT_EQ(of(mixed, "r1"), Eligibility::Version10);
    EXPECT_EQ(of(mixed, "r2"), Eligibility::Eligible);  // 1.0 primary: timeline compared
    // Latched: the 1.1 entry gone, the 1.0 one stays unused.
    Snapshot after = mixed;
    merge_refresh(after,
                  {node("p", Role::Primary, "0/9000", 0), node("r1", Role::Standby, "0/5000", 3)},
                  true, Lsn(), {}, kNow, 5000);
    EXPECT_EQ(of(after, "r1"), Eligibility::Version10);
}

TEST(Eligibility, AnEntryStampedInTheFutureIsNotUsed) {
    // It would never expire: a forged or clock-skewed entry pins nothing.
    const Snapshot s = refreshed({node("p", Role::Primary, "0/9000", 0),
                                  node("r1", Role::Standby, "FFFFFFFF/FFFFFFFF", 0, -86400000)});
    EXPECT_EQ(of(s, "r1"), Eligibility::Future);
    const Snapshot ok = refreshed({node("p", Role::Primary, "0/9000", 0),
                                   node("r1", Role::Standby, "0/1", 0, -kClockToleranceMs)});
    EXPECT_EQ(of(ok, "r1"), Eligibility::Eligible);
}

TEST(Primary, SplitBrainPrefersTheHighestTimelineThenTheName) {
    Snapshot s = refreshed({v11(node("b", Role::Primary, "0/9000", 0), 3),
                            v11(node("a", Role::Primary, "0/9500", 0), 2),
                            v11(node("r1", Role::Standby, "0/5000", 0), 3)});
    EXPECT_EQ(s.live_primaries, 2);
    for (int i = 0; i < 5; ++i)  // stable: never alternates
        EXPECT_EQ(find_primary(s, kNow, 5000)->name, "b");
    EXPECT_EQ(of(s, "r1"), Eligibility::Eligible);  // follows timeline 3
    const Snapshot tie = refreshed({v11(node("b", Role::Primary, "0/9000", 0), 3),
                                    v11(node("a", Role::Primary, "0/9500", 0), 3)});
    EXPECT_EQ(find_primary(tie, kNow, 5000)->name, "a");
    // A live primary beats an expired one of a higher timeline.
    const Snapshot live = refreshed({v11(node("b", Role::Primary, "0/9000", 0, 9000), 4),
                                     v11(node("a", Role::Primary, "0/9500", 0), 3)});
    EXPECT_EQ(live.live_primaries, 1);
    EXPECT_EQ(find_primary(live, kNow, 5000)->name, "a");
}

TEST(Primary, TheLastKnownPrimaryStaysUntilAnotherClaimsTheRole) {
    Snapshot s =
        refreshed({node("p", Role::Primary, "0/9000", 0), node("r1", Role::Standby, "0/5000", 0)});
    // Its hash evicted (or FLUSHALL, or expiry): still the primary.
    merge_refresh(s, {node("r1", Role::Standby, "0/5000", 0)}, true, Lsn(), {}, kNow, 5000);
    ASSERT_NE(find_primary(s, kNow, 5000), nullptr);
    EXPECT_EQ(find_primary(s, kNow, 5000)->name, "p");
    EXPECT_EQ(registry_primary(s, kNow, 5000), nullptr);
    merge_refresh(s, {}, false, Lsn(), {}, kNow, 5000);  // the whole registry gone
    EXPECT_EQ(find_primary(s, kNow, 5000)->name, "p");
    // Another node claims the role: it is the primary from then on.
    merge_refresh(s, {node("r1", Role::Primary, "0/9100", 0)}, true, Lsn(), {}, kNow, 5000);
    EXPECT_EQ(find_primary(s, kNow, 5000)->name, "r1");
    merge_refresh(s, {}, true, Lsn(), {}, kNow, 5000);
    EXPECT_EQ(find_primary(s, kNow, 5000)->name, "r1");
    // Its own entry saying standby ends its claim (demoted): none is known.
    merge_refresh(s, {node("r1", Role::Standby, "0/9100", 0)}, true, Lsn(), {}, kNow, 5000);
    EXPECT_EQ(find_primary(s, kNow, 5000), nullptr);
    EXPECT_TRUE(s.primary_ref.known);  // replicas still follow its identity
}

TEST(Snapshot, OneHugeSeqIsUndoneByTheNextRefresh) {
    // A forged event of the node's own identity with seq 2^64-1 would make
    // every later genuine event look older; the refresh puts the hash's seq
    // back, and events flow again.
    const NodeEntry hash = v11(node("r1", Role::Standby, "0/5000", 1));
    Snapshot s = refreshed({v11(node("p", Role::Primary, "0/9000", 0)), hash});
    NodeEntry &held = s.nodes[1];
    Event forged;
    forged.kind = Event::Kind::Node;
    forged.node = "r1";
    forged.replay_lsn = *Lsn::parse("0/5100");
    forged.published_at_ms = kNow;
    forged.seq = UINT64_MAX;
    forged.has_identity = true;
    forged.system_id = hash.system_id;
    forged.started_at_ms = hash.started_at_ms;
    ASSERT_EQ(apply_event(held, forged), EventEffect::Applied);
    Event genuine = forged;
    genuine.seq = hash.seq + 1;
    genuine.replay_lsn = *Lsn::parse("0/5200");
    EXPECT_EQ(apply_event(s.nodes[1], genuine), EventEffect::Stale);
    merge_refresh(s, {v11(node("p", Role::Primary, "0/9000", 0)), hash}, true, Lsn(), {}, kNow,
                  5000);
    EXPECT_EQ(apply_event(s.nodes[1], genuine), EventEffect::Applied);
    EXPECT_EQ(s.find("r1")->replay_lsn.str(), "0/5200");
}
