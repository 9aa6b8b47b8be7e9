// The worker's brain: asks PublishPolicy whether this node's registry entry is
// due and publishes it (HSET + PEXPIRE + SADD + PUBLISH in one pipelined write,
// the replies read at the next poll or at once: finish_publish),
// keeping the Redis connection alive with capped exponential backoff, and,
// with Sentinels, following the master they name.
//
// Every schedule (heartbeat, backoff, Sentinel questions) runs on the
// monotonic clock of NodeSnapshot::mono_ms; published_at_ms stays wall clock.
#pragma once

#include "lag_estimator.hpp"
#include "node_probe.hpp"
#include "publish_policy.hpp"
#include "redis_connection.hpp"
#include "redis_session.hpp"
#include "settings.hpp"

#include <deque>
#include <optional>
#include <string>

namespace lsnroute::ext {

class RegistryPublisher {
  public:
    RegistryPublisher(Settings settings, RedisConnection::AbortCheck abort_check, int64_t mono_ms);

    // Takes new settings after SIGHUP; drops the connection when any Redis
    // setting changed, and republishes at once.
    void reload(Settings settings);

    // One poll: reads the replies to the previous publish (finish_publish),
    // then publishes when something moved or the heartbeat is due. The new
    // publish is only written: Redis acts on it at once, its replies wait
    // for the next tick or finish_publish().
    void tick(const NodeSnapshot &node);

    // Reads the replies to the publish written by the last tick, if any, and
    // records its outcome (status counters, failures, backoff). The worker
    // calls it when its next poll is far off, so that an idle worker does
    // not report a publish late; while WAL streams it leaves the replies to
    // the next tick, which saves one sleep and wake-up per publish.
    void finish_publish(int64_t mono_ms);

    // Messages for the server log at LOG level (start, Redis lost and
    // regained, a new Sentinel master), oldest first. The worker emits them
    // from a frame without C++ objects; they never contain a password.
    bool take_log(std::string *out);

  private:
    void ensure_connected();
    void follow_sentinels(int64_t mono_ms);
    void publish(const NodeSnapshot &node, int64_t lag_ms, LagSource source);
    void confirm_publish();
    void drop_connection();
    void fail(int64_t mono_ms, const std::string &error);
    void connected();
    uint64_t seq_from_redis();
    void follow_moved(const std::string &error_text);
    void log(std::string msg);
    std::string redis_target() const;

    Settings settings_;
    RedisConnection::AbortCheck abort_check_;
    std::optional<RedisConnection> conn_;
    std::optional<Endpoint> redirect_;  // from a Cluster MOVED reply
    std::optional<SentinelWatch> sentinels_;
    int64_t next_sentinel_check_ms_ = 0;
    int64_t next_attempt_ms_ = 0;
    int64_t backoff_ms_ = 0;
    LagEstimator lag_;
    bool was_primary_ = false;
    PublishPolicy policy_;
    uint64_t seq_ = 0;
    // A publish written whose replies are not read yet: what it published.
    struct Pending {
        NodeSnapshot node;
        int64_t lag_ms;
        LagSource source;
    };
    std::optional<Pending> pending_;
    // Reused by every publish (its capacity stays): the RESP of the
    // pipeline and the event message.
    std::string resp_, event_;

    // Logging state: lost/regained once per outage, "still down" at most
    // every kStillDownLogMs.
    bool redis_up_ = false;
    bool ever_connected_ = false;
    int64_t last_down_log_ms_ = 0;
    int64_t failures_since_log_ = 0;
    std::deque<std::string> log_;
};

// "receiver", "silence" or "unknown" (docs/design.md lag_source values).
std::string_view lag_source_text(LagSource s) noexcept;

}  // namespace lsnroute::ext
