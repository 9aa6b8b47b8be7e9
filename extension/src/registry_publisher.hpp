// The worker's brain: decides when to publish this node's registry entry and
// publishes it (HSET + PEXPIRE + SADD + PUBLISH in one pipelined round trip),
// keeping the Redis connection alive with capped exponential backoff.
#pragma once

#include "lag_estimator.hpp"
#include "node_probe.hpp"
#include "redis_connection.hpp"
#include "settings.hpp"

#include <optional>
#include <string>

namespace lsnroute::ext {

class RegistryPublisher {
  public:
    RegistryPublisher(Settings settings, RedisConnection::AbortCheck abort_check, int64_t now_ms);

    // Takes new settings after SIGHUP; drops the connection when any Redis
    // setting changed, and republishes at once.
    void reload(Settings settings);

    // One poll: publishes when something moved or the heartbeat is due.
    void tick(const NodeSnapshot &node);

    const Settings &settings() const noexcept { return settings_; }

  private:
    struct Published {
        bool valid = false;
        bool primary = false;
        uint32_t timeline = 0;
        uint64_t replay = 0, receive = 0, flush = 0;
        bool paused = false;
        int64_t lag_ms = 0;
        int64_t at_ms = 0;
    };

    bool due(const NodeSnapshot &node, int64_t lag_ms) const;
    void ensure_connected();
    void publish(const NodeSnapshot &node, int64_t lag_ms);
    void fail(int64_t now_ms, const std::string &error);
    uint64_t seq_from_redis();
    void follow_moved(const std::string &error_text);

    Settings settings_;
    RedisConnection::AbortCheck abort_check_;
    std::optional<RedisConnection> conn_;
    std::optional<Endpoint> redirect_;  // from a Cluster MOVED reply
    int64_t next_attempt_ms_ = 0;
    int64_t backoff_ms_ = 0;
    LagEstimator lag_;
    bool was_primary_ = false;
    Published last_;
    uint64_t seq_ = 0;
};

}  // namespace lsnroute::ext
