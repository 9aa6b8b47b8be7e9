// The layer against a real Redis Cluster of 3 masters + 3 replicas
// (scripts/redis-topology.sh cluster): routing by slot, hash-tag pipelines,
// ASK during a slot migration, MOVED after it and after failovers.
#include <map>
#include <set>
#include <sstream>

#include "redis_test_env.hpp"

namespace lsnroute::redis::test {
namespace {

struct Node {
    std::string id;
    int port = 0;
    bool master = false;
    bool failed = false;
    std::string master_id;
};

std::vector<int> server_ports() {
    std::vector<int> out;
    for (const auto &e : endpoints(env("LSNR_REDIS_SERVERS")))
        out.push_back(e.port);
    return out;
}

// A node that answers (earlier tests may have killed some).
int live_port() {
    for (int p : server_ports()) {
        if (answers_ping(p))
            return p;
    }
    throw std::runtime_error("no cluster node answers");
}

std::vector<Node> cluster_nodes() {
    std::istringstream in(Admin(live_port()).str({"CLUSTER", "NODES"}));
    std::vector<Node> out;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream f(line);
        std::string id, addr, flags, master;
        f >> id >> addr >> flags >> master;
        if (id.empty())
            continue;
        Node n;
        n.id = id;
        n.port = std::stoi(addr.substr(addr.rfind(':') + 1, addr.find('@') - addr.rfind(':') - 1));
        n.master = flags.find("master") != std::string::npos;
        n.failed = flags.find("fail") != std::string::npos;
        n.master_id = master;
        out.push_back(n);
    }
    return out;
}

// The master port serving slot, as the cluster itself says.
int master_of_slot(uint16_t slot) {
    ReplyPtr r = Admin(live_port()).cmd({"CLUSTER", "SLOTS"});
    for (size_t i = 0; i < r->elements; ++i) {
        const redisReply *e = r->element[i];
        if (e->element[0]->integer <= slot && slot <= e->element[1]->integer) {
            return static_cast<int>(e->element[2]->element[1]->integer);
        }
    }
    throw std::runtime_error("slot not served");
}

std::string node_id(int port) {
    return Admin(port).str({"CLUSTER", "MYID"});
}

std::string role(int port) {
    ReplyPtr r = Admin(port).cmd({"ROLE"});
    return std::string(r->element[0]->str, r->element[0]->len);
}

// A replica of the master on port, in sync with it.
int synced_replica_of(int master_port) {
    const std::string mid = node_id(master_port);
    int found = 0;
    EXPECT_TRUE(eventually(
        [&] {
            for (const auto &n : cluster_nodes()) {
                if (!n.master && !n.failed && n.master_id == mid &&
                    Admin(n.port).str({"INFO", "replication"}).find("master_link_status:up") !=
                        std::string::npos) {
                    found = n.port;
                    return true;
                }
            }
            return false;
        },
        20s));
    return found;
}

// Waits until the replica on port has key == value (READONLY reads).
bool replica_has(int port, const std::string &key, const std::string &value) {
    return eventually(
        [&] {
            Admin a(port);
            a.cmd({"READONLY"});
            return a.str({"GET", key}) == value;
        },
        10s);
}

class Cluster : public ::testing::Test {
  protected:
    void SetUp() override { opts = options_from_env(Mode::Cluster); }
    Options opts;
};

using ClusterRouting = Cluster;

TEST_F(ClusterRouting, KeysSpreadOverShardsReachTheirMaster) {
    Client c(opts);
    EXPECT_FALSE(c.single_server());
    std::set<int> masters;
    for (int i = 0; i < 200; ++i) {
        std::string key = "cr:key:" + std::to_string(i), val = "v" + std::to_string(i);
        ASSERT_EQ(text(c.command({"SET", key, val})), "OK");
        const uint16_t slot = key_slot(key);
        ASSERT_EQ(Admin(live_port()).str({"CLUSTER", "KEYSLOT", key}), std::to_string(slot));
        const int m = master_of_slot(slot);
        masters.insert(m);
        // A direct read on the owner: a key on the wrong shard would be MOVED.
        ASSERT_EQ(Admin(m).str({"GET", key}), val) << key;
    }
    EXPECT_EQ(masters.size(), 3u);
}

TEST_F(ClusterRouting, PipelineOnOneHashTagAndKeylessCommands) {
    Client c(opts);
    auto rs = c.pipeline("{cu1}", {{"SET", "{cu1}.a", "1"},
                                   {"SET", "{cu1}.b", "2"},
                                   {"MGET", "{cu1}.a", "{cu1}.b"},
                                   {"INCR", "{cu1}.a"}});
    ASSERT_EQ(rs.size(), 4u);
    ASSERT_EQ(rs[2]->type, REDIS_REPLY_ARRAY);
    ASSERT_EQ(rs[2]->elements, 2u);
    EXPECT_EQ(std::string(rs[2]->element[1]->str), "2");
    EXPECT_EQ(text(rs[3]), "2");
    EXPECT_EQ(Admin(master_of_slot(key_slot("cu1"))).str({"GET", "{cu1}.a"}), "2");
    EXPECT_EQ(text(c.command({"PING"})), "PONG");
    EXPECT_EQ(c.command({"PUBLISH", "cr:chan", "hello"})->type, REDIS_REPLY_INTEGER);
}

TEST_F(ClusterRouting, ScriptLoadReachesEveryMaster) {
    Client c(opts);
    std::string sha = text(c.command({"SCRIPT", "LOAD", "return redis.call('GET', KEYS[1])"}));
    ASSERT_EQ(sha.size(), 40u) << sha;
    std::set<int> masters;
    for (int i = 0; masters.size() < 3 && i < 100; ++i) {
        std::string key = "cs:" + std::to_string(i);
        masters.insert(master_of_slot(key_slot(key)));
        c.command({"SET", key, "x"});
        EXPECT_EQ(text(c.command({"EVALSHA", sha, "1", key})), "x") << key;  // no NOSCRIPT
    }
    EXPECT_EQ(masters.size(), 3u);
}

TEST_F(Cluster, SubscriberReceivesWhatAnyNodePublishes) {
    Subscriber sub(opts, "cl:events");
    std::mutex mu;
    std::vector<std::string> got;
    std::atomic<int> subscribed{0};
    std::thread t([&] {
        sub.run(
            [&](std::string_view m) {
                std::lock_guard<std::mutex> lk(mu);
                got.emplace_back(m);
            },
            [&] { ++subscribed; });
    });
    ASSERT_TRUE(eventually([&] { return subscribed.load() >= 1; }, 10s));
    int n = 0;
    for (int p : server_ports()) {
        if (answers_ping(p))
            Admin(p).cmd({"PUBLISH", "cl:events", "from-" + std::to_string(p)});
        ++n;
    }
    EXPECT_TRUE(eventually(
        [&] {
            std::lock_guard<std::mutex> lk(mu);
            return static_cast<int>(got.size()) == n;
        },
        10s));
    sub.stop();
    t.join();
}

TEST_F(Cluster, AskDuringMigrationThenMovedAfterItBumpsGeneration) {
    Client c(opts);
    const std::string k1 = "{cm}.old", k2 = "{cm}.new";
    const uint16_t slot = key_slot(k1);
    ASSERT_EQ(text(c.command({"SET", k1, "before"})), "OK");
    const int src = master_of_slot(slot);
    int dst = 0;
    for (const auto &n : cluster_nodes()) {
        if (n.master && !n.failed && n.port != src)
            dst = n.port;
    }
    ASSERT_NE(dst, 0);
    const std::string src_id = node_id(src), dst_id = node_id(dst), s = std::to_string(slot);
    const uint64_t g0 = c.generation();

    ASSERT_EQ(Admin(dst).str({"CLUSTER", "SETSLOT", s, "IMPORTING", src_id}), "OK");
    ASSERT_EQ(Admin(src).str({"CLUSTER", "SETSLOT", s, "MIGRATING", dst_id}), "OK");
    ASSERT_EQ(
        Admin(src).str({"MIGRATE", "127.0.0.1", std::to_string(dst), "", "0", "5000", "KEYS", k1}),
        "OK");
    // The source now redirects with ASK for the migrated key ...
    ASSERT_EQ(Admin(src).str({"GET", k1}).rfind("ASK ", 0), 0u);
    // ... which the layer follows (ASKING + GET on the importing node).
    EXPECT_EQ(text(c.command({"GET", k1})), "before");
    // A new key of a migrating slot goes to the importing node too.
    EXPECT_EQ(text(c.command({"SET", k2, "during"})), "OK");
    EXPECT_EQ(c.generation(), g0) << "ASK is no change of owner";

    for (const auto &n : cluster_nodes()) {
        if (n.master && !n.failed) {
            ASSERT_EQ(Admin(n.port).str({"CLUSTER", "SETSLOT", s, "NODE", dst_id}), "OK");
        }
    }
    // The source answers MOVED now; the layer follows and says "owner changed".
    ASSERT_EQ(Admin(src).str({"GET", k1}).rfind("MOVED ", 0), 0u);
    EXPECT_EQ(text(c.command({"GET", k1})), "before");
    EXPECT_EQ(text(c.command({"GET", k2})), "during");
    EXPECT_GT(c.generation(), g0);
    EXPECT_EQ(Admin(dst).str({"GET", k2}), "during");
}

TEST_F(Cluster, ManualFailoverIsFollowedAndBumpsGeneration) {
    Client c(opts);
    const std::string key = "cf:manual";
    ASSERT_EQ(text(c.command({"SET", key, "v1"})), "OK");
    const int old_master = master_of_slot(key_slot(key));
    const int replica = synced_replica_of(old_master);
    ASSERT_NE(replica, 0);
    ASSERT_TRUE(replica_has(replica, key, "v1"));
    const uint64_t g0 = c.generation();

    ASSERT_EQ(Admin(replica).str({"CLUSTER", "FAILOVER"}), "OK");
    ASSERT_TRUE(
        eventually([&] { return role(replica) == "master" && role(old_master) == "slave"; }));
    // The old master (now a replica) answers MOVED; the layer follows it.
    EXPECT_EQ(text(c.command({"GET", key})), "v1");
    EXPECT_EQ(text(c.command({"SET", key, "v2"})), "OK");
    EXPECT_EQ(Admin(replica).str({"GET", key}), "v2");
    EXPECT_GT(c.generation(), g0);
}

TEST_F(Cluster, KilledMasterIsReplacedAndFollowed) {
    Client c(opts);
    const std::string key = "cf:killed";
    ASSERT_EQ(text(c.command({"SET", key, "v1"})), "OK");
    const int old_master = master_of_slot(key_slot(key));
    const int replica = synced_replica_of(old_master);
    ASSERT_NE(replica, 0);
    ASSERT_TRUE(replica_has(replica, key, "v1"));
    const uint64_t g0 = c.generation();

    kill_server(old_master);
    // Until the replica takes over, calls fail (each within the timeout);
    // then they reach the new master.
    EXPECT_TRUE(eventually([&] { return text(c.command({"GET", key})) == "v1"; }, 30s));
    EXPECT_EQ(role(replica), "master");
    EXPECT_EQ(text(c.command({"SET", key, "v2"})), "OK");
    EXPECT_EQ(Admin(replica).str({"GET", key}), "v2");
    EXPECT_GT(c.generation(), g0);
}

}  // namespace
}  // namespace lsnroute::redis::test
