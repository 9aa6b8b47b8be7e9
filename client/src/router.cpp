// Router: construction, the token view, advisory mode and operations.
#include <algorithm>
#include <thread>

#include "clock.hpp"
#include "pg_lsn_queries.hpp"
#include "registry_schema.hpp"
#include "router_impl.hpp"

namespace lsnroute {
namespace {

// The breaker stays open this long before one request probes Redis again.
constexpr int64_t kBreakerCooldownMs = 500;

// Waiting for a pooled connection: long enough for a busy pool to turn over,
// short enough that a stuck pool surfaces as an error.
constexpr long kPoolWaitMs = 5000;

Config parse_config(std::string_view text) {
    try {
        return Config::parse(text);
    } catch (const ConfigError &e) {
        throw Error(Errc::config, e.what());
    }
}

}  // namespace

Router::Impl::Impl(Config c)
    : cfg(std::move(c)),
      redis(std::make_unique<redis::Client>(cfg.redis)),
      // WAIT must answer before the command's own timeout_ms deadline.
      tokens(*redis, cfg.cluster, cfg.token_ttl_ms, cfg.redis_wait_replicas,
             cfg.timeout_ms * 3 / 4),
      breaker(kBreakerCooldownMs, [] { return steady_now_ms(); }),
      pools(cfg.pool_size, kPoolWaitMs) {
    if (!cfg.primary.empty()) {
        primary_dsn = merge_conninfo(merge_conninfo(cfg.primary, cfg.pg), "connect_timeout=2");
        primary_public_dsn = conninfo_without_secrets(primary_dsn);
    }
    watcher = std::make_unique<RegistryWatcher>(
        RegistryWatcher::Deps{cfg, *redis, tokens, snapshot, guard, breaker, metrics,
                              [this] { return primary_current_lsn(); }});
    // Cold start: the first requests should find the registry loaded.
    snapshot.wait_for([](const Snapshot &s) { return s.refreshed_at_ms != 0; },
                      std::chrono::milliseconds(cfg.timeout_ms));
}

Router::Impl::~Impl() {
    watcher.reset();
}

TokenView Router::Impl::fetch_token(std::string_view key) {
    TokenView tv;
    auto snap = snapshot.load();
    tv.floor = snap->floor;
    if (!guard.replicas_allowed()) {
        // Replicas are off until the floor is raised: the token would not
        // change the decision, so Redis is not asked at all.
        tv.reason = Reason::FloorPending;
        return tv;
    }
    if (!breaker.allow()) {
        metrics.redis_skipped.fetch_add(1, std::memory_order_relaxed);
        tv.reason = Reason::RedisUnavailable;
        return tv;
    }
    try {
        metrics.token_reads.fetch_add(1, std::memory_order_relaxed);
        TokenRead tr = tokens.read(key);
        breaker.record_success();
        // After the answer: a reconnection during this very call must count.
        guard.observe_generation(redis->generation());
        if (tr.floor_read) {
            if (!tr.floor)
                guard.mark_suspect();
            else
                tv.floor = max(tv.floor, *tr.floor);
        }
        if (tr.token_malformed) {
            metrics.bad_tokens.fetch_add(1, std::memory_order_relaxed);
            tv.reason = Reason::BadToken;
            tv.error = tr.malformed_value;
            return tv;
        }
        if (!guard.replicas_allowed()) {
            tv.reason = Reason::FloorPending;
            return tv;
        }
        if (!tr.token && guard.eviction().may_evict()) {
            // Absent may mean evicted: only the primary is sure to be fresh.
            tv.reason = Reason::EvictionRisk;
            return tv;
        }
        tv.token = tr.token.value_or(Lsn());
        tv.replicas_ok = true;
    } catch (const redis::Error &) {
        metrics.token_read_failures.fetch_add(1, std::memory_order_relaxed);
        redis_failed();
        tv.reason = Reason::RedisUnavailable;
    }
    return tv;
}

TokenView Router::Impl::carried_token(std::string_view token) const {
    TokenView tv;
    tv.floor = snapshot.load()->floor;
    if (token.empty()) {
        tv.replicas_ok = true;
        return tv;
    }
    auto l = Lsn::parse(token);
    if (!l) {
        tv.reason = Reason::BadToken;
        tv.error = "token '" + std::string(token) + "' is not an LSN (expected X/X hex)";
        return tv;
    }
    tv.token = *l;
    tv.replicas_ok = true;
    return tv;
}

RouteParams Router::Impl::params(const TokenView &tv, std::string_view exclude) const {
    RouteParams p;
    p.token = tv.token;
    p.floor = tv.floor;
    p.now_ms = unix_now_ms();
    p.max_lag_ms = cfg.max_lag_ms;
    p.node_ttl_ms = cfg.node_ttl_ms;
    p.policy = cfg.policy;
    p.local_blacklist = &local_blacklist;
    p.exclude = exclude;
    return p;
}

Routed Router::Impl::route_read(const TokenView &tv, std::string_view exclude, bool may_wait) {
    const std::chrono::milliseconds wait(may_wait ? cfg.replica_wait_ms : 0);
    return lsnroute::route_read(snapshot, params(tv, exclude), policy_state, wait, metrics);
}

std::optional<Target> Router::Impl::known_primary(const Snapshot &snap) const {
    if (const NodeEntry *p = find_primary(snap, unix_now_ms(), cfg.node_ttl_ms))
        return Target{p->name, p->client_dsn, true, p->public_dsn};
    if (!primary_dsn.empty())
        return Target{"primary", primary_dsn, true, primary_public_dsn};
    return std::nullopt;
}

Target Router::Impl::primary_target(const Snapshot &snap) const {
    if (auto t = known_primary(snap))
        return std::move(*t);
    auto later = snapshot.wait_for(
        [this](const Snapshot &s) { return find_primary(s, unix_now_ms(), cfg.node_ttl_ms); },
        std::chrono::milliseconds(cfg.timeout_ms));
    if (auto t = known_primary(*later))
        return std::move(*t);
    throw Error(Errc::no_primary,
                "no primary known: the registry names none and no `primary` option is set");
}

Target Router::Impl::replica_target(const NodeEntry &e) {
    return Target{e.name, e.client_dsn, false, e.public_dsn};
}

void Router::Impl::blacklist_node(std::string_view node, long ms) noexcept {
    const int64_t until = unix_now_ms() + ms;
    try {
        local_blacklist.add(node, until);
    } catch (...) {
        return;
    }
    if (!breaker.allow())
        return;
    try {
        redis_blacklist::add(*redis, cfg.cluster, node, until);
        breaker.record_success();
    } catch (const redis::Error &) {
        redis_failed();
    } catch (...) {
    }
}

void Router::Impl::redis_failed() noexcept {
    breaker.record_failure();
    guard.mark_suspect();
}

Lsn Router::Impl::primary_current_lsn() {
    // Called by the registry's own thread: waiting here for the registry
    // would only delay the refresh that can bring a primary in.
    auto known = known_primary(*snapshot.load());
    if (!known)
        throw Error(Errc::no_primary, "no primary known");
    const Target &t = *known;
    Connection c = pools.get(t.node, t.dsn)->checkout();
    try {
        return query_insert_lsn(c.get());
    } catch (...) {
        c.discard();
        throw;
    }
}

Metrics::Gauges Router::Impl::gauges() const {
    Metrics::Gauges g;
    auto snap = snapshot.load();
    g.breaker_state = breaker_state_name(breaker.state());
    g.breaker_opened = breaker.opened_count();
    g.registry_age_seconds =
        snap->refreshed_at_ms ? static_cast<double>(unix_now_ms() - snap->refreshed_at_ms) / 1000.0
                              : -1;
    g.registry_nodes = static_cast<int>(snap->nodes.size());
    g.registry_primaries = snap->live_primaries;
    g.floor_guard_clear = guard.replicas_allowed();
    g.floor_above_primary = guard.floor_above();
    g.redis_may_evict = guard.eviction().may_evict();
    g.floor_raises = guard.raises();
    g.floor_suspicions = guard.suspicions();
    return g;
}

// ---- Router (public) ----

Router::Router(std::string_view config) : impl_(std::make_shared<Impl>(parse_config(config))) {}

Router::~Router() = default;

namespace {

Choice make_choice(Router::Impl &impl, const TokenView &tv) {
    Routed r;
    if (tv.replicas_ok)
        r = impl.route_read(tv, {}, true);
    else
        r.decision.reason = tv.reason;
    if (!r.snap)
        r.snap = impl.snapshot.load();
    const Snapshot &snap = *r.snap;
    const Decision &d = r.decision;
    Choice c;
    if (d.replica) {
        c.node = d.replica->name;
        c.dsn = d.replica->public_dsn;
        c.is_primary = false;
    } else {
        Target t = impl.primary_target(snap);
        c.node = std::move(t.node);
        c.dsn = std::move(t.public_dsn);
        c.is_primary = true;
    }
    c.reason = reason_name(d.reason);
    impl.metrics.routed(c.node, d.reason);
    return c;
}

}  // namespace

Choice Router::choose(std::string_view key) {
    const int64_t t0 = steady_now_ns();
    Choice c = make_choice(*impl_, impl_->fetch_token(key));
    impl_->metrics.routing_overhead_ns(steady_now_ns() - t0);
    return c;
}

Choice Router::choose_at(std::string_view token) {
    const TokenView tv = impl_->carried_token(token);
    if (tv.reason == Reason::BadToken)
        impl_->metrics.bad_tokens.fetch_add(1);
    return make_choice(*impl_, tv);
}

Choice Router::primary() {
    Target t = impl_->primary_target(*impl_->snapshot.load());
    Choice c;
    c.node = std::move(t.node);
    c.dsn = std::move(t.dsn);
    c.is_primary = true;
    c.reason = "write";
    return c;
}

void Router::note_write(std::string_view key, Lsn lsn) {
    std::string why;
    if (!impl_->save_token(key, lsn, why))
        throw Error(Errc::token, "token of key '" + std::string(key) + "' not saved: " + why);
}

std::optional<Lsn> Router::token(std::string_view key, std::string_view hint) {
    TokenView tv = impl_->fetch_token(key);
    Router::Impl::apply_hint(tv, hint);
    if (tv.reason == Reason::BadToken)
        throw Error(Errc::invalid, tv.error);
    if (!tv.replicas_ok)
        throw Error(Errc::redis,
                    std::string("token unknown (") + reason_name(tv.reason) + "): use the primary");
    const Lsn t = max(tv.token, tv.floor);
    if (t.is_zero())
        return std::nullopt;
    return t;
}

Connection Router::connect(std::string_view node) {
    auto snap = impl_->snapshot.load();
    Target t;
    if (node == "primary") {
        t = impl_->primary_target(*snap);
    } else if (const NodeEntry *e = snap->find(node)) {
        t = Router::Impl::replica_target(*e);
    } else {
        throw Error(Errc::invalid, "node '" + std::string(node) + "' is not in the registry");
    }
    try {
        return impl_->pools.get(t.node, t.dsn)->checkout();
    } catch (const PgError &e) {
        throw Error(Errc::pg, e.what());
    }
}

void Router::blacklist(std::string_view node, std::chrono::milliseconds duration) {
    if (!schema::valid_node_name(node))
        throw Error(Errc::invalid, "'" + std::string(node) + "' is not a valid node name");
    const int64_t until = unix_now_ms() + duration.count();
    impl_->local_blacklist.add(node, until);
    try {
        redis_blacklist::add(*impl_->redis, impl_->cfg.cluster, node, until);
    } catch (const redis::Error &e) {
        throw Error(Errc::redis, std::string("blacklist in Redis: ") + e.what());
    }
    impl_->watcher->request_refresh();
}

void Router::unblacklist(std::string_view node) {
    impl_->local_blacklist.remove(node);
    try {
        redis_blacklist::remove(*impl_->redis, impl_->cfg.cluster, node);
    } catch (const redis::Error &e) {
        throw Error(Errc::redis, std::string("unblacklist in Redis: ") + e.what());
    }
    impl_->watcher->request_refresh();
}

std::vector<std::pair<std::string, int64_t>> Router::blacklisted() {
    try {
        return redis_blacklist::read(*impl_->redis, impl_->cfg.cluster, unix_now_ms());
    } catch (const redis::Error &e) {
        throw Error(Errc::redis, std::string("blacklist from Redis: ") + e.what());
    }
}

std::optional<Lsn> Router::get_token(std::string_view key) {
    try {
        TokenRead tr = impl_->tokens.read(key);
        if (tr.token_malformed)
            throw Error(Errc::invalid, tr.malformed_value);
        return tr.token;
    } catch (const redis::Error &e) {
        throw Error(Errc::redis, std::string("token get: ") + e.what());
    }
}

Lsn Router::set_token(std::string_view key, Lsn lsn) {
    try {
        return impl_->tokens.save(key, lsn);
    } catch (const redis::Error &e) {
        throw Error(Errc::redis, std::string("token set: ") + e.what());
    }
}

std::string Router::explain(std::string_view key) {
    const TokenView tv = impl_->fetch_token(key);
    auto snap = impl_->snapshot.load();
    const RouteParams p = impl_->params(tv);
    Decision d;
    if (tv.replicas_ok)
        d = choose_replica(*snap, p, impl_->policy_state);
    else
        d.reason = tv.reason;
    std::string out = lsnroute::explain(d, *snap, p);
    if (!d.replica) {
        try {
            out = impl_->primary_target(*snap).node + " (" + out + ")";
        } catch (const Error &) {
            out = "no primary known (" + out + ")";
        }
    }
    if (!tv.error.empty())
        out += "; " + tv.error;
    return out;
}

RegistryStatus Router::status() {
    RegistryStatus st;
    auto snap = impl_->snapshot.load();
    const int64_t now = unix_now_ms();
    TokenView tv;
    tv.floor = snap->floor;
    tv.replicas_ok = true;
    const RouteParams p = impl_->params(tv);
    for (const NodeEntry &e : snap->nodes) {
        NodeStatus n;
        n.name = e.name;
        n.role = e.role == Role::Primary ? "primary" : "standby";
        n.dsn = e.dsn;
        n.replay_lsn = e.replay_lsn;
        n.lag_ms = e.lag_ms;
        n.age_ms = now - e.published_at_ms;
        n.seq = e.seq;
        n.paused = e.paused;
        n.blacklisted_until_ms =
            std::max(snap->blacklisted_until(e.name), impl_->local_blacklist.until(e.name));
        if (n.blacklisted_until_ms <= now)
            n.blacklisted_until_ms = 0;
        n.eligibility = std::string(eligibility_name(eligibility(e, *snap, p)));
        st.nodes.push_back(std::move(n));
    }
    if (snap->floor_present || !snap->floor.is_zero())
        st.floor = snap->floor;
    st.age_ms = snap->refreshed_at_ms ? now - snap->refreshed_at_ms : -1;
    st.breaker = breaker_state_name(impl_->breaker.state());
    st.floor_guard_clear = impl_->guard.replicas_allowed();
    st.floor_above_primary = impl_->guard.floor_above();
    const EvictionInfo ev = impl_->guard.eviction().info();
    st.redis_may_evict = ev.may_evict();
    st.redis_maxmemory_policy = ev.policy;
    return st;
}

bool Router::wait_ready(std::chrono::milliseconds timeout) {
    return impl_->snapshot
               .wait_for([](const Snapshot &s) { return s.refreshed_at_ms != 0; }, timeout)
               ->refreshed_at_ms != 0;
}

std::string Router::metrics() const {
    return impl_->metrics.render(impl_->gauges());
}

}  // namespace lsnroute
