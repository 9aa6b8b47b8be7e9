// Time bounds of the Redis layer: every public call gets one deadline
// (now + Options::timeout) that covers connect, AUTH, redirections and
// retries; every blocking step asks how much of it is left.
#pragma once

#include <sys/time.h>

#include <algorithm>
#include <chrono>

namespace lsnroute::redis {

using Clock = std::chrono::steady_clock;
using Deadline = Clock::time_point;

inline Deadline deadline_after(std::chrono::milliseconds timeout) {
    return Clock::now() + timeout;
}

inline bool expired(Deadline d) {
    return Clock::now() >= d;
}

// What is left of d, at least 1 ms: hiredis reads a zero timeval as "block
// forever", which is exactly what a deadline must never turn into.
inline timeval remaining_timeval(Deadline d) {
    auto left = std::chrono::duration_cast<std::chrono::microseconds>(d - Clock::now());
    left = std::max(left, std::chrono::microseconds(1000));
    timeval tv{};
    tv.tv_sec = static_cast<time_t>(left.count() / 1000000);
    tv.tv_usec = static_cast<suseconds_t>(left.count() % 1000000);
    return tv;
}

}  // namespace lsnroute::redis
