// Unit tests of the extension's PostgreSQL-free parts: the lag estimator
// and its lag_source, when a publish is due (PublishPolicy), address and reply parsing (Sentinel,
// ROLE, MOVED; wrong reply types), a fake Sentinel answering nonsense, and the Redis connection's
// hard deadline against a real socket that never answers. Run with `make -C extension unit`.
#include "../src/lag_estimator.hpp"
#include "../src/poll_schedule.hpp"
#include "../src/publish_policy.hpp"
#include "../src/redis_connection.hpp"
#include "../src/redis_session.hpp"
#include "resp_command.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <thread>

using namespace lsnroute::ext;

namespace {

int failures = 0;

void check(bool ok, const std::string &what) {
    std::printf("%s %s\n", ok ? "ok  " : "FAIL", what.c_str());
    if (!ok)
        failures++;
}

LagEstimator::Input at(int64_t now, uint64_t replay, uint64_t wal_end, bool streaming = true,
                       int64_t heard = -1, int64_t silence_limit = 3500) {
    return {now, now, replay, wal_end, streaming, heard < 0 ? now : heard, silence_limit};
}

void lag_source_tests() {
    {
        // A restarted worker: the receiver says it streams but has not heard
        // the primary yet (no message since the start).
        LagEstimator e(1000);
        e.update(at(1005, 100, 0, true, 0));
        check(e.source() == LagSource::unknown, "lag_source: unknown before the receiver heard");
        e.update(at(1010, 100, 100, true, 1010));
        check(e.source() == LagSource::receiver, "lag_source: receiver once it heard the primary");
        e.update(at(6000, 100, 100, true, 1010));
        check(e.source() == LagSource::silence, "lag_source: silence beyond the limit");
        e.update(at(6010, 100, 100, true, 6005));
        check(e.source() == LagSource::receiver, "lag_source: receiver again after a message");
        e.update(at(6100, 100, 100, false, 6005));
        check(e.source() == LagSource::silence, "lag_source: silence when not streaming");
    }
    {
        LagEstimator e(0);
        e.update(at(1000, 100, 100, true, 1000, 0));
        check(e.source() == LagSource::unknown,
              "lag_source: unknown with wal_receiver_timeout = 0");
    }
    {
        // The wall clock steps back an hour; the monotonic clock does not.
        LagEstimator e(0);
        e.update({1000, 1000, 100, 200, true, 1000, 3500});
        const int64_t lag = e.update({1000 - 3600000, 1400, 100, 200, true, 1000, 3500});
        check(lag == 400, "wall clock step back: lag still counts on the monotonic clock (" +
                              std::to_string(lag) + ")");
        const int64_t silent = e.update({1000 - 3600000 + 4000, 5400, 100, 200, true, 1000, 3500});
        check(silent >= 4400 && e.source() == LagSource::silence,
              "wall clock step back: a silence is still seen (" + std::to_string(silent) + ")");
    }
}

void lag_estimator_tests() {
    {
        LagEstimator e(0);
        check(e.update(at(1000, 100, 100)) == 0, "caught up: lag 0");
        check(e.update(at(60000, 100, 100)) == 0, "idle primary (nothing new) stays lag 0");
    }
    {
        // Apply delay: WAL 200 arrives at t=1000, replayed only at t=1500.
        LagEstimator e(0);
        e.update(at(1000, 100, 200));
        check(e.update(at(1250, 100, 200)) == 250,
              "behind: lag is the age of the oldest unreplayed WAL end");
        check(e.update(at(1499, 150, 200)) == 499, "partial replay keeps the older sample");
        check(e.update(at(1500, 200, 200)) == 0, "replayed past it: lag 0");
    }
    {
        // Several WAL ends in flight: the oldest unreplayed one counts.
        LagEstimator e(0);
        e.update(at(1000, 100, 200));
        e.update(at(1100, 100, 300));
        e.update(at(1200, 100, 400));
        check(e.update(at(1500, 250, 400)) == 400,
              "oldest unreplayed sample wins (300 seen at 1100)");
        check(e.update(at(1600, 350, 400)) == 400, "then the next one (400 seen at 1200)");
    }
    {
        // Cut off: receiver streaming but silent for longer than the limit.
        LagEstimator e(0);
        e.update(at(1000, 100, 100));
        check(e.update(at(4000, 100, 100, true, 1000)) == 0,
              "silence within the limit: still lag 0");
        check(e.update(at(5000, 100, 100, true, 1000)) == 4000,
              "silence beyond the limit: lag >= silence");
    }
    {
        // Receiver restarts reset lastMsgReceiptTime to "now" without hearing anything.
        LagEstimator e(0);
        e.update(at(1000, 100, 100, true, 1000));
        check(e.update(at(2000, 100, 100, false, 1000)) == 1000,
              "not streaming: lag = time since last heard");
        check(e.update(at(7000, 100, 100, false, 6900)) == 6000,
              "a reconnect attempt's fresh timestamp does not count while not streaming");
    }
    {
        LagEstimator e(500);
        check(e.update(at(800, 0, 0, false, 0)) == 300,
              "never heard: lag counts from worker start");
    }
    {
        // Ring full: the newest sample stretches, lag only overstates.
        LagEstimator e(0);
        for (int i = 1; i <= 1000; i++)
            e.update(at(1000 + i, 0, static_cast<uint64_t>(i) * 10));
        check(e.samples() <= 128, "ring stays bounded");
        check(e.update(at(3000, 0, 20000)) == 1999, "full ring: still the oldest sample's age");
        check(e.update(at(3001, 20000, 20000)) == 0, "and 0 once everything is replayed");
    }
}

void poll_schedule_tests() {
    PollSchedule s;
    s.set_intervals(10, 1);
    check(s.due(0), "schedule: first poll at once");
    s.polled(0, true, 100, 100);
    check(!s.due(9) && s.due(10) && s.wait_ms(3) == 7, "schedule: idle standby polls every 10 ms");
    s.polled(10, true, 100, 200);  // receive moved
    check(s.streaming() && s.interval_ms() == 1 && s.due(11),
          "schedule: WAL arriving switches to 1 ms polls");
    s.polled(11, true, 200, 200);  // replay moved
    for (int64_t t = 12; t < 11 + PollSchedule::kStreamingWindowMs; t++)
        s.polled(t, true, 200, 200);
    check(s.streaming(), "schedule: still fast within the window after the last move");
    s.polled(11 + PollSchedule::kStreamingWindowMs, true, 200, 200);
    check(!s.streaming() && s.interval_ms() == 10, "schedule: back to 10 ms once nothing moves");

    PollSchedule p;
    p.set_intervals(10, 1);
    p.polled(0, false, 100, 100);
    p.polled(10, false, 200, 200);
    check(!p.streaming() && p.interval_ms() == 10, "schedule: a primary never polls fast");

    PollSchedule c;
    c.set_intervals(10, 0);
    c.polled(0, true, 1, 1);
    c.polled(13, true, 1, 1);  // late by 3 ms: the cadence holds
    check(c.due(20) && !c.due(19), "schedule: fixed cadence (a slow publish does not stretch it)");
    c.polled(100, true, 1, 1);  // a whole interval lost: restart from now
    check(!c.due(109) && c.due(110), "schedule: after a stall it restarts from now");
    c.set_intervals(10, 0);
    c.polled(110, true, 1, 2);
    check(c.interval_ms() == 10, "schedule: streaming_interval 0 means publish_interval");
}

void parse_tests() {
    auto eps = parse_endpoints("a:1, b.example:26379 ,c:3");
    check(eps.size() == 3 && eps[1].host == "b.example" && eps[1].port == 26379,
          "parse_endpoints: list with spaces");
    bool threw = false;
    try {
        parse_endpoints("host-without-port");
    } catch (const RedisError &) {
        threw = true;
    }
    check(threw, "parse_endpoints: missing port is an error");
    threw = false;
    try {
        parse_endpoints("h:70000");
    } catch (const RedisError &) {
        threw = true;
    }
    check(threw, "parse_endpoints: port out of range is an error");
    auto moved = parse_moved("MOVED 10958 127.0.0.1:30002");
    check(moved && moved->host == "127.0.0.1" && moved->port == 30002,
          "parse_moved: host and port");
    check(!parse_moved("ERR unknown command"), "parse_moved: other errors are not redirects");
    check(!parse_moved("MOVED garbage"), "parse_moved: malformed MOVED is ignored");
    check(!parse_moved("MOVED 1 :2"), "parse_moved: empty host is ignored");
    check(!parse_moved("MOVED 1 h:0"), "parse_moved: port 0 is ignored");
}

// A one-shot fake Redis: accepts one connection at a time and answers every
// command with `reply` (raw RESP), for `conns` connections.
struct FakeServer {
    int fd = -1;
    int port = 0;
    std::thread th;
    FakeServer(const std::string &reply, int conns) {
        fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        const bool up = fd >= 0 && bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
                        listen(fd, 8) == 0 &&
                        getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0;
        check(up, "fake server listening");
        port = ntohs(a.sin_port);
        th = std::thread([this, reply, conns] {
            for (int i = 0; i < conns; i++) {
                const int c = accept(fd, nullptr, nullptr);
                if (c < 0)
                    return;
                char buf[4096];
                if (read(c, buf, sizeof buf) > 0)
                    (void)!write(c, reply.data(), reply.size());
                close(c);
            }
        });
    }
    ~FakeServer() {
        th.join();
        close(fd);
    }
};

// Settings that discover the master through the one Sentinel on `port`.
RedisSettings through_sentinel(int port) {
    RedisSettings s;
    s.timeout_ms = 500;
    s.master_name = "mymaster";
    s.sentinels = "127.0.0.1:" + std::to_string(port);
    return s;
}

// The error open_session() throws for these settings ("" if none).
std::string session_error(const RedisSettings &s) {
    try {
        open_session(s, nullptr);
    } catch (const RedisError &e) {
        return e.what();
    }
    return "";
}

void sentinel_wrong_type_tests() {
    struct Case {
        const char *what;
        const char *reply;
    } cases[] = {
        {"integers", "*2\r\n:1\r\n:6379\r\n"},
        {"nil", "*-1\r\n"},
        {"nested arrays", "*2\r\n*1\r\n:1\r\n*0\r\n"},
        {"a status", "+OK\r\n"},
    };
    for (const Case &c : cases) {
        FakeServer sentinel(c.reply, 2);
        const RedisSettings s = through_sentinel(sentinel.port);
        const std::string error = session_error(s);
        check(error.find("gave no address") != std::string::npos,
              std::string("Sentinel answering ") + c.what + ": an error, no crash (" + error + ")");
        SentinelWatch watch(s, nullptr);
        std::string why;
        check(!watch.master(&why), std::string("SentinelWatch with ") + c.what + ": no master");
    }
    {
        // A master answering ROLE with an integer is not a master.
        FakeServer master(":1\r\n", 1);
        const std::string addr = "127.0.0.1";
        const std::string port = std::to_string(master.port);
        const std::string answer = "*2\r\n$" + std::to_string(addr.size()) + "\r\n" + addr +
                                   "\r\n$" + std::to_string(port.size()) + "\r\n" + port + "\r\n";
        FakeServer sentinel(answer, 1);
        const std::string error = session_error(through_sentinel(sentinel.port));
        check(error.find("not a master") != std::string::npos,
              "ROLE answered with an integer: not a master (" + error + ")");
    }
}

// A server answering with an array header of 400 million elements: the
// worker's connection refuses it by name (hiredis alone would allocate 3.2 GB
// for the element pointers before reading one element).
void huge_reply_tests() {
    FakeServer server("*400800000\r\n", 1);
    std::string error;
    try {
        RedisConnection c(Endpoint{"127.0.0.1", server.port}, 5000, nullptr);
        c.pipeline({{"PING"}});
    } catch (const RedisError &e) {
        error = e.what();
    }
    check(error.find("protocol error") != std::string::npos &&
              error.find("declares 400800000 elements") != std::string::npos,
          "a huge array header is a protocol error, not an allocation (" + error + ")");
}

// The worker's publish in two halves: written now, replies read later (at
// the next poll), when they wait in the socket already.
void split_pipeline_tests() {
    FakeServer server("+OK\r\n:1\r\n", 1);
    std::string error;
    try {
        RedisConnection c(Endpoint{"127.0.0.1", server.port}, 5000, nullptr);
        std::string wire;
        lsnroute::resp::append_command(wire, {"SET", "k", "v"});
        lsnroute::resp::append_command(wire, {"SADD", "s", "m"});
        c.send_encoded(wire);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const std::vector<Reply> r = c.read_replies(2);
        check(r.size() == 2 && r[0]->type == REDIS_REPLY_STATUS &&
                  r[1]->type == REDIS_REPLY_INTEGER && r[1]->integer == 1,
              "send_encoded then read_replies: both replies, in order");
    } catch (const RedisError &e) {
        error = e.what();
    }
    check(error.empty(), "send_encoded then read_replies: no error (" + error + ")");
}

// A listening socket that never accepts: connect succeeds through the
// backlog, commands never get an answer (like a SIGSTOPped Redis).
int silent_listener(int &port) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    if (bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || listen(fd, 8) != 0)
        return -1;
    socklen_t len = sizeof a;
    getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
    port = ntohs(a.sin_port);
    return fd;
}

bool abort_now() {
    return true;
}

void deadline_tests() {
    int port = 0;
    const int fd = silent_listener(port);
    check(fd >= 0, "silent listener up");
    using Clock = std::chrono::steady_clock;

    auto t0 = Clock::now();
    std::string error;
    try {
        RedisConnection c(Endpoint{"127.0.0.1", port}, 150, nullptr);
        c.pipeline({{"PING"}, {"PING"}});
    } catch (const RedisError &e) {
        error = e.what();
    }
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count();
    check(error.find("timed out after 150 ms") != std::string::npos,
          "silent server: timeout error (" + error + ")");
    // No upper bound (a loaded machine can be slow to wake us); a wait
    // that never ended would hang the test instead.
    check(ms >= 140, "silent server: gave up after the timeout (" + std::to_string(ms) + " ms)");

    t0 = Clock::now();
    error.clear();
    try {
        RedisConnection c(Endpoint{"127.0.0.1", port}, 5000, abort_now);
        c.pipeline({{"PING"}});
    } catch (const RedisError &e) {
        error = e.what();
    }
    ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count();
    check(error.find("abandoned") != std::string::npos,
          "abort check: operation abandoned (" + error + ")");
    check(ms < 5000,
          "abort check: did not wait out the 5 s timeout (" + std::to_string(ms) + " ms)");
    close(fd);

    error.clear();
    try {
        RedisConnection c(Endpoint{"127.0.0.1", port}, 200, nullptr);  // listener closed now
    } catch (const RedisError &e) {
        error = e.what();
    }
    check(error.find("cannot connect") != std::string::npos,
          "refused connect is an error (" + error + ")");
}

// What hiredis itself would send for these arguments.
std::string hiredis_format(const std::vector<std::string> &args) {
    std::vector<const char *> argv;
    std::vector<size_t> lens;
    for (const std::string &a : args) {
        argv.push_back(a.data());
        lens.push_back(a.size());
    }
    char *cmd = nullptr;
    const long long n =
        redisFormatCommandArgv(&cmd, static_cast<int>(args.size()), argv.data(), lens.data());
    std::string out(cmd, static_cast<size_t>(n));
    redisFreeCommand(cmd);
    return out;
}

void resp_command_tests() {
    const std::string binary("a\0\r\nb", 5);
    const std::string big(70000, 'x');
    std::string out;
    lsnroute::resp::append_command(out, {"HSET", "lsnroute:{c}:node:r1", "", binary, big});
    check(out == hiredis_format({"HSET", "lsnroute:{c}:node:r1", "", binary, big}),
          "RESP: strings, empty, binary and 70000 bytes are written as hiredis writes them");

    out.clear();
    lsnroute::resp::begin_command(out, 5);
    lsnroute::resp::append_arg(out, "X");
    lsnroute::resp::append_arg(out, 0);
    lsnroute::resp::append_arg(out, int64_t{-42});
    lsnroute::resp::append_arg(out, UINT64_MAX);
    lsnroute::resp::append_arg(out, 5000);
    check(out == hiredis_format({"X", "0", "-42", "18446744073709551615", "5000"}),
          "RESP: integers are written in decimal, negative ones with their sign");

    // Two commands in one buffer: a pipeline is the concatenation.
    out.clear();
    lsnroute::resp::append_command(out, {"PEXPIRE", "k", "5000"});
    lsnroute::resp::append_command(out, {"PUBLISH", "ch", "v=1 node=r1"});
    check(out == hiredis_format({"PEXPIRE", "k", "5000"}) +
                     hiredis_format({"PUBLISH", "ch", "v=1 node=r1"}),
          "RESP: commands appended one after another form the pipeline");
}

NodeSnapshot standby_at(int64_t mono_ms) {
    NodeSnapshot n;
    n.mono_ms = mono_ms;
    n.in_recovery = true;
    n.timeline = 1;
    n.replay_lsn = 100;
    n.receive_lsn = 200;
    return n;
}

void publish_policy_tests() {
    constexpr int64_t kHeartbeat = 1000;
    const LagSource rx = LagSource::receiver;
    PublishPolicy p;
    NodeSnapshot n = standby_at(5000);
    check(p.due(n, 0, rx, kHeartbeat), "publish: due before anything was published");
    p.published(n, 0, rx);
    check(!p.due(n, 0, rx, kHeartbeat), "publish: not due when nothing moved");
    check(!p.due(standby_at(5999), 0, rx, kHeartbeat), "publish: not due before the heartbeat");
    check(p.due(standby_at(6000), 0, rx, kHeartbeat), "publish: due at the heartbeat");

    p.published(n, 100, rx);
    check(!p.due(n, 149, rx, kHeartbeat) && !p.due(n, 51, rx, kHeartbeat),
          "publish: a lag within 50 ms of the published one is not due");
    check(p.due(n, 150, rx, kHeartbeat) && p.due(n, 50, rx, kHeartbeat),
          "publish: a lag moved by 50 ms is due");
    p.published(n, 30, rx);
    check(p.due(n, 0, rx, kHeartbeat), "publish: a lag reaching 0 is due (less than 50 ms)");
    p.published(n, 0, rx);
    check(p.due(n, 1, rx, kHeartbeat), "publish: a lag leaving 0 is due");
    check(p.due(n, 0, LagSource::silence, kHeartbeat), "publish: a lag_source change is due");

    auto changed = [&](const char *what, auto &&edit) {
        NodeSnapshot m = n;
        edit(m);
        check(p.due(m, 0, rx, kHeartbeat), std::string("publish: due when ") + what + " changed");
    };
    changed("the role", [](NodeSnapshot &m) { m.in_recovery = false; });
    changed("the timeline", [](NodeSnapshot &m) { m.timeline = 2; });
    changed("replay_lsn", [](NodeSnapshot &m) { m.replay_lsn = 101; });
    changed("receive_lsn", [](NodeSnapshot &m) { m.receive_lsn = 201; });
    changed("flush_lsn", [](NodeSnapshot &m) { m.flush_lsn = 1; });
    changed("paused", [](NodeSnapshot &m) { m.paused = true; });

    p.republish();
    check(p.due(n, 0, rx, kHeartbeat), "publish: due after republish()");
    p.published(standby_at(9000), 0, rx);
    check(!p.due(standby_at(9500), 0, rx, kHeartbeat) && p.due(standby_at(9500), 0, rx, 500),
          "publish: the heartbeat runs from the last publish, at the interval given now");
}

}  // namespace

int main() {
    resp_command_tests();
    lag_estimator_tests();
    lag_source_tests();
    poll_schedule_tests();
    publish_policy_tests();
    parse_tests();
    sentinel_wrong_type_tests();
    deadline_tests();
    huge_reply_tests();
    split_pipeline_tests();
    if (failures != 0) {
        std::printf("%d unit test(s) FAILED\n", failures);
        return 1;
    }
    std::printf("all unit tests passed\n");
    return 0;
}
