// How far, in time, a standby's replay is behind its primary.
//
// The WAL receiver tells us the primary's WAL end (latestWalEnd) each time it
// hears from the primary. We remember when each new WAL end was first seen;
// the lag is the age of the oldest WAL end that replay has not reached yet.
// So an apply delay of 500 ms shows as ~500 ms, an idle primary (nothing
// unreplayed) as 0, and the commit timestamps of old transactions play no
// part. While the receiver hears nothing, the lag is at least the silence.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace lsnroute::ext {

class LagEstimator {
  public:
    struct Input {
        int64_t now_ms;
        uint64_t replay_lsn;
        uint64_t primary_wal_end;  // 0 when the receiver never heard one
        bool receiver_streaming;
        int64_t last_heard_ms;  // last real message from the primary; 0 when unknown
        int64_t
            silence_limit_ms;  // silence longer than this means cut off; <= 0: only "not streaming"
    };

    explicit LagEstimator(int64_t started_ms) noexcept : started_ms_(started_ms) {}

    // Feeds one observation and returns the lag in milliseconds (>= 0).
    int64_t update(const Input &in) noexcept;

    // Forgets the samples (after a promotion or a timeline switch).
    void reset(int64_t now_ms) noexcept {
        count_ = 0;
        started_ms_ = now_ms;
        heard_ms_ = 0;
    }

    size_t samples() const noexcept { return count_; }

  private:
    struct Sample {
        uint64_t wal_end;
        int64_t first_seen_ms;
    };
    static constexpr size_t kCapacity = 128;

    Sample &at(size_t i) noexcept { return ring_[(head_ + i) % kCapacity]; }

    std::array<Sample, kCapacity> ring_{};
    size_t head_ = 0;  // oldest sample
    size_t count_ = 0;
    int64_t started_ms_;
    // Last time the receiver heard the primary, taken only while it streams:
    // each reconnect attempt resets lastMsgReceiptTime to "now" although
    // nothing was heard, which would make a cut-off standby look fresh.
    int64_t heard_ms_ = 0;
};

}  // namespace lsnroute::ext
