// A request: token at begin, a replica or the primary per read, the primary
// after a write, the commit LSN saved as the new token at end.
#include "clock.hpp"
#include "pg_lsn_queries.hpp"
#include "router_impl.hpp"

namespace lsnroute {
namespace {

// How long a replica found below its entry on a new connection is avoided
// (locally only).
constexpr int64_t kBehindEntryAvoidMs = 1000;

// A replica below its entry: not a failure to report to other app servers.
class ReplicaBehindEntry : public Error {
  public:
    using Error::Error;
};

}  // namespace

struct Request::Impl {
    std::shared_ptr<Router::Impl> router;
    std::string key;
    bool carried = false;  // carried-token mode: never touches Redis for the token
    // Request and hint mode: whether tv holds the key's token yet (token_view()).
    bool token_read = false;
    std::optional<std::string> hint;  // hint mode: the token the caller carries
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
    // What was wrong with the request's token or hint ("" when nothing): what
    // error() says after a call that succeeded (on the primary).
    std::string token_error;

    // Request and hint mode read the key's token (and the floor) from Redis
    // when a read first needs it, not at begin: a request that writes before
    // it reads sends all its reads to the primary (rule 3) and saves its
    // commit LSN monotonically, so the token could not change where anything
    // goes -- such a request makes one Redis round trip (the save), not two.
    // Reading the token later than begin is never less safe: it can only be
    // newer, covering every write acknowledged before the read began.
    const TokenView &token_view() {
        if (token_read || carried)
            return tv;
        token_read = true;
        tv = router->fetch_token(key);
        if (hint)
            Router::Impl::apply_hint(tv, *hint);
        if (!tv.error.empty())
            token_error = tv.error;
        return tv;
    }

    // The caller's hint as an LSN (zero when there is none or it is malformed).
    Lsn hint_lsn() const {
        auto h = hint ? Lsn::parse(*hint) : std::nullopt;
        return h ? *h : Lsn();
    }

    // The token the request began with, with the hint (read from Redis now if
    // no read needed it).
    Lsn begin_token() { return token_view().token; }

    void carry(Lsn t) {
        if (!t.is_zero())
            result_token = t;
    }

    PGconn *hand_out(Connection &c, Reason r) {
        node = c.node();
        reason = r;
        router->metrics.routed(node, r);
        return c.get();
    }

    Connection checkout(const Target &t, bool *opened = nullptr) {
        try {
            return router->pools.get(t.node, t.dsn)->checkout(opened);
        } catch (const PgError &e) {
            throw Error(Errc::pg, e.what());
        }
    }

    // A new connection to a replica: the node must have replayed what the
    // entry it was chosen by promised (a standby restarted after a crash
    // reopens below it while that entry is still live). Throws Error (the
    // read goes elsewhere) when it has not.
    Connection checkout_replica(const NodeEntry &e) {
        bool opened = false;
        Connection c = checkout(Router::Impl::replica_target(e), &opened);
        if (!opened)
            return c;
        std::optional<Lsn> replay;
        try {
            replay = query_replay_lsn(c.get());
        } catch (const PgError &err) {
            c.discard();
            throw Error(Errc::pg, err.what());
        }
        if (!replay || *replay < e.replay_lsn) {
            c.discard();
            auto &r = *router;
            r.metrics.replica_behind_entry.fetch_add(1, std::memory_order_relaxed);
            // Locally and briefly: it republishes soon; meanwhile no
            // connection storm, and other app servers check for themselves.
            r.local_blacklist.add(e.name, unix_now_ms() + kBehindEntryAvoidMs);
            throw ReplicaBehindEntry(Errc::pg,
                                     "replica " + e.name + " has replayed " +
                                         (replay ? replay->str() : std::string("nothing")) +
                                         ", below its registry entry's " + e.replay_lsn.str());
        }
        return c;
    }

    PGconn *use_primary(Reason r) {
        if (primary && PQstatus(primary.get()) != CONNECTION_OK) {
            primary.discard();
            primary = Connection();
            if (wrote)
                commit_session_lost = true;
        }
        if (!primary)
            primary = checkout_primary();
        return hand_out(primary, r);
    }

    // The primary could not be reached (stopped, shutting down, crashed): in
    // a PostgreSQL failover the registry names the promoted node within one
    // publish of its promotion. Waits up to timeout_ms for the snapshot to
    // name another primary and tries that one once; with no other named in
    // time the first error stands.
    Connection checkout_primary() {
        const Target first = router->primary_target(*router->snapshot.load());
        try {
            return checkout(first);
        } catch (const Error &) {
            const auto another = [&](const Snapshot &s) {
                const auto t = router->known_primary(s);
                return t && (t->node != first.node || t->dsn != first.dsn);
            };
            const auto snap = router->snapshot.wait_for(
                another, std::chrono::milliseconds(router->cfg.timeout_ms));
            if (!another(*snap))
                throw;
            router->metrics.primary_switches.fetch_add(1, std::memory_order_relaxed);
            return checkout(router->primary_target(*snap));
        }
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
        if (!token_view().replicas_ok) {
            record_overhead(t0);
            return use_primary(tv.reason);
        }
        bool may_wait = true;
        for (int attempt = 0; attempt < 2; ++attempt) {
            // The wait (replica_wait_ms) is part of choosing the node: it
            // counts as routing overhead. A read waits once at most.
            const Routed r = router->route_read(tv, exclude, may_wait);
            may_wait = may_wait && !r.waited;
            record_overhead(t0);
            const NodeEntry *chosen = r.decision.replica;
            if (!chosen)
                return use_primary(r.decision.reason);
            const Target t = Router::Impl::replica_target(*chosen);
            try {
                replica = checkout_replica(*chosen);
                return hand_out(replica, r.decision.reason);
            } catch (const ReplicaBehindEntry &) {
                router->metrics.retries.fetch_add(1, std::memory_order_relaxed);
                exclude = t.node;
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
                // token; the rollback leaves the session able to answer. The
                // session is closed afterwards, never pooled (pg_pool.hpp).
                if (PQtransactionStatus(c) != PQTRANS_IDLE) {
                    primary.discard();
                    if (!rollback_open_transaction(c))
                        throw PgError("primary connection left busy; cannot read the commit LSN");
                }
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
        Lsn fallback;
        try {
            fallback = router->primary_current_lsn();
        } catch (const std::exception &e) {
            // Nothing is acknowledged (end() fails), so no token can be lost
            // and the router need not turn suspect: during a PostgreSQL
            // failover that would keep every read off the replicas until a
            // new primary could raise the floor, failing reads the replicas
            // could serve (fault suite, pg-failover).
            throw Error(Errc::pg, "commit LSN unknown (" + why + "; " + e.what() + ")");
        }
        // Acknowledged with the fallback: the primary that answered may not
        // be the one that committed (a failover in between), so the floor
        // must cover the commit too.
        router->metrics.commit_lsn_fallbacks.fetch_add(1, std::memory_order_relaxed);
        router->guard.mark_suspect();
        return fallback;
    }

    std::optional<Lsn> end() {
        if (ended)
            return result_token;
        ended = true;
        replica = Connection();
        // The token to carry on: the largest of the begin token (with the
        // hint) and the commit LSN -- the begin token even if the commit LSN
        // cannot be had.
        std::optional<Lsn> commit;
        if (wrote) {
            try {
                commit = commit_lsn();
            } catch (...) {
                primary = Connection();
                carry(begin_token());
                throw;
            }
        }
        primary = Connection();
        if (!commit) {
            carry(begin_token());
            return result_token;
        }
        if (carried) {
            carry(max(tv.token, *commit));
            return result_token;
        }
        // A request that wrote before it read has not read the token: what
        // the monotonic save leaves in Redis (the larger of the commit LSN
        // and the stored token) stands for it. If the save fails, the commit
        // LSN and the hint are what it knows: the commit LSN is past every
        // earlier commit of the key on this primary's history.
        carry(max(token_read ? tv.token : hint_lsn(), *commit));
        std::string why;
        Lsn stored;
        if (!router->save_token(key, *commit, why, &stored))
            throw Error(Errc::token, "token of key '" + key + "' not saved: " + why);
        carry(max(*result_token, stored));
        return result_token;
    }

    // Runs fn, keeping the text of its failure for error().
    template <typename Fn>
    auto recorded(Fn &&fn) {
        try {
            auto out = fn();
            error = token_error;
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
    const Lsn t = impl_->token_read || impl_->carried ? impl_->tv.token : impl_->hint_lsn();
    if (t.is_zero())
        return std::nullopt;
    return t;
}

namespace {

// Request mode and hint mode: the token from Redis (read by the first read
// that needs it, Impl::token_view), raised to the hint. A malformed hint is
// named and counted at once; it needs no Redis.
std::unique_ptr<Request::Impl> keyed_request(const std::shared_ptr<Router::Impl> &r,
                                             std::string_view key, const std::string_view *hint) {
    auto q = std::make_unique<Request::Impl>();
    q->begin_ns = steady_now_ns();
    q->router = r;
    q->key = std::string(key);
    if (hint) {
        q->hint = std::string(*hint);
        TokenView check;
        Router::Impl::apply_hint(check, *hint);
        if (check.reason == Reason::BadToken) {
            r->metrics.bad_tokens.fetch_add(1, std::memory_order_relaxed);
            q->token_error = check.error;
        }
    }
    q->error = q->token_error;
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
    q->token_error = q->tv.error;
    q->error = q->token_error;
    if (q->tv.reason == Reason::BadToken) {
        impl_->metrics.bad_tokens.fetch_add(1, std::memory_order_relaxed);
        if (!lenient)
            throw Error(Errc::invalid, q->tv.error);
    }
    q->begin_cost_ns = steady_now_ns() - q->begin_ns;
    return Request(std::move(q));
}

}  // namespace lsnroute
