#include "lag_estimator.hpp"

#include <algorithm>

namespace lsnroute::ext {

int64_t LagEstimator::update(const Input &in) noexcept {
    if (in.primary_wal_end != 0) {
        if (count_ == 0 || in.primary_wal_end > at(count_ - 1).wal_end) {
            if (count_ < kCapacity) {
                at(count_) = Sample{in.primary_wal_end, in.now_ms};
                ++count_;
            } else {
                // Full: stretch the newest sample. Its older first-seen time can
                // only overstate the lag of the WAL it now covers: safe side.
                at(count_ - 1).wal_end = in.primary_wal_end;
            }
        }
    }
    while (count_ > 0 && at(0).wal_end <= in.replay_lsn) {
        head_ = (head_ + 1) % kCapacity;
        --count_;
    }
    int64_t lag = count_ == 0 ? 0 : std::max<int64_t>(0, in.now_ms - at(0).first_seen_ms);

    // Not hearing the primary means we cannot know what we miss: a cut-off
    // standby must never look fresh.
    if (in.receiver_streaming && in.last_heard_ms > heard_ms_)
        heard_ms_ = in.last_heard_ms;
    const int64_t heard = heard_ms_ != 0 ? heard_ms_ : started_ms_;
    const int64_t silence = std::max<int64_t>(0, in.now_ms - heard);
    const bool cut_off =
        !in.receiver_streaming || (in.silence_limit_ms > 0 && silence > in.silence_limit_ms);
    if (cut_off)
        lag = std::max(lag, silence);
    return lag;
}

}  // namespace lsnroute::ext
