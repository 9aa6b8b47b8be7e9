// How far, in time, a standby's replay is behind its primary, and how we
// know (the registry's lag_ms and lag_source).
//
// The WAL receiver tells us the primary's WAL end (latestWalEnd) each time it
// hears from the primary. We remember when each new WAL end was first seen;
// the lag is the age of the oldest WAL end that replay has not reached yet.
// So an apply delay of 500 ms shows as ~500 ms, an idle primary (nothing
// unreplayed) as 0, and the commit timestamps of old transactions play no
// part. While the receiver hears nothing, the lag is at least the silence.
//
// Ages are measured on the monotonic clock: a wall-clock step backwards must
// not make WAL first seen "in the future" look unreplayed-for-0-ms.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace lsnroute::ext {

// docs/design.md 1.1 lag_source: receiver (what the WAL receiver last heard),
// silence (lag_ms is at least a silence longer than the threshold, or the
// receiver stopped streaming), unknown (nothing heard from the primary since
// this worker started, or wal_receiver_timeout = 0 so silence cannot be told).
enum class LagSource { receiver, silence, unknown };

class LagEstimator {
  public:
    struct Input {
        int64_t now_ms;   // wall clock (the receiver's timestamps are wall clock)
        int64_t mono_ms;  // monotonic clock
        uint64_t replay_lsn;
        uint64_t primary_wal_end;  // 0 when the receiver never heard one
        bool receiver_streaming;
        int64_t last_heard_ms;  // wall clock of the last real message from the primary; 0: none
        // silence longer than this means cut off; <= 0 (wal_receiver_timeout = 0):
        // silence cannot be told from idleness, the source stays unknown
        int64_t silence_limit_ms;
    };

    explicit LagEstimator(int64_t started_mono_ms) noexcept : started_mono_ms_(started_mono_ms) {}

    // Feeds one observation and returns the lag in milliseconds (>= 0).
    int64_t update(const Input &in) noexcept;

    // Where the lag of the last update() came from.
    LagSource source() const noexcept { return source_; }

    // Forgets everything (after a promotion or a timeline switch).
    void reset(int64_t mono_ms) noexcept {
        count_ = 0;
        started_mono_ms_ = mono_ms;
        heard_wall_ms_ = 0;
        heard_mono_ms_ = 0;
        source_ = LagSource::unknown;
    }

    size_t samples() const noexcept { return count_; }

  private:
    struct Sample {
        uint64_t wal_end;
        int64_t first_seen_mono_ms;
    };
    static constexpr size_t kCapacity = 128;

    Sample &at(size_t i) noexcept { return ring_[(head_ + i) % kCapacity]; }

    std::array<Sample, kCapacity> ring_{};
    size_t head_ = 0;  // oldest sample
    size_t count_ = 0;
    int64_t started_mono_ms_;
    // Last time the receiver heard the primary, taken only while it streams:
    // each reconnect attempt resets lastMsgReceiptTime to "now" although
    // nothing was heard, which would make a cut-off standby look fresh.
    // Kept as the wall-clock value (to spot a new message) and as the
    // monotonic moment it stands for (to measure the silence).
    int64_t heard_wall_ms_ = 0;
    int64_t heard_mono_ms_ = 0;
    LagSource source_ = LagSource::unknown;
};

}  // namespace lsnroute::ext
