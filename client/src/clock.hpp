// Time sources of the router. Registry times (published_at_ms, blacklist
// scores) are Unix milliseconds written by other hosts, so they are compared
// with the wall clock; timeouts and the breaker use the monotonic clock.
#pragma once

#include <chrono>
#include <cstdint>

namespace lsnroute {

inline int64_t unix_now_ms() noexcept {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

inline int64_t steady_now_ms() noexcept {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

inline int64_t steady_now_ns() noexcept {
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace lsnroute
