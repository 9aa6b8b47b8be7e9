// Bounded per-node libpq connection pools.
#include "pg_pool.hpp"

#include <chrono>

#include "pg_exec.hpp"
#include "pg_lsn_queries.hpp"

namespace lsnroute {

bool rollback_open_transaction(PGconn *conn) noexcept {
    if (PQstatus(conn) != CONNECTION_OK)
        return false;
    switch (PQtransactionStatus(conn)) {
        case PQTRANS_IDLE:
            return true;
        case PQTRANS_INTRANS:
        case PQTRANS_INERROR:
            try {
                auto rs = exec_bounded(conn, "ROLLBACK", kInternalQueryTimeoutMs);
                return !rs.empty() && PQresultStatus(rs.back().get()) == PGRES_COMMAND_OK &&
                       PQtransactionStatus(conn) == PQTRANS_IDLE;
            } catch (...) {
                return false;
            }
        default:
            // ACTIVE: a query is running or its results were never read;
            // draining could block for as long as the query runs.
            return false;
    }
}

bool start_reset(PGconn *conn) noexcept {
    // Left inside a transaction (or a query still running): closed, never
    // rolled back and reused -- whatever it did is not ours to finish.
    if (PQstatus(conn) != CONNECTION_OK || PQtransactionStatus(conn) != PQTRANS_IDLE ||
        PQisBusy(conn))
        return false;
    try {
        // What PgBouncer's server_reset_query does: SET ROLE / SESSION
        // AUTHORIZATION, every SET (search_path, application_name, ...),
        // prepared statements, cursors, temporary tables, LISTEN, advisory
        // locks, cached plans and sequences state all go back to a fresh
        // session's.
        send_query(conn, "DISCARD ALL", kInternalQueryTimeoutMs);
        return true;
    } catch (...) {
        return false;
    }
}

bool finish_reset(PGconn *conn) noexcept {
    try {
        auto rs = collect_results(conn, kInternalQueryTimeoutMs);
        if (rs.size() != 1 || PQresultStatus(rs[0].get()) != PGRES_COMMAND_OK)
            return false;
    } catch (...) {
        return false;
    }
    // Notifications that arrived before UNLISTEN are not the next user's.
    while (PGnotify *n = PQnotifies(conn))
        PQfreemem(n);
    return PQstatus(conn) == CONNECTION_OK && PQtransactionStatus(conn) == PQTRANS_IDLE;
}

PgPool::PgPool(std::string node, std::string dsn, int max_size, long wait_ms)
    : node_(std::move(node)), dsn_(std::move(dsn)), max_size_(max_size), wait_ms_(wait_ms) {}

PgPool::~PgPool() {
    for (PGconn *c : idle_)
        PQfinish(c);
}

int PgPool::open_count() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return open_;
}

Connection PgPool::checkout(bool *opened) {
    if (opened)
        *opened = false;
    std::unique_lock<std::mutex> lock(mutex_);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms_);
    while (true) {
        while (!idle_.empty()) {
            // The one handed back first: its reset is the most likely to
            // have been answered already (else this waits for the rest of
            // its round trip).
            PGconn *c = idle_.front();
            idle_.pop_front();
            lock.unlock();
            if (finish_reset(c)) {
                auto impl = std::make_unique<Connection::Impl>();
                impl->pool = shared_from_this();
                impl->conn = c;
                return Connection(std::move(impl));
            }
            PQfinish(c);  // the reset failed, or broken while idle (server restarted, network)
            lock.lock();
            --open_;
        }
        if (open_ < max_size_)
            break;
        if (cv_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() &&
            open_ >= max_size_)
            throw PgError("node " + node_ + ": all " + std::to_string(max_size_) +
                          " pooled connections busy for " + std::to_string(wait_ms_) + " ms");
    }
    ++open_;
    lock.unlock();
    // Connect without holding the lock: other nodes' and this node's other
    // callers go on meanwhile.
    PGconn *c = PQconnectdb(dsn_.c_str());
    if (!c || PQstatus(c) != CONNECTION_OK) {
        std::string err = c ? PQerrorMessage(c) : "out of memory";
        while (!err.empty() && (err.back() == '\n' || err.back() == ' '))
            err.pop_back();
        if (c)
            PQfinish(c);
        {
            std::lock_guard<std::mutex> g(mutex_);
            --open_;
        }
        cv_.notify_one();
        throw PgError("node " + node_ + ": connection failed: " + err);
    }
    auto impl = std::make_unique<Connection::Impl>();
    impl->pool = shared_from_this();
    impl->conn = c;
    if (opened)
        *opened = true;
    return Connection(std::move(impl));
}

void PgPool::give_back(PGconn *conn, bool discard) noexcept {
    // The reset is sent now and its answer read by the connection's next
    // checkout: the server runs DISCARD ALL at once (locks, LISTEN and
    // temporary tables go now), but the request handing the connection back
    // does not wait a round trip for it.
    const bool keep = !discard && start_reset(conn);
    if (!keep)
        PQfinish(conn);
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (keep)
            idle_.push_back(conn);
        else
            --open_;
    }
    cv_.notify_one();
}

std::shared_ptr<PgPool> PoolSet::get(std::string_view node, const std::string &dsn) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = pools_.find(node);
    if (it != pools_.end() && it->second->dsn() == dsn)
        return it->second;
    auto pool = std::make_shared<PgPool>(std::string(node), dsn, pool_size_, wait_ms_);
    if (it != pools_.end())
        it->second = pool;  // connections of the old pool close as they come back
    else
        pools_.emplace(std::string(node), pool);
    return pool;
}

// Connection: the RAII handle.
Connection::Connection(std::unique_ptr<Impl> impl) noexcept : impl_(std::move(impl)) {}
Connection::Connection(Connection &&) noexcept = default;
Connection &Connection::operator=(Connection &&o) noexcept {
    if (this != &o) {
        Connection old(std::move(*this));
        impl_ = std::move(o.impl_);
    }
    return *this;
}
Connection::~Connection() {
    if (impl_ && impl_->conn)
        impl_->pool->give_back(impl_->conn, impl_->discard);
}
PGconn *Connection::get() const noexcept {
    return impl_ ? impl_->conn : nullptr;
}
const std::string &Connection::node() const noexcept {
    static const std::string none;
    return impl_ ? impl_->pool->node() : none;
}
void Connection::discard() noexcept {
    if (impl_)
        impl_->discard = true;
}

}  // namespace lsnroute
