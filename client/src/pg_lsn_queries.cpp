// Commit LSN, current WAL LSN and replica wait queries.
#include "pg_lsn_queries.hpp"

#include <cstring>
#include <memory>

namespace lsnroute {
namespace {

struct ResultDeleter {
    void operator()(PGresult *r) const noexcept { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

std::string conn_error(PGconn *conn) {
    std::string e = PQerrorMessage(conn);
    while (!e.empty() && (e.back() == '\n' || e.back() == ' '))
        e.pop_back();
    return e;
}

// One-row, one-column pg_lsn result; nullopt for NULL.
std::optional<Lsn> lsn_value(PGresult *r, const char *query) {
    if (PQntuples(r) != 1 || PQnfields(r) != 1)
        throw PgError(std::string(query) + ": unexpected result shape");
    if (PQgetisnull(r, 0, 0))
        return std::nullopt;
    const char *v = PQgetvalue(r, 0, 0);
    auto l = Lsn::parse(v);
    if (!l)
        throw PgError(std::string(query) + ": '" + v + "' is not an LSN");
    return l;
}

bool is_missing_function(PGresult *r) {
    const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    // 42883 undefined_function, 3F000 invalid_schema_name: no extension.
    return state && (std::strcmp(state, "42883") == 0 || std::strcmp(state, "3F000") == 0);
}

}  // namespace

std::optional<Lsn> query_commit_lsn(PGconn *conn, std::atomic<bool> &have_extension) {
    if (have_extension.load(std::memory_order_relaxed)) {
        static const char *q = "SELECT lsnroute.last_commit_lsn()";
        ResultPtr r(PQexec(conn, q));
        if (PQresultStatus(r.get()) == PGRES_TUPLES_OK)
            return lsn_value(r.get(), q);
        if (!is_missing_function(r.get()))
            throw PgError(std::string(q) + ": " + conn_error(conn));
        have_extension.store(false, std::memory_order_relaxed);
    }
    static const char *q = "SELECT pg_current_wal_insert_lsn()";
    ResultPtr r(PQexec(conn, q));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK)
        throw PgError(std::string(q) + ": " + conn_error(conn));
    return lsn_value(r.get(), q);
}

Lsn query_current_wal_lsn(PGconn *conn) {
    static const char *q = "SELECT pg_current_wal_lsn()";
    ResultPtr r(PQexec(conn, q));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK)
        throw PgError(std::string(q) + ": " + conn_error(conn));
    auto l = lsn_value(r.get(), q);
    if (!l)
        throw PgError(std::string(q) + ": NULL");
    return *l;
}

WaitResult wait_for_replay(PGconn *conn, Lsn target, long timeout_ms) {
    // CASE fixes the order: the replay position is read after the wait. A
    // node no longer in recovery has a replay position frozen at promotion
    // (or NULL if it never recovered), which says whether it has `target`.
    static const char *q =
        "SELECT CASE WHEN lsnroute.wait_for_lsn($1::pg_lsn, $2::integer) "
        "THEN coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) ELSE false END";
    const std::string lsn = target.str();
    const std::string ms = std::to_string(timeout_ms);
    const char *values[2] = {lsn.c_str(), ms.c_str()};
    ResultPtr r(PQexecParams(conn, q, 2, nullptr, values, nullptr, nullptr, 0));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) {
        if (is_missing_function(r.get()))
            return WaitResult::NoExtension;
        throw PgError(std::string("lsnroute.wait_for_lsn: ") + conn_error(conn));
    }
    if (PQntuples(r.get()) != 1 || PQnfields(r.get()) != 1 || PQgetisnull(r.get(), 0, 0))
        throw PgError("lsnroute.wait_for_lsn: unexpected result");
    return std::strcmp(PQgetvalue(r.get(), 0, 0), "t") == 0 ? WaitResult::Reached
                                                            : WaitResult::NotReached;
}

}  // namespace lsnroute
