#include "redis/connection_pool.hpp"

#include "redis_protocol.hpp"

namespace lsnroute::redis {

ConnectionPool::ConnectionPool(Endpoint ep, Login login, int max_connections,
                               std::atomic<uint64_t> *generation, ConnectCheck check)
    : endpoint_(std::move(ep)),
      login_(std::move(login)),
      max_(max_connections > 0 ? max_connections : 1),
      generation_(generation),
      check_(std::move(check)) {}

ConnectionPool::~ConnectionPool() = default;

std::string server_run_id(Connection &conn, Deadline deadline) {
    ReplyPtr r;
    try {
        r = conn.command({"INFO", "server"}, deadline);
    } catch (const AuthError &) {
        throw;
    } catch (const Error &) {
        if (conn.broken())
            throw;
        return {};
    }
    if (!r || r->type != REDIS_REPLY_STRING)
        return {};  // INFO renamed away or refused by ACL: no run_id to compare
    const std::string_view text = reply_text(r.get());
    const std::string_view tag = "run_id:";
    const auto at = text.find(tag);
    if (at == std::string_view::npos)
        return {};
    const auto start = at + tag.size();
    const auto end = text.find_first_of("\r\n", start);
    return std::string(text.substr(start, end == std::string_view::npos ? end : end - start));
}

ConnectionPool::Lease ConnectionPool::acquire(Deadline deadline) {
    {
        std::unique_lock<std::mutex> lk(mu_);
        for (;;) {
            if (!idle_.empty()) {
                auto conn = std::move(idle_.back());
                idle_.pop_back();
                return Lease(this, std::move(conn));
            }
            if (total_ < max_) {
                ++total_;  // reserve the slot, then connect without the lock
                break;
            }
            if (cv_.wait_until(lk, deadline) == std::cv_status::timeout && idle_.empty() &&
                total_ >= max_) {
                throw Error("redis " + endpoint_.str() + ": all " + std::to_string(max_) +
                            " connections busy until the timeout");
            }
        }
    }
    std::unique_ptr<Connection> conn;
    std::string run_id;
    try {
        conn = Connection::open(endpoint_, login_, deadline);
        if (check_)
            check_(*conn, deadline);
        // Which server process answers (docs/design.md Faults): a new
        // connection (first use, pool growth) to a server restarted at the
        // same address notices nothing else -- no error was seen on this
        // pool. Inside the try: a connection that a proxy accepted and then
        // closed fails here, and its slot must be given back like any other
        // failed connect, or the pool runs out of slots for good.
        run_id = server_run_id(*conn, deadline);
    } catch (...) {
        {
            std::lock_guard<std::mutex> lk(mu_);
            --total_;
            failed_ = true;
        }
        cv_.notify_one();
        generation_->fetch_add(1);
        throw;
    }
    bool recovered;
    {
        std::lock_guard<std::mutex> lk(mu_);
        recovered = failed_;
        failed_ = false;
        if (!run_id.empty()) {
            if (!run_id_.empty() && run_id != run_id_)
                recovered = true;
            run_id_ = run_id;
        }
    }
    // A new connection after a failure, or to another server process, may
    // reach a restarted, emptied or different data set: tell the router its
    // tokens may be gone.
    if (recovered)
        generation_->fetch_add(1);
    return Lease(this, std::move(conn));
}

void ConnectionPool::adopt(std::unique_ptr<Connection> conn) {
    {
        std::lock_guard<std::mutex> lk(mu_);
        if (total_ >= max_)
            return;  // drop it; the pool is full
        ++total_;
        idle_.push_back(std::move(conn));
    }
    cv_.notify_one();
}

void ConnectionPool::give_back(std::unique_ptr<Connection> conn) noexcept {
    if (!conn->broken()) {
        {
            std::lock_guard<std::mutex> lk(mu_);
            idle_.push_back(std::move(conn));
        }
        cv_.notify_one();
        return;
    }
    {
        std::lock_guard<std::mutex> lk(mu_);
        --total_;  // its slot; `conn` closes its socket outside the lock
    }
    note_failure();
}

void ConnectionPool::note_failure() noexcept {
    std::vector<std::unique_ptr<Connection>> drop;
    {
        std::lock_guard<std::mutex> lk(mu_);
        drop.swap(idle_);
        total_ -= static_cast<int>(drop.size());
        failed_ = true;
    }
    cv_.notify_all();
    generation_->fetch_add(1);
}

}  // namespace lsnroute::redis
