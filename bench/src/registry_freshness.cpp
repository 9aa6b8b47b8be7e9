#include "registry_freshness.hpp"

#include <atomic>
#include <chrono>
#include <thread>

#include "pg_conn.hpp"
#include "stopwatch.hpp"

namespace lsnroute::bench {

namespace {

// Keeps WAL flowing: one small committed update every `period`.
class TickWriter {
  public:
    TickWriter(PgConn conn, std::chrono::microseconds period)
        : conn_(std::move(conn)), period_(period), thread_([this] { loop(); }) {}
    ~TickWriter() {
        stop_ = true;
        thread_.join();
    }
    bool failed() const { return failed_; }

  private:
    void loop() {
        while (!stop_) {
            PgResultPtr r(PQexec(conn_.get(), "UPDATE lsnr_bench_tick SET n = n + 1 WHERE id = 1"));
            if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
                failed_ = true;
                return;
            }
            std::this_thread::sleep_for(period_);
        }
    }
    PgConn conn_;
    std::chrono::microseconds period_;
    std::atomic<bool> stop_{false};
    std::atomic<bool> failed_{false};
    std::thread thread_;
};

}  // namespace

bool measure_registry_freshness(lsnr_router *router, const std::string &primary_conninfo,
                                const std::string &standby_conninfo,
                                const std::string &standby_node, int samples,
                                RegistryFreshness &out, std::string &err) {
    PgConn primary = pg_connect(primary_conninfo, err);
    if (!primary)
        return false;
    for (const char *sql :
         {"CREATE TABLE IF NOT EXISTS lsnr_bench_tick (id int PRIMARY KEY, n bigint)",
          "INSERT INTO lsnr_bench_tick VALUES (1, 0) ON CONFLICT DO NOTHING"}) {
        PgResultPtr r(PQexec(primary.get(), sql));
        if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
            err = std::string("tick table: ") + PQerrorMessage(primary.get());
            return false;
        }
    }
    PgConn standby = pg_connect(standby_conninfo, err);
    if (!standby)
        return false;

    TickWriter writer(std::move(primary), std::chrono::milliseconds(3));
    workload::LatencySamples visible, poll_rtt;
    std::string last;
    bool polling = false;
    lsnr_choice choice;
    const int64_t give_up_ns = 2'000'000'000;
    int taken = 0;
    const int64_t deadline = now_ns() + int64_t(samples) * 50'000'000 + 10'000'000'000LL;
    while (taken < samples && now_ns() < deadline) {
        if (writer.failed()) {
            err = "the tick writer on the primary failed";
            return false;
        }
        const int64_t p0 = now_ns();
        std::string lsn;
        if (!pg_scalar(standby.get(), "SELECT pg_last_wal_replay_lsn()", lsn, err))
            return false;
        const int64_t seen = now_ns();
        poll_rtt.add_ns(seen - p0);
        if (lsn == last) {
            polling = true;
            continue;
        }
        last = lsn;
        // A change is timed only when the poll before it was a plain poll too
        // (not the first one, not one right after spinning below): otherwise
        // the replay may have happened long before this poll saw it.
        if (!polling)
            continue;
        polling = false;

        for (;;) {
            const int rc = lsnr_choose_at(router, lsn.c_str(), &choice);
            const int64_t t = now_ns();
            if (rc == LSNR_OK && !choice.is_primary && standby_node == choice.node) {
                visible.add_ns(t - seen);
                break;
            }
            if (t - seen > give_up_ns) {
                ++out.timeouts;
                break;
            }
            std::this_thread::sleep_for(std::chrono::microseconds(20));
        }
        ++taken;
    }
    out.visible = visible.percentiles();
    out.poll_rtt = poll_rtt.percentiles();
    if (taken < samples) {
        err = "only " + std::to_string(taken) + " of " + std::to_string(samples) +
              " freshness samples in time";
        return false;
    }
    return true;
}

}  // namespace lsnroute::bench
