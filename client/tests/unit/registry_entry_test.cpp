// Parsing of node hashes and event messages; merging events into entries.
#include <gtest/gtest.h>

#include "registry_entry.hpp"

using namespace lsnroute;

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

Fields standby_hash() {
    return {{"v", "1"},
            {"role", "standby"},
            {"dsn", "host=h port=5433"},
            {"timeline", "1"},
            {"replay_lsn", "0/5000"},
            {"receive_lsn", "0/5100"},
            {"flush_lsn", ""},
            {"lag_ms", "3"},
            {"replay_ts_ms", ""},
            {"paused", "0"},
            {"published_at_ms", "1700000000000"},
            {"seq", "42"},
            {"pg_version", "150004"},
            {"future_field", "whatever"}};
}

Fields with(Fields f, const std::string &name, const std::string &value) {
    for (auto &[k, v] : f)
        if (k == name)
            v = value;
    return f;
}

Fields without(Fields f, const std::string &name) {
    Fields out;
    for (auto &kv : f)
        if (kv.first != name)
            out.push_back(kv);
    return out;
}

}  // namespace

TEST(NodeHash, ParsesEveryField) {
    const EntryParse p = parse_node_hash("r1", standby_hash());
    ASSERT_TRUE(p.entry) << p.detail;
    const NodeEntry &e = *p.entry;
    EXPECT_EQ(e.name, "r1");
    EXPECT_EQ(e.role, Role::Standby);
    EXPECT_EQ(e.dsn, "host='h' port='5433'");
    EXPECT_EQ(e.timeline, 1);
    EXPECT_EQ(e.replay_lsn.str(), "0/5000");
    EXPECT_EQ(e.receive_lsn.str(), "0/5100");
    EXPECT_EQ(e.lag_ms, 3);
    EXPECT_EQ(e.published_at_ms, 1700000000000);
    EXPECT_EQ(e.seq, 42u);
    EXPECT_FALSE(e.paused);
    EXPECT_EQ(e.pg_version, "150004");
    EXPECT_EQ(parse_node_hash("p", with(standby_hash(), "role", "primary")).entry->role,
              Role::Primary);
    EXPECT_TRUE(parse_node_hash("r1", with(standby_hash(), "paused", "1")).entry->paused);
}

TEST(NodeHash, RejectsWithReason) {
    EXPECT_EQ(parse_node_hash("r1", {}).reason, RejectReason::Missing);
    EXPECT_EQ(parse_node_hash("r1", with(standby_hash(), "v", "2")).reason,
              RejectReason::UnknownVersion);
    for (const char *field : {"v", "role", "dsn", "replay_lsn", "lag_ms", "published_at_ms"}) {
        const EntryParse p = parse_node_hash("r1", without(standby_hash(), field));
        EXPECT_FALSE(p.entry) << field;
        EXPECT_EQ(p.reason, RejectReason::Malformed) << field;
    }
    for (auto [field, value] :
         {std::pair{"role", "leader"}, std::pair{"replay_lsn", "0-5000"}, std::pair{"lag_ms", "-1"},
          std::pair{"lag_ms", "3ms"}, std::pair{"published_at_ms", "soon"}}) {
        const EntryParse p = parse_node_hash("r1", with(standby_hash(), field, value));
        EXPECT_FALSE(p.entry) << field << "=" << value;
        EXPECT_EQ(p.reason, RejectReason::Malformed);
    }
    EXPECT_FALSE(parse_node_hash("bad name", standby_hash()).entry);
    EXPECT_EQ(reject_reason_name(RejectReason::UnknownVersion), "unknown_version");
}

TEST(NodeHash, Expiry) {
    const NodeEntry e = *parse_node_hash("r1", standby_hash()).entry;
    EXPECT_FALSE(is_expired(e, 1700000005000, 5000));
    EXPECT_TRUE(is_expired(e, 1700000005001, 5000));
}

TEST(Event, ParsesNodeEvent) {
    const Event ev = parse_event(
        "v=1 node=r1 role=standby replay_lsn=0/5000 lag_ms=3 published_at_ms=17 seq=9 extra=x");
    ASSERT_EQ(ev.kind, Event::Kind::Node);
    EXPECT_EQ(ev.node, "r1");
    EXPECT_EQ(ev.role, Role::Standby);
    EXPECT_EQ(ev.replay_lsn.str(), "0/5000");
    EXPECT_EQ(ev.lag_ms, 3);
    EXPECT_EQ(ev.published_at_ms, 17);
    EXPECT_EQ(ev.seq, 9u);
}

TEST(Event, ParsesFloorEvent) {
    const Event ev = parse_event("v=1 floor=1/A0");
    ASSERT_EQ(ev.kind, Event::Kind::Floor);
    EXPECT_EQ(ev.floor.str(), "1/A0");
}

TEST(Event, RejectsBadEvents) {
    EXPECT_EQ(parse_event("").kind, Event::Kind::Invalid);
    EXPECT_EQ(
        parse_event("node=r1 role=standby replay_lsn=0/1 lag_ms=0 published_at_ms=1 seq=1").kind,
        Event::Kind::Invalid);
    const Event v2 =
        parse_event("v=2 node=r1 role=standby replay_lsn=0/1 lag_ms=0 published_at_ms=1 seq=1");
    EXPECT_EQ(v2.kind, Event::Kind::Invalid);
    EXPECT_EQ(v2.reason, RejectReason::UnknownVersion);
    EXPECT_EQ(
        parse_event("v=1 node=r1 role=standby replay_lsn=zz lag_ms=0 published_at_ms=1 seq=1").kind,
        Event::Kind::Invalid);
    EXPECT_EQ(parse_event("v=1 node=r1 role=standby replay_lsn=0/1 published_at_ms=1 seq=1").kind,
              Event::Kind::Invalid);
    EXPECT_EQ(parse_event("v=1 floor=nope").kind, Event::Kind::Invalid);
}

TEST(Event, AppliesOnlyNewerPublishes) {
    NodeEntry e = *parse_node_hash("r1", standby_hash()).entry;  // seq 42
    Event ev = parse_event(
        "v=1 node=r1 role=standby replay_lsn=0/6000 lag_ms=1 published_at_ms=1700000000010 "
        "seq=43");
    EXPECT_EQ(apply_event(e, ev), EventEffect::Applied);
    EXPECT_EQ(e.replay_lsn.str(), "0/6000");
    EXPECT_EQ(e.seq, 43u);
    EXPECT_EQ(e.dsn, "host='h' port='5433'");  // events carry no dsn: kept
    Event old = parse_event(
        "v=1 node=r1 role=standby replay_lsn=0/5800 lag_ms=1 published_at_ms=1700000000005 "
        "seq=42");
    EXPECT_EQ(apply_event(e, old), EventEffect::Stale);
    EXPECT_EQ(e.replay_lsn.str(), "0/6000");
    // A restarted worker counts seq from 1 again; its later publish time wins.
    Event restarted = parse_event(
        "v=1 node=r1 role=primary replay_lsn=0/7000 lag_ms=0 published_at_ms=1700000000020 seq=1");
    EXPECT_EQ(apply_event(e, restarted), EventEffect::Applied);
    EXPECT_EQ(e.role, Role::Primary);
}
