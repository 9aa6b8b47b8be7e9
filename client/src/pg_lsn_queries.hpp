// What the router asks PostgreSQL: a request's commit LSN (its new token),
// the primary's current insert LSN (a new floor), a new replica connection's
// replay position. (A read's wait for a replica is on the registry snapshot,
// replica_wait.hpp, never in SQL.) Every query is bounded in time
// (pg_exec.hpp); a timeout is a PgError after which the connection must be
// discarded.
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

// pg_current_wal_insert_lsn() on the primary: past the end of every commit
// acknowledged so far, even with synchronous_commit = off (whose commits can
// be acknowledged before pg_current_wal_lsn(), the write pointer, reaches
// them). Throws PgError.
Lsn query_insert_lsn(PGconn *conn);

// pg_last_wal_replay_lsn(): nullopt on a node that never was in recovery.
// Throws PgError.
std::optional<Lsn> query_replay_lsn(PGconn *conn);

}  // namespace lsnroute
