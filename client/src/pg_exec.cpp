// Time-bounded internal queries.
#include "pg_exec.hpp"

#include <poll.h>

#include <cerrno>
#include <chrono>

#include "pg_lsn_queries.hpp"

namespace lsnroute {

std::string pg_error_text(PGconn *conn) {
    std::string e = PQerrorMessage(conn);
    while (!e.empty() && (e.back() == '\n' || e.back() == ' '))
        e.pop_back();
    return e;
}

namespace {

using SteadyClock = std::chrono::steady_clock;

// Waits until the socket is ready for `events` or the deadline passed.
void wait_socket(PGconn *conn, short events, SteadyClock::time_point deadline) {
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - SteadyClock::now());
        if (left.count() <= 0)
            throw PgError("no answer from the server in time");
        pollfd p{PQsocket(conn), events, 0};
        const int n = ::poll(&p, 1, static_cast<int>(left.count()));
        if (n > 0)
            return;
        if (n < 0 && errno != EINTR)
            throw PgError("poll on the connection failed");
    }
}

void send_until(PGconn *conn, const std::string &sql, SteadyClock::time_point deadline) {
    if (PQsocket(conn) < 0 || PQstatus(conn) != CONNECTION_OK)
        throw PgError("connection is not open");
    if (!PQsendQuery(conn, sql.c_str()))
        throw PgError(pg_error_text(conn));
    // A blocking connection has flushed the query; a non-blocking one may not.
    for (int left = PQflush(conn); left != 0; left = PQflush(conn)) {
        if (left < 0)
            throw PgError(pg_error_text(conn));
        wait_socket(conn, POLLOUT, deadline);
    }
}

std::vector<PgResultPtr> collect_until(PGconn *conn, SteadyClock::time_point deadline) {
    std::vector<PgResultPtr> out;
    for (;;) {
        while (PQisBusy(conn)) {
            wait_socket(conn, POLLIN, deadline);
            if (!PQconsumeInput(conn))
                throw PgError(pg_error_text(conn));
        }
        PGresult *r = PQgetResult(conn);
        if (!r)
            return out;
        out.emplace_back(r);
    }
}

SteadyClock::time_point after_ms(long ms) {
    return SteadyClock::now() + std::chrono::milliseconds(ms);
}

}  // namespace

std::vector<PgResultPtr> exec_bounded(PGconn *conn, const std::string &sql, long timeout_ms) {
    const auto deadline = after_ms(timeout_ms);
    send_until(conn, sql, deadline);
    return collect_until(conn, deadline);
}

void send_query(PGconn *conn, const std::string &sql, long timeout_ms) {
    send_until(conn, sql, after_ms(timeout_ms));
}

std::vector<PgResultPtr> collect_results(PGconn *conn, long timeout_ms) {
    return collect_until(conn, after_ms(timeout_ms));
}

PgResultPtr exec_internal(PGconn *conn, const std::string &query, long timeout_ms) {
    // The SET and RESET share the implicit transaction of the one query
    // string: a failing query rolls the SET back as well.
    const std::string sql = "SET statement_timeout = " + std::to_string(timeout_ms) + "; " + query +
                            "; RESET statement_timeout";
    std::vector<PgResultPtr> rs = exec_bounded(conn, sql, timeout_ms + 500);
    // Results: SET, query, RESET; after an error the rest are skipped.
    for (auto &r : rs) {
        if (PQresultStatus(r.get()) == PGRES_FATAL_ERROR)
            return std::move(r);
    }
    if (rs.size() != 3)
        throw PgError("internal query: " + std::to_string(rs.size()) + " results, expected 3");
    return std::move(rs[1]);
}

}  // namespace lsnroute
