// The Redis circuit breaker's state machine.
#include "breaker.hpp"

namespace lsnroute {

Breaker::Breaker(int64_t cooldown_ms, Clock clock)
    : cooldown_ms_(cooldown_ms), clock_(std::move(clock)) {}

bool Breaker::allow() noexcept {
    if (state_.load(std::memory_order_acquire) == static_cast<int>(State::Closed))
        return true;
    std::lock_guard<std::mutex> lock(mutex_);
    const State s = static_cast<State>(state_.load());
    if (s == State::Closed)
        return true;
    if (s == State::Open) {
        if (clock_() - opened_at_ms_ < cooldown_ms_)
            return false;
        state_.store(static_cast<int>(State::HalfOpen));
        probe_out_ = true;
        probe_at_ms_ = clock_();
        return true;
    }
    // Half-open: one probe at a time. A probe that never reported back (its
    // caller took a path that records nothing) must not keep Redis unused
    // for good: after another cooldown, the next caller probes.
    if (probe_out_ && clock_() - probe_at_ms_ < cooldown_ms_)
        return false;
    probe_out_ = true;
    probe_at_ms_ = clock_();
    return true;
}

void Breaker::record_success() noexcept {
    if (state_.load(std::memory_order_acquire) == static_cast<int>(State::Closed))
        return;
    std::lock_guard<std::mutex> lock(mutex_);
    // Only the probe's answer closes a half-open breaker; a late success of a
    // call that started before the outage must not close an open one.
    if (static_cast<State>(state_.load()) == State::HalfOpen) {
        state_.store(static_cast<int>(State::Closed));
        probe_out_ = false;
    }
}

void Breaker::record_failure() noexcept {
    std::lock_guard<std::mutex> lock(mutex_);
    if (static_cast<State>(state_.load()) != State::Open)
        opened_.fetch_add(1);
    state_.store(static_cast<int>(State::Open));
    opened_at_ms_ = clock_();
    probe_out_ = false;
}

const char *breaker_state_name(Breaker::State s) noexcept {
    switch (s) {
        case Breaker::State::Closed:
            return "closed";
        case Breaker::State::Open:
            return "open";
        case Breaker::State::HalfOpen:
            return "half_open";
    }
    return "closed";
}

}  // namespace lsnroute
