// Snapshot maintenance: pub/sub events, periodic full refresh, floor raises.
#include "registry_watcher.hpp"

#include <algorithm>

#include "blacklist.hpp"
#include "clock.hpp"
#include "registry_schema.hpp"
#include "routing.hpp"

namespace lsnroute {
namespace {

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
    subscriber_thread_ = std::thread([this] {
        try {
            // A callback's exception would end run(): keep the subscription
            // alive; the periodic refresh repairs what a lost message missed.
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
            // run() only returns by stop(); anything else leaves the periodic
            // refresh to keep the snapshot fresh.
        }
    });
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

void RegistryWatcher::apply_message(std::string_view message) {
    const Event ev = parse_event(message);
    if (ev.kind == Event::Kind::Invalid) {
        d_.metrics.rejected(ev.reason);
        return;
    }
    d_.metrics.registry_events.fetch_add(1, std::memory_order_relaxed);
    if (ev.kind == Event::Kind::Floor) {
        d_.snapshot.update([&](Snapshot &s) {
            s.floor = max(s.floor, ev.floor);
            s.updated_at_ms = unix_now_ms();
        });
        return;
    }
    bool known = false;
    d_.snapshot.update([&](Snapshot &s) {
        auto it = std::find_if(s.nodes.begin(), s.nodes.end(),
                               [&](const NodeEntry &e) { return e.name == ev.node; });
        if (it == s.nodes.end())
            return;
        known = true;
        if (apply_event(*it, ev))
            s.updated_at_ms = unix_now_ms();
    });
    // A node we have no dsn for: only a full refresh can bring it in.
    if (!known)
        request_refresh();
}

void RegistryWatcher::maintain() {
    int64_t next_refresh = 0;
    while (!stop_.load()) {
        d_.guard.observe_generation(d_.client.generation());
        const int64_t now = steady_now_ms();
        if (refresh_requested_.exchange(false) || now >= next_refresh) {
            refresh();
            next_refresh = steady_now_ms() + d_.config.refresh_ms;
        }
        int64_t wait = next_refresh - steady_now_ms();
        if (d_.guard.needs_raise() && !stop_.load()) {
            raise_floor();
            // Retry soon while it keeps failing (Redis or the primary down).
            if (d_.guard.needs_raise())
                wait = std::min<int64_t>(wait, 100);
        }
        if (stop_.load())
            break;
        std::unique_lock<std::mutex> lock(d_.guard.mutex());
        if (wait > 0 && !refresh_requested_.load() && !stop_.load())
            d_.guard.wait_for_work(lock, wait);
    }
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
            if (m->type == REDIS_REPLY_STRING)
                names.emplace_back(m->str, m->len);
        }
        // All registry keys share the {C} hash tag: one pipeline, one server.
        std::vector<std::string> keys;
        keys.reserve(names.size());
        for (const auto &n : names)
            keys.push_back(schema::node_key(cluster, n));
        const std::string floor_key = schema::floor_key(cluster);
        const std::string bl_key = schema::blacklist_key(cluster);
        const int64_t now = unix_now_ms();
        const std::string after = "(" + std::to_string(now);
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
        for (size_t i = 0; i < names.size(); ++i) {
            const redisReply *r = replies[i].get();
            std::vector<std::pair<std::string, std::string>> fields;
            if (r && r->type == REDIS_REPLY_ARRAY) {
                for (size_t j = 0; j + 1 < r->elements; j += 2)
                    fields.emplace_back(
                        std::string(r->element[j]->str, r->element[j]->len),
                        std::string(r->element[j + 1]->str, r->element[j + 1]->len));
            }
            EntryParse p = parse_node_hash(names[i], fields);
            if (!p.entry) {
                // A member whose hash expired is simply absent (DESIGN.md).
                if (p.reason != RejectReason::Missing)
                    d_.metrics.rejected(p.reason);
                continue;
            }
            if (is_expired(*p.entry, now, d_.config.node_ttl_ms))
                d_.metrics.rejected(RejectReason::Expired);
            p.entry->client_dsn = merge_conninfo(p.entry->dsn, d_.config.pg);
            p.entry->client_dsn = merge_conninfo(p.entry->client_dsn, "connect_timeout=2");
            fresh.push_back(std::move(*p.entry));
        }
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
        d_.guard.eviction().update(parse_eviction_info(replies[names.size() + 2].get()));
        d_.snapshot.update([&](Snapshot &s) {
            merge_refresh(s, std::move(fresh), floor_present, floor_value, std::move(blacklist),
                          now);
        });
        d_.metrics.registry_refreshes.fetch_add(1, std::memory_order_relaxed);
        d_.guard.observe_generation(d_.client.generation());
        if (!floor_present)
            d_.guard.mark_suspect();  // Redis emptied or never initialized
        else if (floor_beyond_primary(*d_.snapshot.load(), now, d_.config.node_ttl_ms))
            d_.guard.mark_suspect();  // the raise checks it against the primary itself
    } catch (const redis::Error &) {
        d_.metrics.registry_refresh_failures.fetch_add(1, std::memory_order_relaxed);
        d_.guard.mark_suspect();
        d_.breaker.record_failure();
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
        // floor no raise can have written (DESIGN.md: logged, replicas
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
    } catch (const std::exception &) {
        d_.metrics.floor_raise_failures.fetch_add(1, std::memory_order_relaxed);
    }
}

}  // namespace lsnroute
