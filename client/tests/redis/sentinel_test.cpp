// The layer against Redis Sentinel (scripts/redis-topology.sh sentinel):
// master discovery, and commands reaching the new master after a failover.
#include <mutex>

#include "redis_test_env.hpp"
#include "registry_schema.hpp"
#include "token_store.hpp"

namespace lsnroute::redis::test {
namespace {

int sentinel_port() {
    return endpoints(env("LSNR_SENTINELS")).front().port;
}

// The master as the Sentinels currently name it.
int named_master() {
    for (const auto &s : endpoints(env("LSNR_SENTINELS"))) {
        try {
            ReplyPtr r = Admin(s.port).cmd({"SENTINEL", "get-master-addr-by-name", "mymaster"});
            if (r->type == REDIS_REPLY_ARRAY && r->elements == 2)
                return std::stoi(r->element[1]->str);
        } catch (const std::exception &) {
        }
    }
    throw std::runtime_error("no sentinel names a master");
}

std::string role(int port) {
    ReplyPtr r = Admin(port).cmd({"ROLE"});
    return std::string(r->element[0]->str, r->element[0]->len);
}

// The other data server, once it replicates from master in sync. After a
// failover Sentinel turns a still-running old master into a replica only
// after several INFO periods; doing it here saves the tests that wait.
int synced_replica(int master) {
    for (const auto &e : endpoints(env("LSNR_REDIS_SERVERS"))) {
        if (e.port == master || !answers_ping(e.port))
            continue;
        if (role(e.port) == "master") {
            Admin(e.port).cmd({"REPLICAOF", "127.0.0.1", std::to_string(master)});
        }
        bool ok = eventually(
            [&] {
                return Admin(e.port).str({"INFO", "replication"}).find("master_link_status:up") !=
                       std::string::npos;
            },
            20s);
        if (ok)
            return e.port;
    }
    return 0;
}

class Sentinel : public ::testing::Test {
  protected:
    void SetUp() override { opts = options_from_env(Mode::Sentinel); }
    Options opts;
};

TEST_F(Sentinel, DiscoversTheMaster) {
    Client c(opts);
    EXPECT_TRUE(c.single_server());
    ASSERT_EQ(text(c.command({"SET", "se:k", "v"})), "OK");
    EXPECT_EQ(Admin(named_master()).str({"GET", "se:k"}), "v");
    auto rs = c.pipeline("", {{"INCR", "se:n"}, {"INCR", "se:n"}});
    EXPECT_EQ(text(rs[1]), "2");
}

TEST_F(Sentinel, SkipsADeadSentinel) {
    Options o = opts;
    o.seeds.insert(o.seeds.begin(), Endpoint{"127.0.0.1", 1});  // nobody there
    Client c(o);
    EXPECT_EQ(text(c.command({"PING"})), "PONG");
}

// redis_wait_replicas (docs/design.md Faults: a Redis failover loses token
// writes the replicas never got): a save counts only once a real replica
// confirmed it; with the replica frozen, the save is refused as
// unreplicated (the router reports LSNR_ETOKEN), though the master has it.
TEST_F(Sentinel, TokenSaveWaitsForARealRedisReplica) {
    Client c(opts);
    TokenStore tokens(c, "wait", 60000, 1, 300);
    const int master = named_master();
    const int replica = synced_replica(master);
    ASSERT_NE(replica, 0);
    const std::string key = schema::token_key("wait", "u1");

    EXPECT_EQ(tokens.save("u1", Lsn(0x10)), Lsn(0x10));
    EXPECT_EQ(Admin(replica).str({"GET", key}), "0/10");  // WAIT said it is there

    const pid_t pid = server_pid(replica);
    ASSERT_EQ(::kill(pid, SIGSTOP), 0);
    struct Resume {
        pid_t pid;
        ~Resume() { ::kill(pid, SIGCONT); }
    } resume{pid};
    EXPECT_THROW(tokens.save("u1", Lsn(0x20)), UnreplicatedError);
    EXPECT_EQ(Admin(master).str({"GET", key}), "0/20");  // the master has it all the same
    ::kill(pid, SIGCONT);
    EXPECT_TRUE(eventually([&] {
        tokens.save("u1", Lsn(0x30));
        return true;
    }));
    EXPECT_EQ(Admin(replica).str({"GET", key}), "0/30");
}

TEST_F(Sentinel, AskedFailoverIsFollowedAndBumpsGeneration) {
    Client c(opts);
    ASSERT_EQ(text(c.command({"SET", "se:f", "1"})), "OK");
    const int old_master = named_master();
    const int replica = synced_replica(old_master);
    ASSERT_NE(replica, 0);
    const uint64_t g0 = c.generation();

    ASSERT_EQ(Admin(sentinel_port()).str({"SENTINEL", "failover", "mymaster"}), "OK");
    ASSERT_TRUE(eventually([&] { return named_master() == replica && role(replica) == "master"; }));
    // The old master still runs and takes writes until Sentinel turns it
    // into a replica; the layer hears +switch-master and moves at once.
    EXPECT_TRUE(eventually([&] { return c.generation() > g0; }, 10s));
    EXPECT_TRUE(eventually([&] { return text(c.command({"SET", "se:f", "2"})) == "OK"; }));
    EXPECT_EQ(Admin(replica).str({"GET", "se:f"}), "2");
    EXPECT_GT(c.generation(), g0);
}

TEST_F(Sentinel, KilledMasterIsReplacedAndFollowed) {
    Client c(opts);
    ASSERT_EQ(text(c.command({"SET", "se:k2", "1"})), "OK");
    const int old_master = named_master();
    const int replica = synced_replica(old_master);
    ASSERT_NE(replica, 0);
    const uint64_t g0 = c.generation();

    kill_server(old_master);
    EXPECT_TRUE(eventually([&] { return text(c.command({"SET", "se:k2", "2"})) == "OK"; }, 40s));
    EXPECT_EQ(role(replica), "master");
    EXPECT_EQ(Admin(replica).str({"GET", "se:k2"}), "2");
    EXPECT_GT(c.generation(), g0);
}

}  // namespace
}  // namespace lsnroute::redis::test
