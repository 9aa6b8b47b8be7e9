#include "publish_policy.hpp"

namespace lsnroute::ext {

bool PublishPolicy::due(const NodeSnapshot &n, int64_t lag_ms, LagSource source,
                        int64_t heartbeat_interval_ms) const noexcept {
    if (!valid_)
        return true;
    if (n.mono_ms - at_mono_ms_ >= heartbeat_interval_ms)
        return true;
    if (lag_ms >= lag_ms_ + kLagStepMs || lag_ms <= lag_ms_ - kLagStepMs ||
        (lag_ms == 0) != (lag_ms_ == 0) || source != lag_source_)
        return true;
    return primary_ != !n.in_recovery || timeline_ != n.timeline || replay_ != n.replay_lsn ||
           receive_ != n.receive_lsn || flush_ != n.flush_lsn || paused_ != n.paused;
}

void PublishPolicy::published(const NodeSnapshot &n, int64_t lag_ms, LagSource source) noexcept {
    valid_ = true;
    primary_ = !n.in_recovery;
    timeline_ = n.timeline;
    replay_ = n.replay_lsn;
    receive_ = n.receive_lsn;
    flush_ = n.flush_lsn;
    paused_ = n.paused;
    lag_ms_ = lag_ms;
    lag_source_ = source;
    at_mono_ms_ = n.mono_ms;
}

}  // namespace lsnroute::ext
