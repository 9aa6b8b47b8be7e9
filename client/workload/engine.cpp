#include "engine.hpp"

#include <hiredis/hiredis.h>
#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <queue>
#include <random>
#include <thread>
#include <utility>
#include <vector>

#include "ack_table.hpp"
#include "pg_result.hpp"
#include "schema.hpp"

namespace lsnroute::workload {

namespace {

using Clock = std::chrono::steady_clock;

int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
        .count();
}

constexpr size_t kMaxSamples = 10;

// Counters every thread updates as it goes, for the progress line.
struct LiveCounters {
    std::atomic<int64_t> requests{0}, reads{0}, replica_reads{0}, writes{0}, stale{0}, failed{0};
};

// Everything one thread measured; merged into the Summary at the end.
struct ThreadResult {
    Summary s;
    LatencySamples request, routing, end, write;
};

struct User {
    UserSession session;
    std::mt19937_64 rng;
};

class Worker {
  public:
    Worker(System &sys, const WorkloadOptions &o, AckTable &acks, LiveCounters &live)
        : sys_(sys), o_(o), acks_(acks), live_(live) {}

    // Runs one request of `u`. Returns false when it failed.
    bool request(User &u, ThreadResult &r) {
        std::uniform_real_distribution<double> coin(0.0, 1.0);
        const bool writes = coin(u.rng) < o_.write_share;
        std::uniform_int_distribution<int> nreads(o_.reads_min,
                                                  std::max(o_.reads_min, o_.reads_max));
        const int reads = writes ? o_.reads_after_write : nreads(u.rng);

        user_ = &u;
        Operation::Outcome outcome = Operation::Outcome::ok;
        routing_ns_ = 0;
        written_ = -1;
        const int64_t t0 = now_ns();
        request_start_ns_ = t0;
        std::string err;
        std::unique_ptr<Request> q = sys_.begin(u.session, err);
        routing_ns_ += now_ns() - t0;
        bool ok = q != nullptr;
        if (!ok)
            note_error(r, "begin: " + err);

        if (ok && writes)
            ok = write(*q, r);
        for (int i = 0; ok && i < reads; ++i)
            ok = read(*q, r);

        if (q) {
            const int64_t e0 = now_ns();
            const bool ended = q->end();
            const int64_t e1 = now_ns();
            r.end.add_ns(e1 - e0);
            if (!ended && ok)
                note_error(r, "end: " + q->error());
            ok = ok && ended;
            // The web response goes out now: from here the user has seen the
            // write succeed, and every later read must show it.
            const bool acked = ok && q->write_acknowledged();
            if (acked && written_ >= 0)
                acks_.raise(u.session.user_id, written_, e1);
            if (q->token_not_saved())
                outcome = Operation::Outcome::token_not_saved;
            else if (!ok)
                outcome = Operation::Outcome::fail;
            if (written_ >= 0)
                log(Operation::Kind::write, t0, e1, outcome, acked, written_);
        }
        if (!ok && outcome == Operation::Outcome::ok)
            outcome = Operation::Outcome::fail;
        log(Operation::Kind::request, t0, now_ns(), outcome, ok, written_);
        r.request.add_ns(now_ns() - t0);
        r.routing.add_ns(routing_ns_);
        ++r.s.requests;
        if (writes)
            ++r.s.writing_requests;
        live_.requests.fetch_add(1, std::memory_order_relaxed);
        if (!ok) {
            ++r.s.failed_requests;
            live_.failed.fetch_add(1, std::memory_order_relaxed);
        }
        return ok;
    }

  private:
    bool write(Request &q, ThreadResult &r) {
        const int64_t t0 = now_ns();
        PGconn *c = q.write();
        routing_ns_ += now_ns() - t0;
        if (!c) {
            note_error(r, "write(): " + q.error());
            return false;
        }
        const std::string id = std::to_string(user_->session.user_id);
        const std::string payload = "written at " + std::to_string(t0);
        const char *params[2] = {id.c_str(), payload.c_str()};
        const int64_t w0 = now_ns();
        PgResultPtr res(PQexecParams(c, kWriteSql, 2, nullptr, params, nullptr, nullptr, 0));
        r.write.add_ns(now_ns() - w0);
        const bool ok = PQresultStatus(res.get()) == PGRES_TUPLES_OK && PQntuples(res.get()) == 1;
        if (ok)
            written_ = std::stoll(PQgetvalue(res.get(), 0, 0));
        else
            note_error(r, "write query: " + std::string(PQerrorMessage(c)));
        res.reset();
        if (ok) {
            ++r.s.writes;
            live_.writes.fetch_add(1, std::memory_order_relaxed);
        }
        return ok;
    }

    bool read(Request &q, ThreadResult &r) {
        // The reference is taken before the read begins: a write acknowledged
        // while this read is in flight need not be visible to it.
        const AckTable::Ack ack = acks_.get(user_->session.user_id);
        const int64_t required = std::max(ack.version, written_);
        const int64_t began = now_ns();

        for (int attempt = 0; attempt < (o_.retry_failed_read ? 2 : 1); ++attempt) {
            const int64_t t0 = now_ns();
            PGconn *c = q.read();
            routing_ns_ += now_ns() - t0;
            if (!c) {
                note_error(r, "read(): " + q.error());
                log(Operation::Kind::read, began, now_ns(), Operation::Outcome::fail, false, -1);
                return false;
            }
            const std::string id = std::to_string(user_->session.user_id);
            const char *params[1] = {id.c_str()};
            PgResultPtr owner(PQexecParams(c, kReadSql, 1, nullptr, params, nullptr, nullptr, 0));
            PGresult *res = owner.get();
            if (PQresultStatus(res) != PGRES_TUPLES_OK) {
                note_error(r, "read query on " + q.node() + ": " + PQerrorMessage(c));
                if (attempt == 0)
                    ++r.s.read_retries;
                continue;
            }
            // A missing row reads as version -1: older than anything written.
            const int64_t seen = PQntuples(res) == 1 ? std::stoll(PQgetvalue(res, 0, 0)) : -1;
            std::string node = PQntuples(res) == 1 ? PQgetvalue(res, 0, 1) : "";
            const bool replica = PQntuples(res) == 1 && PQgetvalue(res, 0, 2)[0] == 't';
            owner.reset();
            if (node.empty())
                node = q.node();
            if (node.empty())
                node = "?";
            record_read(r, required, seen, node, replica, ack, began);
            log(Operation::Kind::read, began, now_ns(), Operation::Outcome::ok, false, seen, node,
                replica);
            return true;
        }
        log(Operation::Kind::read, began, now_ns(), Operation::Outcome::fail, false, -1);
        return false;
    }

    void record_read(ThreadResult &r, int64_t required, int64_t seen, const std::string &node,
                     bool replica, const AckTable::Ack &ack, int64_t began) {
        ++r.s.reads;
        ++r.s.reads_by_node[node];
        live_.reads.fetch_add(1, std::memory_order_relaxed);
        if (replica) {
            ++r.s.replica_reads;
            live_.replica_reads.fetch_add(1, std::memory_order_relaxed);
        }
        // The read checks the write of its own request, or an acknowledged
        // one of an earlier request.
        const bool same_request = written_ >= 1 && written_ >= ack.version;
        if (required >= 1) {
            ++r.s.pairs_checked;
            if (same_request || began - ack.at_ns < 1'000'000'000)
                ++r.s.pairs_within_1s;
        }
        if (seen < required) {
            ++r.s.stale_reads;
            live_.stale.fetch_add(1, std::memory_order_relaxed);
            if (r.s.stale_samples.size() < kMaxSamples)
                r.s.stale_samples.push_back(
                    StaleRead{user_->session.user_id, required, seen, node, same_request,
                              same_request ? 0.0 : static_cast<double>(began - ack.at_ns) / 1e6});
        }
    }

    void log(Operation::Kind kind, int64_t start, int64_t end, Operation::Outcome outcome,
             bool acknowledged, int64_t version, const std::string &node = "",
             bool replica = false) {
        if (!o_.on_operation)
            return;
        Operation op;
        op.kind = kind;
        op.user = user_->session.user_id;
        op.start_ns = start;
        op.end_ns = end;
        op.outcome = outcome;
        op.acknowledged = acknowledged;
        op.version = version;
        op.own_version = kind == Operation::Kind::read ? written_ : -1;
        op.request_start_ns = request_start_ns_;
        op.node = node;
        op.replica = replica;
        o_.on_operation(op);
    }

    void note_error(ThreadResult &r, std::string e) {
        while (!e.empty() && (e.back() == '\n' || e.back() == ' '))
            e.pop_back();
        if (r.s.errors.size() < kMaxSamples &&
            std::find(r.s.errors.begin(), r.s.errors.end(), e) == r.s.errors.end())
            r.s.errors.push_back(std::move(e));
    }

    System &sys_;
    const WorkloadOptions &o_;
    AckTable &acks_;
    LiveCounters &live_;
    User *user_ = nullptr;
    int64_t routing_ns_ = 0;
    int64_t written_ = -1;  // version written by the current request, -1: none
    int64_t request_start_ns_ = 0;
};

// Shared stop condition of all threads.
struct RunControl {
    Clock::time_point deadline;
    int64_t max_requests;
    std::atomic<int64_t> started{0};
    std::atomic<bool> done{false};
    const std::atomic<bool> *stop;

    bool should_stop() const {
        return done.load() || (stop && stop->load()) || Clock::now() >= deadline;
    }
    // Claims one request slot; false when the request budget is spent.
    bool claim() { return max_requests <= 0 || started.fetch_add(1) < max_requests; }
};

void run_thread(int index, System &sys, const WorkloadOptions &o, AckTable &acks,
                LiveCounters &live, RunControl &ctl, ThreadResult &out) {
    std::vector<User> users;
    for (int64_t id = 1; id <= o.users; ++id) {
        if (id % o.threads != index)
            continue;
        User u;
        u.session.user_id = id;
        u.session.key = "u" + std::to_string(id);
        u.rng.seed(o.seed * 1000003ULL + static_cast<uint64_t>(id));
        users.push_back(std::move(u));
    }
    using Due = std::pair<Clock::time_point, size_t>;
    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> due;
    const auto start = Clock::now();
    for (size_t i = 0; i < users.size(); ++i) {
        // Spread the users' first requests over one think time.
        due.push({start + o.think.draw(users[i].rng), i});
    }
    Worker w(sys, o, acks, live);
    while (!due.empty() && !ctl.should_stop()) {
        auto [when, i] = due.top();
        due.pop();
        // Sleep in short slices so that a stop request is noticed quickly.
        while (Clock::now() < when && !ctl.should_stop())
            std::this_thread::sleep_for(
                std::min<Clock::duration>(when - Clock::now(), std::chrono::milliseconds(50)));
        if (ctl.should_stop())
            break;
        if (!ctl.claim()) {
            ctl.done = true;
            break;
        }
        w.request(users[i], out);
        due.push({Clock::now() + o.think.draw(users[i].rng), i});
    }
}

// Raw Redis GET round trips with hiredis, while the workload runs, as the
// yardstick for the routing overhead.
void probe_redis(const WorkloadOptions &o, RunControl &ctl, LatencySamples &out,
                 std::vector<std::string> &errors) {
    const timeval tv{1, 0};
    redisContext *c = redisConnectWithTimeout(o.redis_host.c_str(), o.redis_port, tv);
    if (!c || c->err) {
        errors.push_back("redis probe: cannot connect: " +
                         std::string(c ? c->errstr : "no memory"));
        if (c)
            redisFree(c);
        return;
    }
    redisSetTimeout(c, tv);
    while (!ctl.should_stop()) {
        const int64_t t0 = now_ns();
        auto *reply = static_cast<redisReply *>(redisCommand(c, "GET lsnroute:probe"));
        const int64_t t1 = now_ns();
        if (!reply)
            break;  // Redis went away (a fault test): stop measuring
        freeReplyObject(reply);
        out.add_ns(t1 - t0);
        std::this_thread::sleep_for(o.redis_probe_interval);
    }
    redisFree(c);
}

void merge(Summary &into, const ThreadResult &t) {
    const Summary &s = t.s;
    into.requests += s.requests;
    into.failed_requests += s.failed_requests;
    into.writing_requests += s.writing_requests;
    into.reads += s.reads;
    into.writes += s.writes;
    into.read_retries += s.read_retries;
    into.stale_reads += s.stale_reads;
    into.pairs_checked += s.pairs_checked;
    into.pairs_within_1s += s.pairs_within_1s;
    into.replica_reads += s.replica_reads;
    for (const auto &[node, n] : s.reads_by_node)
        into.reads_by_node[node] += n;
    for (const auto &x : s.stale_samples)
        if (into.stale_samples.size() < kMaxSamples)
            into.stale_samples.push_back(x);
    for (const auto &e : s.errors)
        if (into.errors.size() < kMaxSamples &&
            std::find(into.errors.begin(), into.errors.end(), e) == into.errors.end())
            into.errors.push_back(e);
}

}  // namespace

Summary run_workload(System &system, const WorkloadOptions &o_in) {
    WorkloadOptions o = o_in;
    o.threads = std::max(1, o.threads);
    AckTable acks(o.users);
    LiveCounters live;
    RunControl ctl;
    const auto start = Clock::now();
    ctl.deadline = start + o.duration;
    ctl.max_requests = o.max_requests;
    ctl.stop = o.stop;

    std::vector<ThreadResult> results(static_cast<size_t>(o.threads));
    std::vector<std::thread> threads;
    threads.reserve(static_cast<size_t>(o.threads));
    for (int i = 0; i < o.threads; ++i)
        threads.emplace_back(run_thread, i, std::ref(system), std::cref(o), std::ref(acks),
                             std::ref(live), std::ref(ctl),
                             std::ref(results[static_cast<size_t>(i)]));
    LatencySamples redis_rtt;
    std::vector<std::string> probe_errors;
    std::thread probe;
    if (o.redis_port > 0)
        probe = std::thread(probe_redis, std::cref(o), std::ref(ctl), std::ref(redis_rtt),
                            std::ref(probe_errors));

    auto progress = [&] {
        Progress p;
        p.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        p.planned_seconds = std::chrono::duration<double>(o.duration).count();
        p.requests = live.requests.load();
        p.reads = live.reads.load();
        p.replica_reads = live.replica_reads.load();
        p.writes = live.writes.load();
        p.stale_reads = live.stale.load();
        p.failed_requests = live.failed.load();
        return p;
    };
    // This thread reports progress until the run is over.
    while (!ctl.should_stop()) {
        std::this_thread::sleep_for(std::min<Clock::duration>(
            o.progress_interval,
            std::max<Clock::duration>(ctl.deadline - Clock::now(), std::chrono::milliseconds(1))));
        if (o.on_progress)
            o.on_progress(progress());
    }
    ctl.done = true;
    for (auto &t : threads)
        t.join();
    if (probe.joinable())
        probe.join();

    Summary s;
    s.system = system.name();
    s.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    LatencySamples request, routing, end, write;
    for (const auto &t : results) {
        merge(s, t);
        request.merge(t.request);
        routing.merge(t.routing);
        end.merge(t.end);
        write.merge(t.write);
    }
    s.request_latency = request.percentiles();
    s.routing_overhead = routing.percentiles();
    s.end_latency = end.percentiles();
    s.write_latency = write.percentiles();
    s.redis_get = redis_rtt.percentiles();
    for (auto &e : probe_errors)
        if (s.errors.size() < kMaxSamples)
            s.errors.push_back(e);
    if (o.on_progress)
        o.on_progress(progress());
    return s;
}

}  // namespace lsnroute::workload
