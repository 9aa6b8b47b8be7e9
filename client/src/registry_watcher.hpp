// The registry watcher: keeps the router's snapshot fresh and raises the
// floor when the floor guard asks for it. Two background threads per router:
//   * the subscriber, blocked in redis::Subscriber::run on lsnroute:{C}:events,
//     applying each message to the snapshot;
//   * the maintainer, doing a full refresh every refresh_ms (and at once after
//     a resubscription or an event of an unknown node: messages can be missed)
//     and the floor raises.
// Readers of the snapshot never wait for either.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
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

  private:
    void maintain();
    void refresh();
    void raise_floor();

    Deps d_;
    std::atomic<bool> stop_{false};
    std::atomic<bool> refresh_requested_{true};
    std::unique_ptr<redis::Subscriber> subscriber_;
    std::thread subscriber_thread_;
    std::thread maintainer_thread_;
};

}  // namespace lsnroute
