// When the worker polls next: every publish_interval, and every
// streaming_interval on a standby while WAL streams in (receive or replay
// moved within the last kStreamingWindowMs), so the registry is fresh while
// it matters and the worker nearly idle otherwise.
//
// Runs on the monotonic clock only (a wall-clock step neither stops nor
// hurries it); PostgreSQL-free so that it is unit-tested.
#pragma once

#include <cstdint>

namespace lsnroute::ext {

class PollSchedule {
  public:
    static constexpr int64_t kStreamingWindowMs = 100;

    // slow_ms: publish_interval; fast_ms: streaming_interval (<= 0: none).
    void set_intervals(int slow_ms, int fast_ms) noexcept {
        slow_ms_ = slow_ms > 0 ? slow_ms : 1;
        fast_ms_ = fast_ms > 0 && fast_ms < slow_ms_ ? fast_ms : slow_ms_;
    }
    // Polls at once (after a reload).
    void poll_now() noexcept { next_ms_ = 0; }

    bool due(int64_t mono_ms) const noexcept { return mono_ms >= next_ms_; }

    // Records a poll made at mono_ms and schedules the next one on a fixed
    // cadence (the time a publish took does not stretch the period, unless
    // a whole interval was lost).
    void polled(int64_t mono_ms, bool in_recovery, uint64_t replay_lsn,
                uint64_t receive_lsn) noexcept;

    // Milliseconds from mono_ms until the next poll (>= 0).
    int64_t wait_ms(int64_t mono_ms) const noexcept {
        return next_ms_ > mono_ms ? next_ms_ - mono_ms : 0;
    }
    bool streaming() const noexcept { return streaming_; }
    int64_t interval_ms() const noexcept { return streaming_ ? fast_ms_ : slow_ms_; }

  private:
    int slow_ms_ = 10;
    int fast_ms_ = 10;
    int64_t next_ms_ = 0;
    bool streaming_ = false;
    bool seen_ = false;
    uint64_t replay_ = 0, receive_ = 0;
    int64_t moved_at_ms_ = 0;
};

}  // namespace lsnroute::ext
