// Snapshot maintenance: pub/sub events, periodic full refresh, re-reads of
// single nodes, floor raises.
#include "registry_watcher.hpp"

#include <algorithm>

#include "blacklist.hpp"
#include "clock.hpp"
#include "registry_dsn.hpp"
#include "registry_schema.hpp"
#include "routing.hpp"

namespace lsnroute {
namespace {

// After an unexpected failure of a thread's loop: how long before it runs again.
constexpr int64_t kLoopBackoffMs = 100;

// While a node that started recently has an unknown lag source, the full
// refresh runs this often (bounded: a node whose lag stays unknown, e.g.
// wal_receiver_timeout = 0, costs this only for kStartingWindowMs).
constexpr long kStartingRefreshMs = 100;
constexpr int64_t kStartingWindowMs = 30000;

bool awaiting_lag_source(const Snapshot &s, int64_t now_ms) noexcept {
    for (const NodeEntry &e : s.nodes)
        if (e.role == Role::Standby && e.has_identity && e.lag_source == LagSource::Unknown &&
            now_ms - e.started_at_ms < kStartingWindowMs)
            return true;
    return false;
}

bool is_text(const redisReply *r) noexcept {
    return r && (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS) && r->str;
}

// A floor far past what the primary published it has flushed cannot come
// from a raise (a raise writes the primary's insert LSN, which is at most
// the WAL buffers ahead of its flush LSN): a forged or foreign floor.
bool floor_beyond_primary(const Snapshot &s, int64_t now_ms, long node_ttl_ms) {
    constexpr uint64_t kSlack = 16u << 20;  // 16 MB, as for tokens past flush_lsn
    const NodeEntry *p = find_primary(s, now_ms, node_ttl_ms);
    return p && !p->flush_lsn.is_zero() && s.floor.value() > p->flush_lsn.value() + kSlack;
}

}  // namespace

RegistryWatcher::RegistryWatcher(Deps deps) : d_(std::move(deps)) {
    subscriber_ = std::make_unique<redis::Subscriber>(d_.config.redis,
                                                      schema::events_channel(d_.config.cluster));
    subscriber_thread_ = std::thread([this] { run_subscriber(); });
    maintainer_thread_ = std::thread([this] { maintain(); });
}

RegistryWatcher::~RegistryWatcher() {
    stop_.store(true);
    subscriber_->stop();
    d_.guard.notify();
    if (subscriber_thread_.joinable())
        subscriber_thread_.join();
    if (maintainer_thread_.joinable())
        maintainer_thread_.join();
}

void RegistryWatcher::request_refresh() noexcept {
    refresh_requested_.store(true);
    d_.guard.notify();
}

void RegistryWatcher::run_subscriber() {
    // run() returns by stop(); if it ever throws (out of memory), subscribe
    // again: the periodic refresh repairs what was missed meanwhile.
    while (!stop_.load()) {
        try {
            subscriber_->run(
                [this](std::string_view m) {
                    try {
                        apply_message(m);
                    } catch (...) {
                        request_refresh();
                    }
                },
                [this] { request_refresh(); });
        } catch (...) {
            std::unique_lock<std::mutex> lock(d_.guard.mutex());
            if (!stop_.load())
                d_.guard.wait_for_work(lock, kLoopBackoffMs);
        }
    }
}

void RegistryWatcher::apply_message(std::string_view message) {
    const Event ev = parse_event(message);
    if (ev.kind == Event::Kind::Invalid) {
        d_.metrics.rejected(ev.reason);
        return;
    }
    const int64_t now = unix_now_ms();
    if (ev.kind == Event::Kind::Node &&
        (is_future(ev.published_at_ms, now) || is_future(ev.started_at_ms, now))) {
        d_.metrics.rejected(RejectReason::Future);
        return;
    }
    d_.metrics.registry_events.fetch_add(1, std::memory_order_relaxed);
    if (ev.kind == Event::Kind::Floor) {
        d_.snapshot.update([&](Snapshot &s) {
            s.floor = max(s.floor, ev.floor);
            s.updated_at_ms = now;
        });
        return;
    }
    bool known = false;
    EventEffect effect = EventEffect::Stale;
    d_.snapshot.update([&](Snapshot &s) {
        auto it = std::find_if(s.nodes.begin(), s.nodes.end(),
                               [&](const NodeEntry &e) { return e.name == ev.node; });
        if (it == s.nodes.end())
            return;
        known = true;
        effect = apply_event(*it, ev);
        if (effect != EventEffect::Stale) {
            s.updated_at_ms = now;
            settle_primary(s, now, d_.config.node_ttl_ms);
        }
    });
    if (!known) {
        // A node we have no dsn for: only its hash can bring it in.
        request_refresh();
    } else if (effect == EventEffect::Reread) {
        {
            std::lock_guard<std::mutex> lock(reread_mutex_);
            reread_.insert(ev.node);
        }
        d_.guard.notify();
    }
}

std::optional<NodeEntry> RegistryWatcher::build_entry(const std::string &name,
                                                      const redisReply *hash, int64_t now) {
    HashFields fields;
    if (hash && hash->type == REDIS_REPLY_ARRAY) {
        for (size_t j = 0; j + 1 < hash->elements; j += 2) {
            const redisReply *k = hash->element[j], *v = hash->element[j + 1];
            if (!is_text(k) || !is_text(v)) {
                d_.metrics.rejected(RejectReason::Malformed);
                return std::nullopt;
            }
            fields.emplace_back(std::string(k->str, k->len), std::string(v->str, v->len));
        }
    } else if (hash && hash->type != REDIS_REPLY_NIL) {
        d_.metrics.rejected(RejectReason::Malformed);  // WRONGTYPE or any other reply
        return std::nullopt;
    }
    EntryParse p = parse_node_hash(name, fields);
    if (!p.entry) {
        // A member whose hash expired is simply absent (docs/design.md).
        if (p.reason != RejectReason::Missing)
            d_.metrics.rejected(p.reason);
        return std::nullopt;
    }
    NodeEntry &e = *p.entry;
    if (is_future(e.published_at_ms, now) || is_future(e.started_at_ms, now)) {
        d_.metrics.rejected(RejectReason::Future);
        return std::nullopt;
    }
    if (is_expired(e, now, d_.config.node_ttl_ms))
        d_.metrics.rejected(RejectReason::Expired);
    if (e.ignored_dsn_keys > 0)
        d_.metrics.dsn_keys_ignored.fetch_add(static_cast<uint64_t>(e.ignored_dsn_keys),
                                              std::memory_order_relaxed);
    // `pg` was validated when the configuration was parsed and e.dsn is
    // built here: neither can fail to split.
    e.client_dsn = merge_conninfo(merge_conninfo(e.dsn, d_.config.pg), "connect_timeout=2");
    const auto hosts = conninfo_hosts(e.client_dsn);
    if (!hosts || !d_.config.allowed_hosts.allows_all(*hosts)) {
        d_.metrics.rejected(RejectReason::HostNotAllowed);
        return std::nullopt;
    }
    e.public_dsn = conninfo_without_secrets(e.client_dsn);
    return std::move(e);
}

void RegistryWatcher::maintain() {
    int64_t next_refresh = 0;
    while (!stop_.load()) {
        try {
            maintain_once(next_refresh);
        } catch (...) {
            // Not expected (every Redis and parse failure is handled below);
            // whatever it was, the snapshot keeps being maintained.
            d_.metrics.registry_refresh_failures.fetch_add(1, std::memory_order_relaxed);
            std::unique_lock<std::mutex> lock(d_.guard.mutex());
            if (!stop_.load())
                d_.guard.wait_for_work(lock, kLoopBackoffMs);
        }
    }
}

void RegistryWatcher::maintain_once(int64_t &next_refresh) {
    d_.guard.observe_generation(d_.client.generation());
    const int64_t now = steady_now_ms();
    if (refresh_requested_.exchange(false) || now >= next_refresh) {
        refresh();
        // Events carry no lag_source: a node that just started publishes
        // `unknown` (ineligible) until its WAL receiver has heard from the
        // primary, and only its hash says when that changed.
        const bool starting = awaiting_lag_source(*d_.snapshot.load(), unix_now_ms());
        next_refresh =
            steady_now_ms() + (starting ? std::min<long>(d_.config.refresh_ms, kStartingRefreshMs)
                                        : d_.config.refresh_ms);
    }
    reread_pending();
    int64_t wait = next_refresh - steady_now_ms();
    if (d_.guard.needs_raise() && !stop_.load()) {
        raise_floor();
        // Retry soon while it keeps failing (Redis or the primary down).
        if (d_.guard.needs_raise())
            wait = std::min<int64_t>(wait, 100);
    }
    if (stop_.load())
        return;
    std::unique_lock<std::mutex> lock(d_.guard.mutex());
    bool reread_waiting = false;
    {
        std::lock_guard<std::mutex> rl(reread_mutex_);
        reread_waiting = !reread_.empty();
    }
    if (wait > 0 && !refresh_requested_.load() && !reread_waiting && !stop_.load())
        d_.guard.wait_for_work(lock, wait);
}

void RegistryWatcher::refresh() {
    const std::string &cluster = d_.config.cluster;
    const std::string nodes_key = schema::nodes_key(cluster);
    try {
        auto members = d_.client.command({"SMEMBERS", nodes_key});
        if (!members || members->type != REDIS_REPLY_ARRAY)
            throw redis::Error("SMEMBERS " + nodes_key + ": unexpected reply");
        std::vector<std::string> names;
        for (size_t i = 0; i < members->elements; ++i) {
            const redisReply *m = members->element[i];
            if (is_text(m))
                names.emplace_back(m->str, m->len);
        }
        // Garbage members never reach a key name (nor a metrics label).
        const size_t before = names.size();
        names.erase(
            std::remove_if(names.begin(), names.end(),
                           [](const std::string &n) { return !schema::valid_node_name(n); }),
            names.end());
        for (size_t i = names.size(); i < before; ++i)
            d_.metrics.rejected(RejectReason::Malformed);
        // All registry keys share the {C} hash tag: one pipeline, one server.
        const std::string floor_key = schema::floor_key(cluster);
        const std::string bl_key = schema::blacklist_key(cluster);
        const int64_t now = unix_now_ms();
        const std::string after = "(" + std::to_string(now);
        std::vector<std::string> keys;  // redis::Args holds views: the keys must outlive cmds
        keys.reserve(names.size());
        for (const auto &n : names)
            keys.push_back(schema::node_key(cluster, n));
        std::vector<redis::Args> cmds;
        cmds.reserve(keys.size() + 2);
        for (const auto &k : keys)
            cmds.push_back({"HGETALL", k});
        cmds.push_back({"GET", floor_key});
        cmds.push_back({"ZRANGEBYSCORE", bl_key, after, "+inf", "WITHSCORES"});
        cmds.push_back({"INFO", "memory"});  // may Redis evict tokens? (eviction.hpp)
        auto replies = d_.client.pipeline(nodes_key, cmds);
        if (replies.size() != cmds.size())
            throw redis::Error("registry refresh: short reply");

        std::vector<NodeEntry> fresh;
        for (size_t i = 0; i < names.size(); ++i)
            if (auto e = build_entry(names[i], replies[i].get(), now))
                fresh.push_back(std::move(*e));
        // A garbled floor counts as missing: it gets raised.
        Lsn floor_value;
        bool floor_present = false;
        try {
            if (auto f = parse_lsn_reply(replies[names.size()].get(), "floor")) {
                floor_value = *f;
                floor_present = true;
            }
        } catch (const BadTokenError &) {
        }
        auto blacklist = redis_blacklist::parse_reply(replies[names.size() + 1].get());
        d_.guard.update_eviction(parse_eviction_info(replies[names.size() + 2].get()));
        int primaries = 0;
        d_.snapshot.update([&](Snapshot &s) {
            merge_refresh(s, std::move(fresh), floor_present, floor_value, std::move(blacklist),
                          now, d_.config.node_ttl_ms);
            primaries = s.live_primaries;
        });
        if (primaries > 1)
            d_.metrics.split_brain.fetch_add(1, std::memory_order_relaxed);
        d_.metrics.registry_refreshes.fetch_add(1, std::memory_order_relaxed);
        d_.guard.observe_generation(d_.client.generation());
        // No floor: Redis emptied or never initialized. A floor beyond the
        // primary: the raise checks it against the primary itself.
        if (!floor_present || floor_beyond_primary(*d_.snapshot.load(), now, d_.config.node_ttl_ms))
            d_.guard.mark_suspect();
    } catch (const redis::Error &) {
        d_.metrics.registry_refresh_failures.fetch_add(1, std::memory_order_relaxed);
        d_.guard.mark_suspect();
        d_.breaker.record_failure();
    }
}

void RegistryWatcher::reread_pending() {
    std::set<std::string> nodes;
    {
        std::lock_guard<std::mutex> lock(reread_mutex_);
        nodes.swap(reread_);
    }
    for (const std::string &name : nodes) {
        if (stop_.load())
            return;
        try {
            auto reply = d_.client.command({"HGETALL", schema::node_key(d_.config.cluster, name)});
            const int64_t now = unix_now_ms();
            auto e = build_entry(name, reply.get(), now);
            d_.metrics.registry_rereads.fetch_add(1, std::memory_order_relaxed);
            d_.snapshot.update([&](Snapshot &s) {
                replace_node(s, name, std::move(e), now, d_.config.node_ttl_ms);
            });
        } catch (const redis::Error &) {
            // The entry stays superseded (not used); the next full refresh
            // reads it again.
            d_.metrics.registry_refresh_failures.fetch_add(1, std::memory_order_relaxed);
        }
    }
}

void RegistryWatcher::raise_floor() {
    const uint64_t epoch = d_.guard.begin_raise();
    try {
        // The primary's WAL position now is past every commit acknowledged
        // before this moment, including any whose token was lost.
        Lsn lsn = d_.primary_current_lsn();
        const Lsn stored = d_.tokens.raise_floor(lsn);
        // Above what the primary had: another router's raise just now, or a
        // floor no raise can have written (docs/design.md: logged, replicas
        // unused until fixed, never ignored).
        if (lsn < stored && (lsn = d_.primary_current_lsn()) < stored) {
            d_.guard.floor_above_primary(stored.str(), lsn.str());
            return;
        }
        std::string msg;
        schema::append_event_pair(msg, schema::field::v, schema::kVersionText);
        schema::append_event_pair(msg, schema::field::floor, stored.str());
        d_.client.command({"PUBLISH", schema::events_channel(d_.config.cluster), msg});
        d_.snapshot.update([&](Snapshot &s) {
            // A snapshot floor above the primary came from no raise (a forged
            // event): the floor Redis holds now replaces it.
            s.floor = s.floor <= lsn ? max(s.floor, stored) : stored;
            s.floor_present = true;
        });
        d_.breaker.record_success();
        d_.guard.finish_raise(epoch, d_.client.generation());
    } catch (...) {
        d_.metrics.floor_raise_failures.fetch_add(1, std::memory_order_relaxed);
    }
}

}  // namespace lsnroute
