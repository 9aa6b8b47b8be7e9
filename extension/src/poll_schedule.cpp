#include "poll_schedule.hpp"

namespace lsnroute::ext {

void PollSchedule::polled(int64_t mono_ms, bool in_recovery, uint64_t replay_lsn,
                          uint64_t receive_lsn) noexcept {
    if (!in_recovery) {
        streaming_ = false;  // a primary's LSNs matter less: its own pace
        seen_ = false;
    } else {
        if (seen_ && (replay_lsn != replay_ || receive_lsn != receive_))
            moved_at_ms_ = mono_ms;
        seen_ = true;
        replay_ = replay_lsn;
        receive_ = receive_lsn;
        streaming_ = moved_at_ms_ != 0 && mono_ms - moved_at_ms_ < kStreamingWindowMs;
    }
    const int64_t interval = interval_ms();
    next_ms_ += interval;
    if (next_ms_ <= mono_ms || next_ms_ > mono_ms + interval)
        next_ms_ = mono_ms + interval;
}

}  // namespace lsnroute::ext
