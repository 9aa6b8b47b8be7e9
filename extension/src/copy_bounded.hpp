// Copies a string into a fixed-size C buffer (shared memory, a status row),
// cut to fit and always NUL-terminated. PostgreSQL-free, so the unit tests
// can use what includes it.
#pragma once

#include <algorithm>
#include <cstring>
#include <string_view>

namespace lsnroute::ext {

inline void copy_bounded(char *dst, size_t size, std::string_view src) {
    const size_t n = std::min(size - 1, src.size());
    std::memcpy(dst, src.data(), n);
    dst[n] = '\0';
}

}  // namespace lsnroute::ext
