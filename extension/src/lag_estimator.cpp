#include "lag_estimator.hpp"

#include <algorithm>

namespace lsnroute::ext {

int64_t LagEstimator::update(const Input &in) noexcept {
    if (in.primary_wal_end != 0) {
        if (count_ == 0 || in.primary_wal_end > at(count_ - 1).wal_end) {
            if (count_ < kCapacity) {
                at(count_) = Sample{in.primary_wal_end, in.mono_ms};
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
    int64_t lag = count_ == 0 ? 0 : std::max<int64_t>(0, in.mono_ms - at(0).first_seen_mono_ms);

    // Not hearing the primary means we cannot know what we miss: a cut-off
    // standby must never look fresh.
    if (in.receiver_streaming && in.last_heard_ms > heard_wall_ms_) {
        heard_wall_ms_ = in.last_heard_ms;
        // How long ago that message arrived, by the wall clock (never
        // negative, so a clock step cannot move it into the future).
        heard_mono_ms_ = in.mono_ms - std::max<int64_t>(0, in.now_ms - in.last_heard_ms);
    }
    const bool heard = heard_wall_ms_ != 0;
    const int64_t since = heard ? heard_mono_ms_ : started_mono_ms_;
    const int64_t silence = std::max<int64_t>(0, in.mono_ms - since);
    const bool cut_off =
        !in.receiver_streaming || (in.silence_limit_ms > 0 && silence > in.silence_limit_ms);
    if (cut_off)
        lag = std::max(lag, silence);
    if (!heard || in.silence_limit_ms <= 0)
        source_ = LagSource::unknown;
    else
        source_ = cut_off ? LagSource::silence : LagSource::receiver;
    return lag;
}

}  // namespace lsnroute::ext
