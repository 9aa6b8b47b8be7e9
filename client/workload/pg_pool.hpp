// A small thread-safe pool of libpq connections keyed by conninfo, for the
// Systems that manage their own connections (primary only, advisory mode,
// and the bench's peers). Not the library's pool: this is "the application's
// own driver and connections" of advisory mode.
#pragma once

#include <libpq-fe.h>

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace lsnroute::workload {

class PgConnPool {
  public:
    explicit PgConnPool(size_t max_idle_per_conninfo = 32) : max_idle_(max_idle_per_conninfo) {}
    ~PgConnPool();
    PgConnPool(const PgConnPool &) = delete;
    PgConnPool &operator=(const PgConnPool &) = delete;

    // An idle connection to `conninfo` that still looks alive, else a new one.
    // nullptr on failure, with libpq's message in `err`.
    PGconn *acquire(const std::string &conninfo, std::string &err);
    // Gives `c` back; closes it instead when it is broken, inside a transaction
    // or the pool for `conninfo` is full.
    void release(const std::string &conninfo, PGconn *c);

  private:
    std::mutex mu_;
    std::map<std::string, std::vector<PGconn *>> idle_;
    size_t max_idle_;
};

}  // namespace lsnroute::workload
