// The one owner of a libpq PGresult (libpqxx's result as a value with an
// owner): PQclear when it goes out of scope. Used by the client library, the
// workload engine, the benchmark and the tests alike.
#pragma once

#include <libpq-fe.h>

#include <memory>

namespace lsnroute {

struct PgResultDeleter {
    void operator()(PGresult *r) const noexcept { PQclear(r); }
};
using PgResultPtr = std::unique_ptr<PGresult, PgResultDeleter>;

}  // namespace lsnroute
