// When the worker publishes this node's registry entry: the pure decision,
// free of PostgreSQL and Redis so extension/test can unit-test it.
//
// A publish is due when nothing was published yet (or a reload, a Sentinel
// move asked for a republish), when the heartbeat interval passed on the
// monotonic clock, when the lag moved by kLagStepMs or to or from 0, or when
// the lag source, role, timeline, an LSN or the replay pause changed.
#pragma once

#include "lag_estimator.hpp"
#include "node_probe.hpp"

#include <cstdint>

namespace lsnroute::ext {

class PublishPolicy {
  public:
    // A lag that moved this much is republished without waiting for the
    // heartbeat: a standby falling behind must stop looking fresh soon.
    static constexpr int64_t kLagStepMs = 50;

    bool due(const NodeSnapshot &node, int64_t lag_ms, LagSource source,
             int64_t heartbeat_interval_ms) const noexcept;

    // Redis accepted this entry (published at node.mono_ms).
    void published(const NodeSnapshot &node, int64_t lag_ms, LagSource source) noexcept;

    // The next due() says yes (new settings, a new Redis master).
    void republish() noexcept { valid_ = false; }

  private:
    bool valid_ = false;
    bool primary_ = false;
    uint32_t timeline_ = 0;
    uint64_t replay_ = 0, receive_ = 0, flush_ = 0;
    bool paused_ = false;
    int64_t lag_ms_ = 0;
    LagSource lag_source_ = LagSource::unknown;
    int64_t at_mono_ms_ = 0;
};

}  // namespace lsnroute::ext
