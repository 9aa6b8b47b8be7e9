// Per-node pools of libpq connections. Bounded (pool_size open connections
// per node; a caller waits for one to come back), validated cheaply on
// checkout (PQstatus, no round trip), and never reused dirty: a connection
// handed back inside a transaction is rolled back, one with a query still
// running, broken, or failing the rollback is closed.
#pragma once

#include <libpq-fe.h>

#include <condition_variable>
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

    // Throws PgError when no connection can be made (or none comes back in time).
    Connection checkout();
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
    std::vector<PGconn *> idle_;
    int open_ = 0;  // idle + handed out + being connected
};

// Leaves a connection fit for the next user, or returns false (close it).
bool make_clean(PGconn *conn) noexcept;

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
