// Subscriber against real servers: delivery, surviving a restart, prompt
// stop(); in Sentinel mode, following the master across a failover.
#include <mutex>

#include "redis_test_env.hpp"
#include "../test_timeout.hpp"

namespace lsnroute::redis::test {
namespace {

// Runs a Subscriber in its own thread and records what it saw.
class Listener {
  public:
    Listener(Options opts, std::string channel) : sub_(std::move(opts), std::move(channel)) {
        thread_ = std::thread([this] {
            sub_.run(
                [this](std::string_view m) {
                    std::lock_guard<std::mutex> lk(mu_);
                    messages_.emplace_back(m);
                },
                [this] { ++reconnects_; });
            returned_ = true;
        });
    }
    ~Listener() { stop(); }

    bool saw(const std::string &m) {
        std::lock_guard<std::mutex> lk(mu_);
        return std::find(messages_.begin(), messages_.end(), m) != messages_.end();
    }
    int reconnects() const { return reconnects_.load(); }
    bool returned() const { return returned_.load(); }
    void stop() {
        sub_.stop();
        if (thread_.joinable())
            thread_.join();
    }
    Subscriber &subscriber() { return sub_; }

  private:
    Subscriber sub_;
    std::mutex mu_;
    std::vector<std::string> messages_;
    std::atomic<int> reconnects_{0};
    std::atomic<bool> returned_{false};
    std::thread thread_;
};

class StandaloneSubscriber : public ::testing::Test {
  protected:
    void SetUp() override {
        opts = options_from_env(Mode::Standalone);
        port = std::stoi(env("LSNR_REDIS_PORT"));
    }
    // Publishes m until the listener saw it (a message published before the
    // subscription is lost, as Redis pub/sub loses it).
    bool delivered(Listener &l, const std::string &m) {
        return eventually(
            [&] {
                Admin(port).cmd({"PUBLISH", "su:events", m});
                return eventually([&] { return l.saw(m); }, 200ms);
            },
            15s);
    }
    Options opts;
    int port = 0;
};

TEST_F(StandaloneSubscriber, DeliversPublishedMessages) {
    Listener l(opts, "su:events");
    ASSERT_TRUE(eventually([&] { return l.reconnects() == 1; }, 10s));
    for (int i = 0; i < 50; ++i)
        Admin(port).cmd({"PUBLISH", "su:events", "m" + std::to_string(i)});
    Admin(port).cmd({"PUBLISH", "su:other", "not-for-us"});
    EXPECT_TRUE(eventually([&] { return l.saw("m49"); }, 10s));
    for (int i = 0; i < 50; ++i)
        EXPECT_TRUE(l.saw("m" + std::to_string(i)));
    EXPECT_FALSE(l.saw("not-for-us"));
    EXPECT_EQ(l.reconnects(), 1);
}

TEST_F(StandaloneSubscriber, SurvivesARestart) {
    Listener l(opts, "su:events");
    ASSERT_TRUE(delivered(l, "before"));
    kill_server(port);
    restart_server(port);
    EXPECT_TRUE(eventually([&] { return l.reconnects() >= 2; }, 15s));
    EXPECT_TRUE(delivered(l, "after"));
}

TEST_F(StandaloneSubscriber, StopReturnsPromptlyEvenWhileTheServerIsStopped) {
    {
        Listener l(opts, "su:events");
        ASSERT_TRUE(delivered(l, "x"));
        auto t0 = std::chrono::steady_clock::now();
        l.stop();
        EXPECT_LT(std::chrono::steady_clock::now() - t0, ::lsnroute::test::timeout_default());
        EXPECT_TRUE(l.returned());
    }
    const pid_t pid = server_pid(port);
    Listener l(opts, "su:events");
    ASSERT_TRUE(delivered(l, "y"));
    ASSERT_EQ(::kill(pid, SIGSTOP), 0);
    std::this_thread::sleep_for(300ms);  // let it block on the frozen server
    auto t0 = std::chrono::steady_clock::now();
    l.stop();
    auto took = std::chrono::steady_clock::now() - t0;
    ::kill(pid, SIGCONT);
    EXPECT_LT(took, ::lsnroute::test::timeout_default());  // it would block for good
}

TEST_F(StandaloneSubscriber, NoticesAFrozenServerAndComesBack) {
    Listener l(opts, "su:events");
    ASSERT_TRUE(delivered(l, "a"));
    const pid_t pid = server_pid(port);
    ASSERT_EQ(::kill(pid, SIGSTOP), 0);
    // The subscription's PING goes unanswered: the subscriber gives up on
    // the connection and keeps trying; once the server runs again it
    // resubscribes.
    std::this_thread::sleep_for(2500ms);  // the feature is a time bound: quiet 1 s + pong wait
    ASSERT_EQ(::kill(pid, SIGCONT), 0);
    EXPECT_TRUE(eventually([&] { return l.reconnects() >= 2; }, 15s));
    EXPECT_TRUE(delivered(l, "b"));
}

class SentinelSubscriber : public ::testing::Test {};

TEST_F(SentinelSubscriber, FollowsTheMasterAcrossAFailover) {
    Options opts = options_from_env(Mode::Sentinel);
    Client c(opts);
    Listener l(opts, "ss:events");
    auto delivered = [&](const std::string &m) {
        return eventually(
            [&] {
                c.command({"PUBLISH", "ss:events", m});
                return eventually([&] { return l.saw(m); }, 200ms);
            },
            40s);
    };
    ASSERT_TRUE(delivered("before"));
    const int reconnects = l.reconnects();
    const int sentinel = endpoints(env("LSNR_SENTINELS")).front().port;
    // Wait until the replica is in sync, or Sentinel refuses to fail over.
    ASSERT_TRUE(eventually(
        [&] {
            return Admin(sentinel).str({"SENTINEL", "failover", "mymaster"}) == "OK";
        },
        20s));
    EXPECT_TRUE(eventually([&] { return l.reconnects() > reconnects; }, 30s));
    EXPECT_TRUE(delivered("after"));
}

}  // namespace
}  // namespace lsnroute::redis::test
