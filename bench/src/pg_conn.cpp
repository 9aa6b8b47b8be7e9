#include "pg_conn.hpp"

namespace lsnroute::bench {

PgConn pg_connect(const std::string &conninfo, std::string &err) {
    PgConn c(PQconnectdb(conninfo.c_str()));
    if (PQstatus(c.get()) != CONNECTION_OK) {
        err = "cannot connect (" + conninfo + "): " + PQerrorMessage(c.get());
        return nullptr;
    }
    return c;
}

bool pg_scalar(PGconn *c, const std::string &sql, std::string &value, std::string &err) {
    PgResultPtr r(PQexec(c, sql.c_str()));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK || PQntuples(r.get()) < 1) {
        err = "`" + sql + "`: " + PQerrorMessage(c);
        return false;
    }
    value = PQgetisnull(r.get(), 0, 0) ? "" : PQgetvalue(r.get(), 0, 0);
    return true;
}

}  // namespace lsnroute::bench
