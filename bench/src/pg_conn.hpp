// Small RAII owners for libpq handles used by the benchmark's own queries
// (statistics, machine facts); the Systems under test use pooled connections.
#pragma once

#include <libpq-fe.h>

#include <memory>
#include <string>

#include "pg_result.hpp"

namespace lsnroute::bench {

struct PgConnCloser {
    void operator()(PGconn *c) const { PQfinish(c); }
};
using PgConn = std::unique_ptr<PGconn, PgConnCloser>;

// Connects; on failure returns nullptr with libpq's message in err.
PgConn pg_connect(const std::string &conninfo, std::string &err);

// Runs one statement that returns one value; returns false with the server's
// message in err when it fails or returns no row.
bool pg_scalar(PGconn *c, const std::string &sql, std::string &value, std::string &err);

}  // namespace lsnroute::bench
