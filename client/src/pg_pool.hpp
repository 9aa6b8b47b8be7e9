// Per-node pools of libpq connections. Bounded (pool_size open connections
// per node; a caller waits for one to come back), and never reused dirty:
// every connection handed back is reset (DISCARD ALL, sent at once, its
// answer read at the next checkout: the request handing it back never waits
// for it, the next checkout only for what is left of its round trip) so that
// nothing one request set is visible to the next; one left inside a
// transaction, with a query still running, broken, or failing the reset is
// closed.
#pragma once

#include <libpq-fe.h>

#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "lsnroute/lsnroute.hpp"

namespace lsnroute {

class PgPool : public std::enable_shared_from_this<PgPool> {
  public:
    PgPool(std::string node, std::string dsn, int max_size, long wait_ms);
    ~PgPool();
    PgPool(const PgPool &) = delete;
    PgPool &operator=(const PgPool &) = delete;

    // Throws PgError when no connection can be made (or none comes back in
    // time). *opened (if given) tells whether the connection is a new one.
    Connection checkout(bool *opened = nullptr);
    // Called by Connection when it is destroyed.
    void give_back(PGconn *conn, bool discard) noexcept;

    const std::string &node() const noexcept { return node_; }
    const std::string &dsn() const noexcept { return dsn_; }
    int open_count() const;

  private:
    const std::string node_;
    const std::string dsn_;
    const int max_size_;
    const long wait_ms_;
    mutable std::mutex mutex_;
    std::condition_variable cv_;
    std::deque<PGconn *> idle_;  // each with its reset sent (start_reset)
    int open_ = 0;               // idle + handed out + being connected
};

// Rolls back a transaction left open, so the session can answer a query;
// false when it cannot (broken, a query running, the rollback failed).
bool rollback_open_transaction(PGconn *conn) noexcept;

// Leaves a connection as a new session would be for the next user (DISCARD
// ALL, like PgBouncer's server_reset_query) in two halves: start_reset sends
// it when the connection is handed back, finish_reset reads its answer
// (waiting at most kInternalQueryTimeoutMs) before the connection is handed
// out again. Either returns false when the connection must be closed: a
// connection left inside a transaction is never reset, always closed.
bool start_reset(PGconn *conn) noexcept;
bool finish_reset(PGconn *conn) noexcept;

// The pools of one router, by node name; a node whose dsn changed gets a new pool.
class PoolSet {
  public:
    PoolSet(int pool_size, long wait_ms) : pool_size_(pool_size), wait_ms_(wait_ms) {}
    std::shared_ptr<PgPool> get(std::string_view node, const std::string &dsn);

  private:
    const int pool_size_;
    const long wait_ms_;
    std::mutex mutex_;
    std::map<std::string, std::shared_ptr<PgPool>, std::less<>> pools_;
};

struct Connection::Impl {
    std::shared_ptr<PgPool> pool;
    PGconn *conn = nullptr;
    bool discard = false;
};

}  // namespace lsnroute
