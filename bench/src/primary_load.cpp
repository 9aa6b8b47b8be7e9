#include "primary_load.hpp"

#include <thread>

#include "pg_conn.hpp"

namespace lsnroute::bench {

namespace {
// Other client backends of any database: the Systems' pools, pgpool's
// children, a router's pooled connections. Our own session is excluded.
const char *const kOthersSql =
    "SELECT count(*) FROM pg_stat_activity "
    "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()";
// The workload runs in the conninfo's database; a fresh transaction sees
// fresh counters (stats_fetch_consistency caches only within one).
const char *const kRowsSql =
    "SELECT tup_fetched + tup_returned FROM pg_stat_database WHERE datname = current_database()";
}  // namespace

bool PrimaryLoad::wait_quiet(std::chrono::milliseconds wait, std::string &err) {
    PgConn c = pg_connect(conninfo_, err);
    if (!c)
        return false;
    const auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;) {
        std::string others;
        if (!pg_scalar(c.get(), kOthersSql, others, err))
            return false;
        if (others == "0")
            return true;
        if (std::chrono::steady_clock::now() > deadline) {
            err = others + " other client connection(s) still open on the primary";
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

bool PrimaryLoad::read_rows(int64_t &rows, std::string &err) {
    PgConn c = pg_connect(conninfo_, err);
    if (!c)
        return false;
    std::string v;
    if (!pg_scalar(c.get(), kRowsSql, v, err))
        return false;
    rows = std::stoll(v);
    return true;
}

bool PrimaryLoad::before_run(std::string &err) {
    std::string quiet_err;
    (void)wait_quiet(std::chrono::seconds(5),
                     quiet_err);  // best effort: a leftover is reported after the run
    return read_rows(start_, err);
}

int64_t PrimaryLoad::after_run(bool &quiet, std::string &err) {
    std::string quiet_err;
    quiet = wait_quiet(std::chrono::seconds(10), quiet_err);
    if (!quiet)
        err = quiet_err;
    int64_t end = 0;
    std::string read_err;
    if (!read_rows(end, read_err)) {
        err = read_err;
        return -1;
    }
    return end - start_;
}

}  // namespace lsnroute::bench
