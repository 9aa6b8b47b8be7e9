// What the registry watcher takes from Redis: every node hash and event is
// untrusted input. The watcher runs against an unreachable Redis here; its
// parsing entry points are fed replies built by hand.
#include <gtest/gtest.h>
#include <hiredis/hiredis.h>

#include <deque>

#include "clock.hpp"
#include "registry_watcher.hpp"

using namespace lsnroute;

namespace {

// A hiredis reply tree built by hand: an array of strings, or of anything.
class FakeReply {
  public:
    static FakeReply hash(const std::vector<std::pair<std::string, std::string>> &fields) {
        FakeReply r;
        for (const auto &[k, v] : fields) {
            r.add_string(k);
            r.add_string(v);
        }
        return r;
    }
    void add_string(const std::string &s) {
        text_.push_back(s);
        redisReply e{};
        e.type = REDIS_REPLY_STRING;
        e.str = text_.back().data();
        e.len = text_.back().size();
        add(e);
    }
    void add(redisReply e) {
        elems_.push_back(e);
        ptrs_.clear();
        for (auto &x : elems_)
            ptrs_.push_back(&x);
        top_.type = REDIS_REPLY_ARRAY;
        top_.elements = ptrs_.size();
        top_.element = ptrs_.data();
    }
    const redisReply *get() const { return &top_; }

  private:
    std::deque<std::string> text_;
    std::deque<redisReply> elems_;
    std::vector<redisReply *> ptrs_;
    redisReply top_{};
};

std::vector<std::pair<std::string, std::string>> standby(const std::string &dsn) {
    return {{"v", "1"},
            {"role", "standby"},
            {"dsn", dsn},
            {"timeline", "1"},
            {"replay_lsn", "0/5000"},
            {"lag_ms", "2"},
            {"published_at_ms", std::to_string(unix_now_ms())},
            {"seq", "7"}};
}

// A watcher with everything it needs, Redis unreachable (port 1).
struct Rig {
    explicit Rig(const std::string &extra = "")
        : config(Config::parse("redis=127.0.0.1:1 timeout_ms=50 refresh_ms=3600000 "
                               "pg='user=app password=s3cret sslmode=require' " +
                               extra)),
          client(config.redis),
          tokens(client, config.cluster, config.token_ttl_ms),
          breaker(500, [] { return steady_now_ms(); }),
          watcher(RegistryWatcher::Deps{config, client, tokens, snapshot, guard, breaker, metrics,
                                        []() -> Lsn { throw std::runtime_error("no primary"); }}) {}

    uint64_t rejected(const std::string &reason) const {
        const std::string text = metrics.render({});
        const std::string key = "lsnroute_registry_rejected_total{reason=\"" + reason + "\"} ";
        const size_t at = text.find(key);
        return at == std::string::npos ? ~0ull : std::stoull(text.substr(at + key.size()));
    }
    std::string metric_line(const std::string &name) const {
        const std::string text = metrics.render({});
        const size_t at = text.find("\n" + name + " ");
        return at == std::string::npos ? "" : text.substr(at + 1, text.find('\n', at + 1) - at - 1);
    }

    Config config;
    redis::Client client;
    TokenStore tokens;
    SnapshotHolder snapshot;
    FloorGuard guard;
    Breaker breaker;
    Metrics metrics;
    RegistryWatcher watcher;
};

}  // namespace

TEST(RegistryWatcher, ADsnThatDoesNotParseIsCountedNeverThrown) {
    Rig rig;
    // issue 8: this dsn made merge_conninfo throw on the registry thread.
    const FakeReply bad = FakeReply::hash(standby("host='a"));
    std::optional<NodeEntry> e;
    EXPECT_NO_THROW(e = rig.watcher.build_entry("x", bad.get(), unix_now_ms()));
    EXPECT_FALSE(e);
    EXPECT_EQ(rig.rejected("bad_dsn"), 1u);
    EXPECT_TRUE(
        rig.watcher.build_entry("ok", FakeReply::hash(standby("host=h")).get(), unix_now_ms()));
}

TEST(RegistryWatcher, RepliesOfTheWrongShapeAreMalformed) {
    Rig rig;
    FakeReply ints = FakeReply::hash({{"v", "1"}});
    redisReply n{};
    n.type = REDIS_REPLY_INTEGER;  // str is null: never read as text
    ints.add(n);
    ints.add(n);
    EXPECT_FALSE(rig.watcher.build_entry("x", ints.get(), unix_now_ms()));
    redisReply err{};
    err.type = REDIS_REPLY_ERROR;
    char msg[] = "WRONGTYPE Operation against a key holding the wrong kind of value";
    err.str = msg;
    err.len = sizeof msg - 1;
    EXPECT_FALSE(rig.watcher.build_entry("x", &err, unix_now_ms()));
    EXPECT_EQ(rig.rejected("malformed"), 2u);
    redisReply nil{};
    nil.type = REDIS_REPLY_NIL;
    EXPECT_FALSE(rig.watcher.build_entry("x", &nil, unix_now_ms()));  // gone: not counted
    EXPECT_EQ(rig.rejected("malformed"), 2u);
}

TEST(RegistryWatcher, OnlyWhereToConnectComesFromTheRegistry) {
    Rig rig;
    auto e = rig.watcher.build_entry(
        "r1",
        FakeReply::hash(standby("host=h port=5433 user=evil password=forged sslmode=disable"))
            .get(),
        unix_now_ms());
    ASSERT_TRUE(e);
    EXPECT_EQ(e->dsn, "host='h' port='5433'");
    EXPECT_EQ(e->client_dsn.find("evil"), std::string::npos) << e->client_dsn;
    EXPECT_EQ(e->client_dsn.find("forged"), std::string::npos);
    EXPECT_EQ(e->client_dsn.find("disable"), std::string::npos);
    EXPECT_NE(e->client_dsn.find("user='app'"), std::string::npos);
    EXPECT_NE(e->client_dsn.find("password='s3cret'"), std::string::npos);
    EXPECT_NE(e->client_dsn.find("sslmode='require'"), std::string::npos);
    // What advisory callers are handed never has the application's password.
    EXPECT_EQ(e->public_dsn.find("s3cret"), std::string::npos) << e->public_dsn;
    EXPECT_NE(e->public_dsn.find("user='app'"), std::string::npos);
    EXPECT_EQ(rig.metric_line("lsnroute_registry_dsn_keys_ignored_total"),
              "lsnroute_registry_dsn_keys_ignored_total 3");
}

TEST(RegistryWatcher, AllowedHostsBoundEveryHostAndHostaddr) {
    Rig rig("allowed_hosts='*.db.internal,10.0.0.0/8'");
    const int64_t now = unix_now_ms();
    EXPECT_TRUE(
        rig.watcher.build_entry("a", FakeReply::hash(standby("host=r1.db.internal")).get(), now));
    EXPECT_TRUE(rig.watcher.build_entry(
        "b", FakeReply::hash(standby("host=r1.db.internal hostaddr=10.1.2.3")).get(), now));
    EXPECT_FALSE(
        rig.watcher.build_entry("c", FakeReply::hash(standby("host=evil.net")).get(), now));
    EXPECT_FALSE(rig.watcher.build_entry(
        "d", FakeReply::hash(standby("host=r1.db.internal hostaddr=192.0.2.1")).get(), now));
    EXPECT_FALSE(rig.watcher.build_entry(
        "e", FakeReply::hash(standby("host=r1.db.internal,evil.net")).get(), now));
    EXPECT_FALSE(
        rig.watcher.build_entry("f", FakeReply::hash(standby("port=5432")).get(), now));  // default
    EXPECT_EQ(rig.rejected("host_not_allowed"), 4u);
}

TEST(RegistryWatcher, EntriesAndEventsFromTheFutureAreIgnoredAndCounted) {
    Rig rig;
    const int64_t now = unix_now_ms();
    auto fields = standby("host=h");
    fields[6].second = std::to_string(now + 86400000);
    EXPECT_FALSE(rig.watcher.build_entry("r1", FakeReply::hash(fields).get(), now));
    EXPECT_EQ(rig.rejected("future"), 1u);

    auto held = rig.watcher.build_entry("r1", FakeReply::hash(standby("host=h")).get(), now);
    ASSERT_TRUE(held);
    rig.snapshot.update(
        [&](Snapshot &s) { merge_refresh(s, {*held}, true, Lsn(), {}, now, 5000); });
    // issue 8: a day ahead, claiming everything replayed.
    rig.watcher.apply_message(
        "v=1 node=r1 role=standby replay_lsn=FFFFFFFF/FFFFFFFF lag_ms=0 "
        "published_at_ms=" +
        std::to_string(unix_now_ms() + 86400000) + " seq=8");
    EXPECT_EQ(rig.snapshot.load()->find("r1")->replay_lsn.str(), "0/5000");
    EXPECT_EQ(rig.rejected("future"), 2u);
    rig.watcher.apply_message(
        "v=1 node=r1 role=standby replay_lsn=0/6000 lag_ms=0 "
        "published_at_ms=" +
        std::to_string(unix_now_ms()) + " seq=8");
    EXPECT_EQ(rig.snapshot.load()->find("r1")->replay_lsn.str(), "0/6000");
}

TEST(RegistryWatcher, AnEventOfAnotherIdentityIsNotMerged) {
    Rig rig;
    const int64_t now = unix_now_ms();
    auto fields = standby("host=h");
    fields.push_back({"system_id", "7001"});
    fields.push_back({"started_at_ms", std::to_string(now - 60000)});
    fields.push_back({"lag_source", "receiver"});
    auto held = rig.watcher.build_entry("r1", FakeReply::hash(fields).get(), now);
    ASSERT_TRUE(held);
    rig.snapshot.update(
        [&](Snapshot &s) { merge_refresh(s, {*held}, true, Lsn(), {}, now, 5000); });
    rig.watcher.apply_message("v=1 node=r1 role=standby replay_lsn=9/0 lag_ms=0 published_at_ms=" +
                              std::to_string(unix_now_ms()) + " seq=1 system_id=7001 " +
                              "started_at_ms=" + std::to_string(now - 10));
    const NodeEntry *e = rig.snapshot.load()->find("r1");
    EXPECT_EQ(e->replay_lsn.str(), "0/5000");  // not merged
    EXPECT_TRUE(e->superseded);                // and not used until re-read
}
