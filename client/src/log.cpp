// Warnings on stderr.
#include "log.hpp"

#include <cstdio>

namespace lsnroute {

void log_warning(const std::string &message) noexcept {
    std::fprintf(stderr, "lsnroute: WARNING: %s\n", message.c_str());
}

bool LogLimiter::allow(int64_t now_ms) noexcept {
    int64_t last = last_ms_.load(std::memory_order_relaxed);
    if (now_ms - last < interval_ms_)
        return false;
    return last_ms_.compare_exchange_strong(last, now_ms, std::memory_order_relaxed);
}

}  // namespace lsnroute
