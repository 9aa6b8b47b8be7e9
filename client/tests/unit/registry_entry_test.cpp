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

Fields without(const Fields &f, const std::string &name) {
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

namespace {

Fields v11_standby_hash() {
    Fields f = standby_hash();
    f.push_back({"system_id", "7300000000000000001"});
    f.push_back({"started_at_ms", "1699999990000"});
    f.push_back({"lag_source", "receiver"});
    return f;
}

std::string event_text(const char *replay, uint64_t seq, int64_t started, int64_t published = 17) {
    return "v=1 node=r1 role=standby replay_lsn=" + std::string(replay) +
           " lag_ms=1 published_at_ms=" + std::to_string(published) +
           " seq=" + std::to_string(seq) + " started_at_ms=" + std::to_string(started) +
           " system_id=7300000000000000001";
}

}  // namespace

TEST(NodeHash, MalformedFieldsOfAnyKindAreRejectedNeverThrown) {
    for (auto [field, value] : {
             std::pair{"dsn", "host='a"},                  // does not parse (issue 8)
             std::pair{"dsn", "host=a port=99999"},        // no such port
             std::pair{"dsn", "host=\xff\xfe port=5432"},  // not UTF-8
             std::pair{"dsn", "postgresql://[::1"},        // a broken URI
         }) {
        const EntryParse p = parse_node_hash("r1", with(standby_hash(), field, value));
        EXPECT_FALSE(p.entry) << value;
        EXPECT_EQ(p.reason, RejectReason::BadDsn) << value;
    }
    EXPECT_EQ(
        parse_node_hash("r1", with(standby_hash(), "dsn", std::string("host=a\0b", 8))).reason,
        RejectReason::BadDsn);
    for (auto [field, value] : {
             std::pair{"lag_ms", "99999999999999999999"},  // beyond int64
             std::pair{"seq", "99999999999999999999999"},
             std::pair{"seq", "-3"},
             std::pair{"published_at_ms", "-9223372036854775808"},  // now - it would overflow
             std::pair{"timeline", "x"},
             std::pair{"receive_lsn", "0/5000 "},
             std::pair{"flush_lsn", "G/0"},
             std::pair{"replay_lsn", "123456789/0"},
         }) {
        const EntryParse p = parse_node_hash("r1", with(standby_hash(), field, value));
        EXPECT_FALSE(p.entry) << field << "=" << value;
        EXPECT_EQ(p.reason, RejectReason::Malformed) << field << "=" << value;
    }
    EXPECT_FALSE(parse_node_hash("r1", without(standby_hash(), "timeline")).entry);
    EXPECT_FALSE(parse_node_hash("r1", without(standby_hash(), "seq")).entry);
    EXPECT_EQ(parse_node_hash("r1", with(standby_hash(), "v", "\xc3\x28")).reason,
              RejectReason::UnknownVersion);
    EXPECT_FALSE(parse_node_hash("r\xe9", standby_hash()).entry);
    EXPECT_EQ(reject_reason_name(RejectReason::BadDsn), "bad_dsn");
}

TEST(NodeHash, OnlyHostHostaddrAndPortAreTakenFromTheDsn) {
    const EntryParse p =
        parse_node_hash("r1", with(standby_hash(), "dsn",
                                   "host=h1,h2 hostaddr=10.0.0.1,10.0.0.2 port=5433,5434 user=evil "
                                   "password=harvest sslmode=disable application_name='x y'"));
    ASSERT_TRUE(p.entry) << p.detail;
    EXPECT_EQ(p.entry->dsn, "host='h1,h2' hostaddr='10.0.0.1,10.0.0.2' port='5433,5434'");
    EXPECT_EQ(p.entry->ignored_dsn_keys, 4);
    // The URI form too, through libpq's own parser.
    const EntryParse u = parse_node_hash(
        "r1", with(standby_hash(), "dsn", "postgresql://evil:pw@h:5433/db?sslmode=disable"));
    ASSERT_TRUE(u.entry) << u.detail;
    EXPECT_EQ(u.entry->dsn, "host='h' port='5433'");
    EXPECT_EQ(u.entry->ignored_dsn_keys, 4);  // user, password, dbname, sslmode
}

TEST(NodeHash, IdentityFieldsOf11) {
    const EntryParse p = parse_node_hash("r1", v11_standby_hash());
    ASSERT_TRUE(p.entry) << p.detail;
    EXPECT_TRUE(p.entry->has_identity);
    EXPECT_EQ(p.entry->system_id, 7300000000000000001u);
    EXPECT_EQ(p.entry->started_at_ms, 1699999990000);
    EXPECT_EQ(p.entry->lag_source, LagSource::Receiver);
    EXPECT_FALSE(parse_node_hash("r1", standby_hash()).entry->has_identity);  // 1.0
    EXPECT_EQ(
        parse_node_hash("r1", with(v11_standby_hash(), "lag_source", "silence")).entry->lag_source,
        LagSource::Silence);
    for (const char *v : {"unknown", "", "guess"})
        EXPECT_EQ(
            parse_node_hash("r1", with(v11_standby_hash(), "lag_source", v)).entry->lag_source,
            LagSource::Unknown)
            << v;
    // Half an identity is garbage, not a 1.0 entry.
    EXPECT_FALSE(parse_node_hash("r1", without(v11_standby_hash(), "started_at_ms")).entry);
    EXPECT_FALSE(parse_node_hash("r1", without(v11_standby_hash(), "system_id")).entry);
    EXPECT_FALSE(parse_node_hash("r1", with(v11_standby_hash(), "system_id", "-1")).entry);
    EXPECT_FALSE(
        parse_node_hash("r1", with(v11_standby_hash(), "system_id", "18446744073709551616")).entry);
}

TEST(Event, FutureStampsBeyondTheToleranceOnly) {
    EXPECT_FALSE(is_future(1000 + kClockToleranceMs, 1000));
    EXPECT_TRUE(is_future(1001 + kClockToleranceMs, 1000));
    EXPECT_FALSE(is_future(0, 1000));
}

TEST(Event, OrderedByStartThenSeqNeverSeqAlone) {
    NodeEntry e = *parse_node_hash("r1", v11_standby_hash()).entry;  // seq 42
    const int64_t start = e.started_at_ms;
    EXPECT_EQ(apply_event(e, parse_event(event_text("0/6000", 43, start))), EventEffect::Applied);
    EXPECT_EQ(e.replay_lsn.str(), "0/6000");
    EXPECT_EQ(apply_event(e, parse_event(event_text("0/5000", 43, start))), EventEffect::Stale);
    // Another life of the node (restart: seq from 1) or another node of the
    // same name: not merged; the entry is not used until its hash is read.
    EXPECT_EQ(apply_event(e, parse_event(event_text("0/7000", 1, start + 5000))),
              EventEffect::Reread);
    EXPECT_TRUE(e.superseded);
    EXPECT_EQ(e.replay_lsn.str(), "0/6000");
    NodeEntry other = *parse_node_hash("r1", v11_standby_hash()).entry;
    std::string foreign = event_text("0/7000", 50, start);
    foreign.replace(foreign.find("7300000000000000001"), 19, "7300000000000000002");
    EXPECT_EQ(apply_event(other, parse_event(foreign)), EventEffect::Reread);
    // A 1.0 event for a 1.1 entry (or the reverse) is another identity too.
    NodeEntry v10 = *parse_node_hash("r1", standby_hash()).entry;
    EXPECT_EQ(apply_event(v10, parse_event(event_text("0/7000", 50, start))), EventEffect::Reread);
}

TEST(Event, OneHugeSeqDoesNotBeatLaterPublishesOf10Entries) {
    NodeEntry e = *parse_node_hash("r1", standby_hash()).entry;  // 1.0, seq 42
    Event huge = parse_event(
        "v=1 node=r1 role=standby replay_lsn=0/5100 lag_ms=1 published_at_ms=1700000000001 "
        "seq=18446744073709551615");
    ASSERT_EQ(huge.kind, Event::Kind::Node);
    EXPECT_EQ(apply_event(e, huge), EventEffect::Applied);
    Event later = parse_event(
        "v=1 node=r1 role=standby replay_lsn=0/5200 lag_ms=1 published_at_ms=1700000000002 "
        "seq=44");
    EXPECT_EQ(apply_event(e, later), EventEffect::Applied);
    EXPECT_EQ(e.replay_lsn.str(), "0/5200");
}

TEST(Event, CarriesIdentityTimelineAndLagSource) {
    const Event ev = parse_event(event_text("0/1", 2, 99) + " timeline=3 lag_source=unknown");
    ASSERT_EQ(ev.kind, Event::Kind::Node);
    EXPECT_TRUE(ev.has_identity);
    EXPECT_EQ(ev.started_at_ms, 99);
    EXPECT_EQ(ev.system_id, 7300000000000000001u);
    EXPECT_EQ(*ev.timeline, 3);
    EXPECT_EQ(*ev.lag_source, LagSource::Unknown);
    EXPECT_EQ(parse_event(event_text("0/1", 2, 99) + " timeline=-1").kind, Event::Kind::Invalid);
    EXPECT_EQ(parse_event("v=1 node=r1 role=standby replay_lsn=0/1 lag_ms=0 published_at_ms=1 "
                          "seq=1 system_id=abc started_at_ms=1")
                  .kind,
              Event::Kind::Invalid);
    EXPECT_EQ(parse_event("v=1 node=r1 role=standby replay_lsn=0/1 lag_ms=99999999999999999999 "
                          "published_at_ms=1 seq=1")
                  .kind,
              Event::Kind::Invalid);
}
