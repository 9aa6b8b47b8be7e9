// The registry watcher: keeps the router's snapshot fresh and raises the
// floor when the floor guard asks for it. Two background threads per router:
//   * the subscriber, blocked in redis::Subscriber::run on lsnroute:{C}:events,
//     applying each message to the snapshot;
//   * the maintainer, doing a full refresh every refresh_ms (and at once after
//     a resubscription or an event of an unknown node: messages can be missed),
//     re-reading the hash of a node whose event showed another identity, and
//     the floor raises.
// Readers of the snapshot never wait for either. Neither thread lets an
// exception end it: what comes from Redis is data, never a reason to stop.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <thread>

#include "breaker.hpp"
#include "config.hpp"
#include "floor_guard.hpp"
#include "metrics.hpp"
#include "registry_snapshot.hpp"
#include "token_store.hpp"

namespace lsnroute {

class RegistryWatcher {
  public:
    struct Deps {
        const Config &config;
        redis::Client &client;
        TokenStore &tokens;
        SnapshotHolder &snapshot;
        FloorGuard &guard;
        Breaker &breaker;
        Metrics &metrics;
        // pg_current_wal_lsn() of the primary; throws on failure.
        std::function<Lsn()> primary_current_lsn;
    };

    explicit RegistryWatcher(Deps deps);
    ~RegistryWatcher();  // stops and joins both threads
    RegistryWatcher(const RegistryWatcher &) = delete;
    RegistryWatcher &operator=(const RegistryWatcher &) = delete;

    void request_refresh() noexcept;
    // Applies one event message (public for the subscriber and for tests).
    void apply_message(std::string_view message);
    // A node entry as the router uses it, from the node's HGETALL reply:
    // parsed, its dsn reduced to host/hostaddr/port and merged with `pg`,
    // checked against allowed_hosts and the clock. nullopt (counted by
    // reason) when the node cannot be used. Public for tests.
    std::optional<NodeEntry> build_entry(const std::string &name, const redisReply *hash,
                                         int64_t now_ms);

  private:
    void run_subscriber();
    void maintain();
    void maintain_once(int64_t &next_refresh);
    void refresh();
    void reread_pending();
    void raise_floor();

    Deps d_;
    std::atomic<bool> stop_{false};
    std::atomic<bool> refresh_requested_{true};
    std::mutex reread_mutex_;
    std::set<std::string> reread_;  // nodes whose hash an event made stale
    std::unique_ptr<redis::Subscriber> subscriber_;
    std::thread subscriber_thread_;
    std::thread maintainer_thread_;
};

}  // namespace lsnroute
