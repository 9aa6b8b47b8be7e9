// The one upper bound a client test may put on a wall-clock duration, in
// the style of PostgreSQL's PG_TEST_TIMEOUT_DEFAULT: long enough that a
// loaded 2-core machine never reaches it, so it only catches a hang (a call
// that ignores its timeout and blocks for good). LSNR_TEST_TIMEOUT_S
// overrides the default of 60 s.
#pragma once

#include <chrono>
#include <cstdlib>

namespace lsnroute::test {

inline std::chrono::seconds timeout_default() {
    const char *env = std::getenv("LSNR_TEST_TIMEOUT_S");
    const long s = env ? std::strtol(env, nullptr, 10) : 0;
    return std::chrono::seconds(s > 0 ? s : 60);
}

}  // namespace lsnroute::test
