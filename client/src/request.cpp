// A request: token at begin, a replica or the primary per read, the primary
// after a write, the commit LSN saved as the new token at end.
#include "clock.hpp"
#include "pg_lsn_queries.hpp"
#include "router_impl.hpp"

namespace lsnroute {

struct Request::Impl {
    std::shared_ptr<Router::Impl> router;
    std::string key;
    bool carried = false;  // carried-token mode: never touches Redis for the token
    TokenView tv;
    bool wrote = false;
    bool ended = false;
    bool overhead_recorded = false;
    int64_t begin_ns = 0;
    int64_t begin_cost_ns = 0;
    Connection replica;
    Connection primary;
    std::string node;
    Reason reason = Reason::NoReplica;
    std::optional<Lsn> result_token;

    PGconn *hand_out(Connection &c, Reason r) {
        node = c.node();
        reason = r;
        router->metrics.routed(node, r);
        return c.get();
    }

    Connection checkout(const Target &t) {
        try {
            return router->pools.get(t.node, t.dsn)->checkout();
        } catch (const PgError &e) {
            throw Error(Errc::pg, e.what());
        }
    }

    PGconn *use_primary(Reason r) {
        if (primary && PQstatus(primary.get()) != CONNECTION_OK) {
            primary.discard();
            primary = Connection();
        }
        if (!primary)
            primary = checkout(router->primary_target(*router->snapshot.load()));
        return hand_out(primary, r);
    }

    void replica_failed(const std::string &name) {
        router->metrics.replica_failures.fetch_add(1, std::memory_order_relaxed);
        router->blacklist_node(name, router->cfg.blacklist_ms);
    }

    void record_overhead(int64_t decision_start) {
        if (overhead_recorded)
            return;
        overhead_recorded = true;
        router->metrics.routing_overhead_ns(begin_cost_ns + (steady_now_ns() - decision_start));
    }

    PGconn *read() {
        const int64_t t0 = steady_now_ns();
        if (wrote) {
            record_overhead(t0);
            return use_primary(Reason::AfterWrite);
        }
        std::string exclude;
        if (replica) {
            if (PQstatus(replica.get()) == CONNECTION_OK)
                return hand_out(replica, reason);
            // The last read on this replica failed with the connection: the
            // node is blacklisted and this read goes elsewhere.
            exclude = replica.node();
            replica.discard();
            replica = Connection();
            replica_failed(exclude);
            router->metrics.retries.fetch_add(1, std::memory_order_relaxed);
        }
        if (!tv.replicas_ok) {
            record_overhead(t0);
            return use_primary(tv.reason);
        }
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto snap = router->snapshot.load();
            const Decision d =
                choose_replica(*snap, router->params(tv, exclude), router->policy_state);
            record_overhead(t0);
            if (!d.replica)
                return use_primary(d.reason);
            const Target t = Router::Impl::replica_target(*d.replica);
            try {
                replica = checkout(t);
                return hand_out(replica, d.reason);
            } catch (const Error &) {
                // Refused or timed out: avoid it (here and, via Redis, on
                // other app servers) and retry once elsewhere.
                replica_failed(t.node);
                router->metrics.retries.fetch_add(1, std::memory_order_relaxed);
                exclude = t.node;
            }
        }
        return use_primary(Reason::ReplicaFailed);
    }

    PGconn *write() {
        record_overhead(steady_now_ns());
        wrote = true;
        replica = Connection();  // later reads stay on the primary
        return use_primary(Reason::AfterWrite);
    }

    // The commit LSN of the request's writes; throws Error(pg).
    std::optional<Lsn> commit_lsn() {
        if (!primary)
            return std::nullopt;
        PGconn *c = primary.get();
        try {
            if (PQstatus(c) != CONNECTION_OK)
                throw PgError(std::string("primary connection lost: ") + PQerrorMessage(c));
            // Left inside a transaction: what was not committed needs no token.
            if (PQtransactionStatus(c) != PQTRANS_IDLE && !make_clean(c))
                throw PgError("primary connection left busy; cannot read the commit LSN");
            return query_commit_lsn(c, router->have_extension);
        } catch (const PgError &e) {
            primary.discard();
            throw Error(Errc::pg, std::string("commit LSN: ") + e.what());
        }
    }

    std::optional<Lsn> end() {
        if (ended)
            return result_token;
        ended = true;
        replica = Connection();
        std::optional<Lsn> commit;
        if (wrote) {
            try {
                commit = commit_lsn();
            } catch (...) {
                primary = Connection();
                throw;
            }
        }
        primary = Connection();
        if (carried) {
            result_token =
                tv.token.is_zero() && !commit ? std::nullopt : std::optional<Lsn>(tv.token);
            if (commit)
                result_token = max(tv.token, *commit);
            return result_token;
        }
        if (commit)
            save(*commit);
        result_token = commit;
        return result_token;
    }

    void save(Lsn commit) {
        auto &r = *router;
        if (!r.breaker.allow()) {
            // Redis is down: the token is lost; the floor raise on recovery
            // covers it before any replica is used again.
            r.metrics.token_save_failures.fetch_add(1, std::memory_order_relaxed);
            r.guard.mark_suspect();
            return;
        }
        try {
            r.tokens.save(key, commit);
            r.metrics.token_saves.fetch_add(1, std::memory_order_relaxed);
            r.breaker.record_success();
            r.guard.observe_generation(r.redis->generation());
        } catch (const redis::Error &) {
            r.metrics.token_save_failures.fetch_add(1, std::memory_order_relaxed);
            r.redis_failed();
        }
    }
};

Request::Request(std::unique_ptr<Impl> impl) noexcept : impl_(std::move(impl)) {}
Request::Request(Request &&) noexcept = default;
Request &Request::operator=(Request &&) noexcept = default;
Request::~Request() = default;

PGconn *Request::read() {
    if (!impl_ || impl_->ended)
        throw Error(Errc::state, "read() after end()");
    return impl_->read();
}
PGconn *Request::write() {
    if (!impl_ || impl_->ended)
        throw Error(Errc::state, "write() after end()");
    return impl_->write();
}
const std::string &Request::node() const noexcept {
    static const std::string none;
    return impl_ ? impl_->node : none;
}
const char *Request::reason() const noexcept {
    return impl_ ? reason_name(impl_->reason) : "";
}
std::optional<Lsn> Request::end() {
    if (!impl_)
        throw Error(Errc::state, "end() on a moved-from request");
    return impl_->end();
}
std::optional<Lsn> Request::token() const noexcept {
    if (!impl_)
        return std::nullopt;
    if (impl_->ended)
        return impl_->result_token;
    if (impl_->tv.token.is_zero())
        return std::nullopt;
    return impl_->tv.token;
}

Request Router::begin(std::string_view key) {
    auto q = std::make_unique<Request::Impl>();
    q->begin_ns = steady_now_ns();
    q->router = impl_;
    q->key = std::string(key);
    q->tv = impl_->fetch_token(key);
    q->begin_cost_ns = steady_now_ns() - q->begin_ns;
    return Request(std::move(q));
}

Request Router::begin_at(std::string_view token, bool lenient) {
    auto q = std::make_unique<Request::Impl>();
    q->begin_ns = steady_now_ns();
    q->router = impl_;
    q->carried = true;
    q->tv = impl_->carried_token(token);
    if (q->tv.reason == Reason::BadToken) {
        impl_->metrics.bad_tokens.fetch_add(1, std::memory_order_relaxed);
        if (!lenient)
            throw Error(Errc::invalid, q->tv.error);
    }
    q->begin_cost_ns = steady_now_ns() - q->begin_ns;
    return Request(std::move(q));
}

}  // namespace lsnroute
