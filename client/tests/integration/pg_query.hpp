// Small libpq helpers for the integration tests: one-value queries on a
// connection or on a fresh connection to a DSN, and LSN comparisons.
#pragma once

#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include <lsnroute/lsn.hpp>

#include "pg_result.hpp"

namespace lsnroute {
// gtest prints LSNs as PostgreSQL does.
inline void PrintTo(Lsn l, std::ostream *os) {
    *os << l.str();
}
}  // namespace lsnroute

namespace lsnroute::itest {

struct PgConnFree {
    void operator()(PGconn *c) const { PQfinish(c); }
};
using PgConnPtr = std::unique_ptr<PGconn, PgConnFree>;

inline PgConnPtr pg_connect(const std::string &dsn) {
    PgConnPtr c(PQconnectdb(dsn.c_str()));
    EXPECT_EQ(PQstatus(c.get()), CONNECTION_OK) << dsn << ": " << PQerrorMessage(c.get());
    return c;
}

// The first column of the first row ("" for a command or NULL); nullopt (and
// a test failure unless `may_fail`) when the statement failed.
inline std::optional<std::string> pg_value(PGconn *c, const std::string &sql,
                                           bool may_fail = false) {
    const PgResultPtr res(PQexec(c, sql.c_str()));
    PGresult *r = res.get();
    std::optional<std::string> out;
    const ExecStatusType st = PQresultStatus(r);
    if (st == PGRES_TUPLES_OK && PQntuples(r) > 0 && !PQgetisnull(r, 0, 0))
        out = PQgetvalue(r, 0, 0);
    else if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)
        out = "";
    else if (!may_fail)
        ADD_FAILURE() << sql << ": " << PQerrorMessage(c);
    return out;
}

inline std::optional<std::string> pg_value(const std::string &dsn, const std::string &sql) {
    PgConnPtr c = pg_connect(dsn);
    return pg_value(c.get(), sql);
}

inline Lsn lsn_of(const std::optional<std::string> &text) {
    auto l = text ? Lsn::parse(*text) : std::nullopt;
    EXPECT_TRUE(l) << "not an LSN: '" << text.value_or("(none)") << "'";
    return l.value_or(Lsn());
}

}  // namespace lsnroute::itest
