// Commit LSN, insert LSN and replay LSN queries, each bounded
// in time on the client (exec_internal) and under a statement_timeout.
#include "pg_lsn_queries.hpp"

#include <cstring>

#include "pg_exec.hpp"

namespace lsnroute {
namespace {

std::string result_error(const PGresult *r) {
    std::string e = PQresultErrorMessage(r);
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

// Runs a one-value pg_lsn query; throws PgError on any failure.
std::optional<Lsn> lsn_query(PGconn *conn, const char *q) {
    PgResultPtr r = exec_internal(conn, q);
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK)
        throw PgError(std::string(q) + ": " + result_error(r.get()));
    return lsn_value(r.get(), q);
}

// pg_current_wal_insert_lsn(), less the page header when the insert position
// sits right after one. On an idle primary whose last record ended exactly at
// a page boundary the function points past the new page's header (24 bytes,
// 40 at a segment start), while every replica has replayed only to the
// boundary: a floor or token at the raw value would keep every replica
// ineligible until the next write. No record ends inside a page header, so
// the boundary still covers every commit made so far.
constexpr const char *kInsertLsnSql =
    "SELECT CASE WHEN o % s = 40 THEN l - 40 WHEN o % b = 24 THEN l - 24 ELSE l END "
    "FROM (SELECT l, l - '0/0'::pg_lsn AS o,"
    " pg_size_bytes(current_setting('wal_segment_size')) AS s,"
    " current_setting('wal_block_size')::int AS b"
    " FROM pg_current_wal_insert_lsn() AS l) AS x";

}  // namespace

std::optional<Lsn> query_commit_lsn(PGconn *conn, std::atomic<bool> &have_extension) {
    if (have_extension.load(std::memory_order_relaxed)) {
        static const char *q = "SELECT lsnroute.last_commit_lsn()";
        PgResultPtr r = exec_internal(conn, q);
        if (PQresultStatus(r.get()) == PGRES_TUPLES_OK)
            return lsn_value(r.get(), q);
        if (!is_missing_function(r.get()))
            throw PgError(std::string(q) + ": " + result_error(r.get()));
        have_extension.store(false, std::memory_order_relaxed);
    }
    return lsn_query(conn, kInsertLsnSql);
}

Lsn query_insert_lsn(PGconn *conn) {
    const char *q = kInsertLsnSql;
    auto l = lsn_query(conn, q);
    if (!l)
        throw PgError(std::string(q) + ": NULL");
    return *l;
}

std::optional<Lsn> query_replay_lsn(PGconn *conn) {
    return lsn_query(conn, "SELECT pg_last_wal_replay_lsn()");
}

}  // namespace lsnroute
