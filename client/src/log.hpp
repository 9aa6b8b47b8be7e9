// The router's warnings: one line each on stderr ("lsnroute: WARNING: ..."),
// for conditions an operator must fix (a floor above the primary, an evicting
// Redis). Callers rate-limit with LogLimiter so a condition that persists is
// not a flood. Never called with a secret in the text.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace lsnroute {

void log_warning(const std::string &message) noexcept;

// At most one message per interval.
class LogLimiter {
  public:
    explicit LogLimiter(int64_t interval_ms) : interval_ms_(interval_ms) {}
    // True when a message may be logged now (monotonic milliseconds).
    bool allow(int64_t now_ms) noexcept;

  private:
    const int64_t interval_ms_;
    std::atomic<int64_t> last_ms_{INT64_MIN / 2};
};

}  // namespace lsnroute
