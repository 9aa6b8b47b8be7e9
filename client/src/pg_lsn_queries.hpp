// The two LSNs the router asks PostgreSQL for: a request's commit LSN (its
// new token) and the primary's current WAL position (a new floor).
#pragma once

#include <libpq-fe.h>

#include <atomic>
#include <optional>
#include <stdexcept>
#include <string>

#include "lsn.hpp"

namespace lsnroute {

// A PostgreSQL query or connection failed.
class PgError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// The end LSN of the session's last commit: lsnroute.last_commit_lsn(), or
// pg_current_wal_insert_lsn() where the extension is not installed (then
// `have_extension` is cleared so later calls skip the failing query).
// nullopt when the session never committed a write. Throws PgError.
std::optional<Lsn> query_commit_lsn(PGconn *conn, std::atomic<bool> &have_extension);

// pg_current_wal_lsn() on the primary. Throws PgError.
Lsn query_current_wal_lsn(PGconn *conn);

}  // namespace lsnroute
