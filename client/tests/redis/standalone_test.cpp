// The layer against one real redis-server (scripts/redis-topology.sh standalone).
#include <atomic>
#include <thread>

#include "redis_test_env.hpp"
#include "../test_timeout.hpp"

namespace lsnroute::redis::test {
namespace {

class Standalone : public ::testing::Test {
  protected:
    void SetUp() override {
        opts = options_from_env(Mode::Standalone);
        port = std::stoi(env("LSNR_REDIS_PORT"));
    }
    Options opts;
    int port = 0;
};

TEST_F(Standalone, CommandsAndErrorRepliesAreReturned) {
    Client c(opts);
    EXPECT_EQ(text(c.command({"SET", "sa:k", "v1"})), "OK");
    EXPECT_EQ(text(c.command({"GET", "sa:k"})), "v1");
    EXPECT_EQ(Admin(port).str({"GET", "sa:k"}), "v1");
    // A server error is an answer, not an exception.
    ReplyPtr r = c.command({"INCR", "sa:k"});
    EXPECT_EQ(r->type, REDIS_REPLY_ERROR);
    // Binary-safe arguments.
    std::string bin("a\0b\r\n", 5);
    c.command({"SET", "sa:bin", bin});
    ReplyPtr b = c.command({"GET", "sa:bin"});
    EXPECT_EQ(std::string(b->str, b->len), bin);
}

TEST_F(Standalone, PipelineRepliesInOrder) {
    Client c(opts);
    auto replies = c.pipeline("ignored", {{"DEL", "sa:p"},
                                          {"INCR", "sa:p"},
                                          {"INCRBY", "sa:p", "41"},
                                          {"GET", "sa:p"},
                                          {"HGET", "sa:p", "f"}});
    ASSERT_EQ(replies.size(), 5u);
    EXPECT_EQ(text(replies[1]), "1");
    EXPECT_EQ(text(replies[2]), "42");
    EXPECT_EQ(text(replies[3]), "42");
    EXPECT_EQ(replies[4]->type, REDIS_REPLY_ERROR);  // WRONGTYPE, in its place
}

TEST_F(Standalone, SelectsTheDatabase) {
    opts.db = 3;
    Client c(opts);
    c.command({"SET", "sa:db", "three"});
    Admin a(port);
    EXPECT_EQ(a.str({"GET", "sa:db"}), "");  // not in db 0
    a.cmd({"SELECT", "3"});
    EXPECT_EQ(a.str({"GET", "sa:db"}), "three");
}

TEST_F(Standalone, ConcurrentCallersNeverShareAConnection) {
    opts.max_connections = 3;  // fewer connections than threads: callers must wait their turn
    Client c(opts);
    c.command({"DEL", "sa:counter"});
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    threads.reserve(8);
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 300; ++i) {
                std::string key = "sa:t" + std::to_string(t);
                std::string val = std::to_string(i);
                auto rs =
                    c.pipeline(key, {{"SET", key, val}, {"GET", key}, {"INCR", "sa:counter"}});
                if (text(rs[1]) != val)
                    ++mismatches;
            }
        });
    }
    for (auto &th : threads)
        th.join();
    EXPECT_EQ(mismatches.load(), 0);
    EXPECT_EQ(text(c.command({"GET", "sa:counter"})), "2400");
    // Bounded pool: never more than max_connections connections (each of
    // them last ran the pipeline's INCR).
    std::string list = Admin(port).str({"CLIENT", "LIST"});
    int used = 0;
    for (size_t pos = list.find("cmd=incr"); pos != std::string::npos;
         pos = list.find("cmd=incr", pos + 1)) {
        ++used;
    }
    EXPECT_GE(used, 1);
    EXPECT_LE(used, 3);
}

TEST_F(Standalone, StoppedServerCostsAboutTheTimeoutThenRecovers) {
    opts.timeout = 200ms;
    Client c(opts);
    ASSERT_EQ(text(c.command({"PING"})), "PONG");
    const uint64_t g0 = c.generation();
    const pid_t pid = server_pid(port);
    ASSERT_EQ(::kill(pid, SIGSTOP), 0);
    struct Resume {
        pid_t pid;
        ~Resume() { ::kill(pid, SIGCONT); }
    } resume{pid};

    // An idle pooled connection, then a fresh one (the kernel still accepts
    // connections for a stopped server): both bounded by the timeout.
    for (int i = 0; i < 2; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        EXPECT_THROW(c.command({"PING"}), Error);
        auto took = std::chrono::steady_clock::now() - t0;
        EXPECT_GE(took, 150ms);  // it did wait for the server
        EXPECT_LT(took, ::lsnroute::test::timeout_default())
            << "a stopped Redis must not block for good";
    }
    ASSERT_EQ(::kill(pid, SIGCONT), 0);
    EXPECT_TRUE(eventually([&] { return text(c.command({"PING"})) == "PONG"; }, 10s));
    EXPECT_GT(c.generation(), g0);
}

TEST_F(Standalone, RestartBumpsGenerationAndOnlyThen) {
    Client c(opts);
    c.command({"SET", "sa:r", "1"});
    const uint64_t g0 = c.generation();
    for (int i = 0; i < 20; ++i)
        c.command({"GET", "sa:r"});
    EXPECT_EQ(c.generation(), g0) << "no failure, no reconnection: same generation";

    kill_server(port);
    restart_server(port);
    uint64_t g_fail = 0;
    EXPECT_TRUE(eventually(
        [&] {
            try {
                return text(c.command({"GET", "sa:r"})) == "<nil>";  // restarted empty
            } catch (const Error &) {
                g_fail = c.generation();
                throw;
            }
        },
        10s));
    EXPECT_GT(c.generation(), g0);
    if (g_fail) {
        EXPECT_GT(c.generation(), g_fail) << "the reconnection itself bumps it too";
    }
}

TEST_F(Standalone, AuthWithPasswordAndAclUserNeverShowsThePassword) {
    const std::string pw = "Pw-0f-Default-9931";
    const std::string alice_pw = "alice-S3cret-7781";
    Admin admin(port);
    ASSERT_EQ(admin.str({"ACL", "SETUSER", "alice", "on", ">" + alice_pw, "~*", "&*", "+@all"}),
              "OK");
    ASSERT_EQ(admin.str({"CONFIG", "SET", "requirepass", pw}), "OK");
    struct Reset {
        int port;
        std::string pw;
        ~Reset() {
            try {
                Admin a(port);
                a.cmd({"AUTH", pw});
                a.cmd({"CONFIG", "SET", "requirepass", ""});
                a.cmd({"ACL", "DELUSER", "alice"});
            } catch (...) {
            }
        }
    } reset{port, pw};

    {  // no password: thrown (NOAUTH), not returned
        Client c(opts);
        EXPECT_THROW(c.command({"GET", "sa:auth"}), Error);
    }
    {  // default user with the password
        Options o = opts;
        o.password = pw;
        Client c(o);
        EXPECT_EQ(text(c.command({"SET", "sa:auth", "x"})), "OK");
    }
    {  // ACL user
        Options o = opts;
        o.user = "alice";
        o.password = alice_pw;
        Client c(o);
        EXPECT_EQ(text(c.command({"GET", "sa:auth"})), "x");
        EXPECT_EQ(text(c.command({"ACL", "WHOAMI"})), "alice");
    }
    for (const auto &user : {std::string(), std::string("alice")}) {  // wrong password
        Options o = opts;
        o.user = user;
        o.password = "wrong-" + alice_pw;
        Client c(o);
        try {
            c.command({"GET", "sa:auth"});
            ADD_FAILURE() << "a wrong password must throw";
        } catch (const Error &e) {
            std::string what = e.what();
            EXPECT_NE(what.find("WRONGPASS"), std::string::npos) << what;
            EXPECT_EQ(what.find(o.password), std::string::npos) << what;
            EXPECT_EQ(what.find(alice_pw), std::string::npos) << what;
        }
    }
}

}  // namespace
}  // namespace lsnroute::redis::test
