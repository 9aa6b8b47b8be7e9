// The parts of one router and the decisions shared by request mode,
// advisory mode and carried-token mode.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "blacklist.hpp"
#include "breaker.hpp"
#include "config.hpp"
#include "floor_guard.hpp"
#include "lsnroute/lsnroute.hpp"
#include "metrics.hpp"
#include "pg_pool.hpp"
#include "redis/redis_client.hpp"
#include "registry_snapshot.hpp"
#include "registry_watcher.hpp"
#include "replica_wait.hpp"
#include "routing.hpp"
#include "token_store.hpp"

namespace lsnroute {

// Where a connection goes: a registry node or the configured primary.
struct Target {
    std::string node;
    std::string dsn;  // merged with `pg`
    bool is_primary = false;
    std::string public_dsn;  // dsn without password: for lsnr_choice.dsn
};

// What begin() learned: the LSN a replica must have replayed, or why no
// replica may serve this request at all.
struct TokenView {
    Lsn token;
    Lsn floor;
    bool replicas_ok = false;
    Reason reason = Reason::FreshReplica;  // when !replicas_ok
    std::string error;                     // a malformed token, named
};

struct Router::Impl {
    explicit Impl(Config c);
    ~Impl();

    Config cfg;
    std::unique_ptr<redis::Client> redis;
    TokenStore tokens;
    SnapshotHolder snapshot;
    LocalBlacklist local_blacklist;
    Breaker breaker;
    FloorGuard guard;
    PolicyState policy_state;
    Metrics metrics;
    PoolSet pools;
    std::atomic<bool> have_extension{true};
    std::string primary_dsn;                   // the `primary` option merged with `pg`
    std::string primary_public_dsn;            // the same without password
    std::unique_ptr<RegistryWatcher> watcher;  // last: its threads use everything above

    // Request/advisory mode: token and floor from Redis (breaker, guard).
    TokenView fetch_token(std::string_view key);
    // Carried-token mode: no Redis at all.
    TokenView carried_token(std::string_view token) const;

    RouteParams params(const TokenView &tv, std::string_view exclude = {}) const;
    // The node for one read of a request that may use replicas (Routing rule
    // step 2, replica_wait.hpp): every mode goes through here. `may_wait`
    // false: no wait (a retry after the read already waited once).
    Routed route_read(const TokenView &tv, std::string_view exclude, bool may_wait);
    // The primary now: the registry's, the last one seen, or the `primary`
    // option. primary_target() waits up to timeout_ms for one to become known
    // (cold start, a failover) and then throws Error(no_primary).
    std::optional<Target> known_primary(const Snapshot &snap) const;
    Target primary_target(const Snapshot &snap) const;
    static Target replica_target(const NodeEntry &e);

    // Hint mode: the request uses max(token view, hint); a malformed hint
    // makes it a bad token (the primary only), as in carried-token mode.
    static void apply_hint(TokenView &tv, std::string_view hint);
    // Saves the token of `key`, retrying within timeout_ms. False, with the
    // reason in `why`, when it could not be saved (or replicated, with
    // redis_wait_replicas): the router then treats Redis as unhealthy.
    // `stored` (when given and saved): the key's token afterwards, the
    // larger of lsn and what was there.
    bool save_token(std::string_view key, Lsn lsn, std::string &why,
                    Lsn *stored = nullptr) noexcept;

    // Blacklists locally at once and in Redis (if the breaker allows).
    void blacklist_node(std::string_view node, long ms) noexcept;
    // A Redis call failed: breaker opens, tokens may be lost.
    void redis_failed() noexcept;
    Lsn primary_current_lsn();
    Metrics::Gauges gauges() const;
};

}  // namespace lsnroute
