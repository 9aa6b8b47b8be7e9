#include "schema.hpp"

#include <libpq-fe.h>

#include <memory>
#include <thread>

#include "pg_result.hpp"

namespace lsnroute::workload {

const char *const kReadSql =
    "SELECT version, current_setting('lsnroute.node_name', true), pg_is_in_recovery() "
    "FROM lsnr_demo_users WHERE id = $1";
const char *const kWriteSql =
    "UPDATE lsnr_demo_users SET version = version + 1, payload = $2 WHERE id = $1 "
    "RETURNING version";

namespace {

struct ConnCloser {
    void operator()(PGconn *c) const { PQfinish(c); }
};
using Conn = std::unique_ptr<PGconn, ConnCloser>;

// Runs sql; on failure returns false with the server's message in err.
bool exec(PGconn *c, const std::string &sql, PgResultPtr *out, std::string &err) {
    PgResultPtr r(PQexec(c, sql.c_str()));
    const ExecStatusType st = PQresultStatus(r.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        err = "`" + sql.substr(0, 60) + "`: " + PQerrorMessage(c);
        return false;
    }
    if (out)
        *out = std::move(r);
    return true;
}

}  // namespace

std::string prepare_schema(const std::string &primary_conninfo, int64_t users,
                           std::chrono::milliseconds wait) {
    Conn c(PQconnectdb(primary_conninfo.c_str()));
    if (PQstatus(c.get()) != CONNECTION_OK)
        return "cannot connect to the primary: " + std::string(PQerrorMessage(c.get()));
    std::string err;
    const std::string n = std::to_string(users);
    PgResultPtr lsn;
    if (!exec(c.get(), "SET client_min_messages = warning", nullptr, err) ||
        !exec(c.get(),
              "CREATE TABLE IF NOT EXISTS lsnr_demo_users "
              "(id int PRIMARY KEY, version bigint NOT NULL, payload text NOT NULL)",
              nullptr, err) ||
        !exec(c.get(), "TRUNCATE lsnr_demo_users", nullptr, err) ||
        !exec(c.get(),
              "INSERT INTO lsnr_demo_users SELECT g, 0, 'initial' FROM generate_series(1, " + n +
                  ") g",
              nullptr, err) ||
        !exec(c.get(), "SELECT pg_current_wal_insert_lsn()", &lsn, err))
        return err;
    const std::string target = PQgetvalue(lsn.get(), 0, 0);

    // The rows were written outside any user's sticky key: no token protects
    // them, so the run must not start before every replica has them.
    const auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;) {
        PgResultPtr behind;
        if (!exec(c.get(),
                  "SELECT count(*) FROM pg_stat_replication WHERE replay_lsn IS NULL OR "
                  "replay_lsn < '" +
                      target + "'::pg_lsn",
                  &behind, err))
            return err;
        if (std::string(PQgetvalue(behind.get(), 0, 0)) == "0")
            return "";
        if (std::chrono::steady_clock::now() > deadline)
            return "replicas did not replay the workload table within the wait";
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

}  // namespace lsnroute::workload
