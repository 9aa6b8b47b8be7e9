// Redis stops answering in the middle of a run (SIGSTOP, then SIGCONT), and
// later dies and comes back empty on the same port (SIGKILL, restart: every
// token and the registry are lost). No request may fail, no read may be stale
// (the router must fall back to the primary and raise the floor before it
// trusts replicas again), and reads must return to the replicas afterwards.
#include <gtest/gtest.h>
#include <hiredis/hiredis.h>

#include <fstream>
#include <iostream>

#include "engine.hpp"
#include "fault_driver.hpp"
#include "schema.hpp"
#include "systems/lsnroute_advisory.hpp"
#include "systems/lsnroute_carried.hpp"
#include "systems/lsnroute_request.hpp"
#include "systems/router_handle.hpp"

namespace lsnroute::workload {
namespace {

std::string redis_pid() {
    std::ifstream f(itest::topo("LSNR_REDIS_PIDFILE"));
    std::string pid;
    f >> pid;
    return pid;
}

bool redis_answers() {
    const timeval tv{0, 200000};
    redisContext *c = redisConnectWithTimeout("127.0.0.1", itest::redis_port(), tv);
    bool ok = false;
    if (c && !c->err) {
        auto *r = static_cast<redisReply *>(redisCommand(c, "PING"));
        ok = r && r->type == REDIS_REPLY_STATUS;
        if (r)
            freeReplyObject(r);
    }
    if (c)
        redisFree(c);
    return ok;
}

// Same command line as scripts/topology.sh, so that its teardown finds the
// new server through the same pid file.
void restart_redis() {
    const std::string dir = itest::topo("LSNR_TOPO_DIR") + "/redis";
    ASSERT_EQ(itest::shell(itest::topo("LSNR_RUNAS") + " redis-server --port " +
                           std::to_string(itest::redis_port()) +
                           " --bind 127.0.0.1 --save '' --appendonly no --dir " + dir +
                           " --daemonize yes --pidfile " + itest::topo("LSNR_REDIS_PIDFILE") +
                           " --logfile " + dir + "/redis.log >/dev/null"),
              0);
    ASSERT_TRUE(itest::eventually(redis_answers)) << "the restarted Redis never answered";
}

WorkloadOptions options() {
    WorkloadOptions o;
    o.users = 200;
    o.threads = 4;
    o.think.mean_ms = 20;
    o.duration = std::chrono::seconds(600);  // safety net; the test stops the run
    return o;
}

void outage_run(System &sys) {
    const WorkloadOptions o = options();
    ASSERT_EQ(prepare_schema(itest::primary_dsn(), o.users), "");
    itest::BackgroundRun run(sys, o);
    auto after = [&run](int64_t more) {
        const int64_t target = run.progress().requests + more;
        return run.wait_for([target](const Progress &p) { return p.requests >= target; });
    };

    ASSERT_TRUE(run.wait_for([](const Progress &p) { return p.replica_reads >= 500; }));
    const std::string pid = redis_pid();
    ASSERT_FALSE(pid.empty());
    ASSERT_EQ(itest::shell("kill -STOP " + pid), 0);
    std::cout << "redis stopped (SIGSTOP) at " << run.progress().requests << " requests\n";
    const bool went_on_while_stopped = after(1000);
    ASSERT_EQ(itest::shell("kill -CONT " + pid), 0);
    ASSERT_TRUE(went_on_while_stopped) << "requests stalled while Redis was stopped";
    std::cout << "redis continued (SIGCONT) at " << run.progress().requests << " requests\n";
    const int64_t replica_at_cont = run.progress().replica_reads;
    ASSERT_TRUE(run.wait_for([&](const Progress &p) {
        return p.replica_reads >= replica_at_cont + 500;
    })) << "reads never returned to the replicas after SIGCONT";

    ASSERT_EQ(itest::shell("kill -KILL " + pid), 0);
    ASSERT_TRUE(itest::eventually([] { return !redis_answers(); }));
    std::cout << "redis killed at " << run.progress().requests << " requests\n";
    ASSERT_TRUE(after(1000)) << "requests stalled while Redis was down";
    restart_redis();
    std::cout << "redis restarted (empty) at " << run.progress().requests << " requests\n";
    const int64_t replica_at_restart = run.progress().replica_reads;
    ASSERT_TRUE(run.wait_for([&](const Progress &p) {
        return p.replica_reads >= replica_at_restart + 500;
    })) << "reads never returned to the replicas after Redis came back";

    const Summary s = run.finish();
    print_summary(std::cout, s);
    std::printf(
        "RESULT redis-outage %s requests=%lld failed=%lld stale=%lld pairs=%lld "
        "replica_share=%.1f%%\n",
        s.system.c_str(), static_cast<long long>(s.requests),
        static_cast<long long>(s.failed_requests), static_cast<long long>(s.stale_reads),
        static_cast<long long>(s.pairs_checked), 100 * s.replica_share());
    EXPECT_EQ(s.failed_requests, 0) << (s.errors.empty() ? "" : s.errors.front());
    EXPECT_EQ(s.stale_reads, 0);
}

TEST(RedisOutage, RequestModeNoFailureNoStaleRead) {
    std::string err;
    RouterHandle r = make_router(itest::config(), err);
    ASSERT_TRUE(r) << err;
    ASSERT_TRUE(itest::router_uses_replicas(r.get()));
    LsnrouteRequestSystem sys(r.get());
    outage_run(sys);
}

// Tokens in the users' sessions: the registry, blacklist and floor still live
// in Redis.
TEST(RedisOutage, CarriedTokenModeNoFailureNoStaleRead) {
    std::string err;
    RouterHandle r = make_router(itest::config(), err);
    ASSERT_TRUE(r) << err;
    ASSERT_TRUE(itest::router_uses_replicas(r.get()));
    LsnrouteCarriedSystem sys(r.get());
    outage_run(sys);
}

// The application's own connections; lsnr_choose and lsnr_note_write must
// keep answering (with the primary) while Redis is gone.
TEST(RedisOutage, AdvisoryModeNoFailureNoStaleRead) {
    std::string err;
    RouterHandle r = make_router(itest::config(), err);
    ASSERT_TRUE(r) << err;
    ASSERT_TRUE(itest::router_uses_replicas(r.get()));
    LsnrouteAdvisorySystem sys(r.get(), itest::primary_dsn());
    outage_run(sys);
}

}  // namespace
}  // namespace lsnroute::workload
