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
    // The primary session that ran a write of this request was replaced
    // (broken, reset): its commit LSN cannot be asked for any more.
    bool commit_session_lost = false;
    std::string error;  // why the last call failed ("" when it did not)

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
            if (wrote)
                commit_session_lost = true;
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

    // replica_wait_ms: on the checked-out `replica`, waits until it has
    // replayed `need`. False when it did not in time or cannot wait (no
    // extension, an SQL error: the connection goes back clean). Throws
    // Error(pg) when the connection broke: a replica failure.
    bool wait_for_token(Lsn need) {
        auto &m = router->metrics;
        m.replica_waits.fetch_add(1, std::memory_order_relaxed);
        WaitResult w = WaitResult::NotReached;
        try {
            w = wait_for_replay(replica.get(), need, router->cfg.replica_wait_ms);
        } catch (const PgError &e) {
            if (PQstatus(replica.get()) != CONNECTION_OK)
                throw Error(Errc::pg, e.what());
        }
        if (w == WaitResult::NoExtension)
            router->replica_wait_usable.store(false, std::memory_order_relaxed);
        if (w != WaitResult::Reached)
            m.replica_wait_misses.fetch_add(1, std::memory_order_relaxed);
        return w == WaitResult::Reached;
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
            const RouteParams p = router->params(tv, exclude);
            const Decision d = choose_replica(*snap, p, router->policy_state);
            const NodeEntry *wait_on = nullptr;
            if (!d.replica && router->cfg.replica_wait_ms > 0 &&
                router->replica_wait_usable.load(std::memory_order_relaxed))
                wait_on = replica_to_wait_for(*snap, p);
            const NodeEntry *chosen = d.replica ? d.replica : wait_on;
            if (!wait_on)
                record_overhead(t0);
            if (!chosen)
                return use_primary(d.reason);
            const Target t = Router::Impl::replica_target(*chosen);
            try {
                replica = checkout(t);
                if (!wait_on)
                    return hand_out(replica, d.reason);
                const bool reached = wait_for_token(max(p.token, p.floor));
                // The wait is part of choosing the node: it counts as overhead.
                record_overhead(t0);
                if (reached)
                    return hand_out(replica, Reason::WaitedReplica);
                replica = Connection();  // back to the pool, clean
                return use_primary(d.reason);
            } catch (const Error &) {
                // Refused, timed out or broken: avoid it (here and, via Redis,
                // on other app servers) and retry once elsewhere.
                if (replica) {
                    replica.discard();
                    replica = Connection();
                }
                replica_failed(t.node);
                router->metrics.retries.fetch_add(1, std::memory_order_relaxed);
                exclude = t.node;
            }
        }
        record_overhead(t0);
        return use_primary(Reason::ReplicaFailed);
    }

    PGconn *write() {
        record_overhead(steady_now_ns());
        replica = Connection();  // later reads stay on the primary
        PGconn *c = use_primary(Reason::AfterWrite);
        // Only once a connection was handed out: a write() that failed wrote
        // nothing and needs no token.
        wrote = true;
        return c;
    }

    // The commit LSN of the request's writes, asked of the session that ran
    // them (lsnroute.last_commit_lsn() is per session). When that session is
    // gone or cannot answer, the primary's current insert LSN is past the
    // commit too; the router is then marked suspect, so the floor covers any
    // commit of this request that LSN might still miss. Throws Error(pg) when
    // neither can be had: the commit LSN is unknown.
    std::optional<Lsn> commit_lsn() {
        std::string why = "the primary session that wrote was replaced";
        if (primary && !commit_session_lost) {
            PGconn *c = primary.get();
            try {
                if (PQstatus(c) != CONNECTION_OK)
                    throw PgError(std::string("primary connection lost: ") + PQerrorMessage(c));
                // Left inside a transaction: what was not committed needs no
                // token; the rollback leaves the session able to answer.
                if (PQtransactionStatus(c) != PQTRANS_IDLE && !rollback_open_transaction(c))
                    throw PgError("primary connection left busy; cannot read the commit LSN");
                auto lsn = query_commit_lsn(c, router->have_extension);
                // NULL from the session that wrote: it committed nothing
                // (rolled back); no token needed.
                return lsn;
            } catch (const PgError &e) {
                why = e.what();
            }
        }
        primary.discard();
        primary = Connection();
        router->metrics.commit_lsn_fallbacks.fetch_add(1, std::memory_order_relaxed);
        router->guard.mark_suspect();
        try {
            return router->primary_current_lsn();
        } catch (const std::exception &e) {
            throw Error(Errc::pg, "commit LSN unknown (" + why + "; " + e.what() + ")");
        }
    }

    std::optional<Lsn> end() {
        if (ended)
            return result_token;
        ended = true;
        replica = Connection();
        // The token to carry on: the largest of the begin token (with the
        // hint) and the commit LSN -- the begin token even if the commit LSN
        // cannot be had.
        if (!tv.token.is_zero())
            result_token = tv.token;
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
        if (commit)
            result_token = max(tv.token, *commit);
        if (!carried && commit) {
            std::string why;
            if (!router->save_token(key, *commit, why))
                throw Error(Errc::token, "token of key '" + key + "' not saved: " + why);
        }
        return result_token;
    }

    // Runs fn, keeping the text of its failure for error().
    template <typename Fn>
    auto recorded(Fn &&fn) {
        try {
            auto out = fn();
            error.clear();
            return out;
        } catch (const std::exception &e) {
            error = e.what();
            throw;
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
    return impl_->recorded([this] { return impl_->read(); });
}
PGconn *Request::write() {
    if (!impl_ || impl_->ended)
        throw Error(Errc::state, "write() after end()");
    return impl_->recorded([this] { return impl_->write(); });
}
const std::string &Request::error() const noexcept {
    static const std::string none;
    return impl_ ? impl_->error : none;
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
    return impl_->recorded([this] { return impl_->end(); });
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

namespace {

// Request mode and hint mode: the token from Redis, raised to the hint.
std::unique_ptr<Request::Impl> keyed_request(const std::shared_ptr<Router::Impl> &r,
                                             std::string_view key, const std::string_view *hint) {
    auto q = std::make_unique<Request::Impl>();
    q->begin_ns = steady_now_ns();
    q->router = r;
    q->key = std::string(key);
    q->tv = r->fetch_token(key);
    if (hint) {
        const bool was_bad = q->tv.reason == Reason::BadToken;
        Router::Impl::apply_hint(q->tv, *hint);
        if (!was_bad && q->tv.reason == Reason::BadToken)
            r->metrics.bad_tokens.fetch_add(1, std::memory_order_relaxed);
    }
    q->error = q->tv.error;
    q->begin_cost_ns = steady_now_ns() - q->begin_ns;
    return q;
}

}  // namespace

Request Router::begin(std::string_view key) {
    return Request(keyed_request(impl_, key, nullptr));
}

Request Router::begin_hint(std::string_view key, std::string_view hint) {
    return Request(keyed_request(impl_, key, &hint));
}

Request Router::begin_at(std::string_view token, bool lenient) {
    auto q = std::make_unique<Request::Impl>();
    q->begin_ns = steady_now_ns();
    q->router = impl_;
    q->carried = true;
    q->tv = impl_->carried_token(token);
    q->error = q->tv.error;
    if (q->tv.reason == Reason::BadToken) {
        impl_->metrics.bad_tokens.fetch_add(1, std::memory_order_relaxed);
        if (!lenient)
            throw Error(Errc::invalid, q->tv.error);
    }
    q->begin_cost_ns = steady_now_ns() - q->begin_ns;
    return Request(std::move(q));
}

}  // namespace lsnroute
