// A bounded pool of connections to one Redis server. Concurrent callers
// never share a connection: each borrows one (a Lease) for the duration of
// its round trip and gives it back. A connection that comes back broken is
// discarded and counts as a failure of the server (note_failure), so the
// callers need no failure bookkeeping of their own (redis-plus-plus's
// SafeConnection). The pool's lock only guards its bookkeeping, never I/O.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "redis/connection.hpp"

namespace lsnroute::redis {

// The run_id of the server on conn (INFO server), "" when INFO gives none
// (renamed, refused by ACL). Throws Error when the connection broke.
std::string server_run_id(Connection &conn, Deadline deadline);

class ConnectionPool {
  public:
    // Run on every new connection before it is used (Sentinel: "is this
    // still the master?"); throws Error to refuse it.
    using ConnectCheck = std::function<void(Connection &, Deadline)>;

    // generation (owned by the Client, outlives the pool) is bumped on a
    // failure, on the first successful connection after one, and on a new
    // connection whose server run_id differs from the last one seen.
    ConnectionPool(Endpoint ep, Login login, int max_connections, std::atomic<uint64_t> *generation,
                   ConnectCheck check = nullptr);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    // A borrowed connection; going out of scope gives it back (a broken one
    // as a failure, see give_back).
    class Lease {
      public:
        Lease(ConnectionPool *pool, std::unique_ptr<Connection> conn) noexcept
            : pool_(pool), conn_(std::move(conn)) {}
        Lease(Lease &&) noexcept = default;
        Lease &operator=(Lease &&) = delete;
        ~Lease() {
            if (conn_)
                pool_->give_back(std::move(conn_));
        }
        Connection *operator->() const noexcept { return conn_.get(); }
        Connection &operator*() const noexcept { return *conn_; }

      private:
        ConnectionPool *pool_;
        std::unique_ptr<Connection> conn_;
    };

    // An idle connection, or a new one while fewer than max_connections
    // exist, else waits for one to come back. Throws Error at the deadline
    // or when connecting fails.
    Lease acquire(Deadline deadline);

    // Hands over a connection opened elsewhere (Sentinel's verified master).
    void adopt(std::unique_ptr<Connection> conn);

    // This pool's server failed (a connection broke on the way, or a
    // Sentinel master turned read-only): drop the idle connections too (the
    // same fault most likely broke them) and bump the generation.
    void note_failure() noexcept;

    const Endpoint &endpoint() const noexcept { return endpoint_; }

  private:
    // A healthy connection goes back to the idle ones; a broken one is
    // closed and noted as a failure. An AuthError leaves the connection
    // intact (the reply was read): a refused login is a configuration
    // error, no server failure, and bumps nothing.
    void give_back(std::unique_ptr<Connection> conn) noexcept;

    const Endpoint endpoint_;
    const Login login_;
    const int max_;
    std::atomic<uint64_t> *generation_;
    ConnectCheck check_;

    std::mutex mu_;
    std::condition_variable cv_;
    std::vector<std::unique_ptr<Connection>> idle_;
    int total_ = 0;        // idle + leased + being opened
    bool failed_ = false;  // a failure since the last successful connect
    std::string run_id_;   // INFO server's run_id of the last new connection
};

}  // namespace lsnroute::redis
