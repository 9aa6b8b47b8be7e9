// A circuit breaker on Redis (docs/design.md "Faults": Redis down or slow).
//
//   closed    -- a failure -->  open
//   open      -- cooldown elapsed: the next caller becomes the one probe --> half-open
//   half-open -- probe succeeds --> closed;  probe fails --> open (cooldown again)
//             -- no report for a cooldown: the next caller is the probe
//
// One failure opens it: an outage costs one timeout_ms, after which requests
// skip Redis (and go to the primary) at no cost until a single probe shows
// Redis answering again. The clock is injected for tests.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>

namespace lsnroute {

class Breaker {
  public:
    enum class State { Closed = 0, Open = 1, HalfOpen = 2 };
    using Clock = std::function<int64_t()>;  // monotonic milliseconds

    Breaker(int64_t cooldown_ms, Clock clock);

    // May this caller talk to Redis now? In half-open exactly one caller (the
    // probe) gets true until it reports back.
    bool allow() noexcept;
    void record_success() noexcept;
    void record_failure() noexcept;

    State state() const noexcept { return static_cast<State>(state_.load()); }
    uint64_t opened_count() const noexcept { return opened_.load(); }

  private:
    const int64_t cooldown_ms_;
    Clock clock_;
    std::atomic<int> state_{0};
    std::atomic<uint64_t> opened_{0};
    std::mutex mutex_;  // transitions only; the closed fast path is one atomic load
    int64_t opened_at_ms_ = 0;
    bool probe_out_ = false;
    int64_t probe_at_ms_ = 0;  // when the outstanding probe was let through
};

const char *breaker_state_name(Breaker::State s) noexcept;

}  // namespace lsnroute
