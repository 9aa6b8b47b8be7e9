#include "number_text.hpp"

#include <cstdio>

namespace lsnroute::workload {

std::string number_text(const char *fmt, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, v);
    return buf;
}

std::string duration_text(double us) {
    if (us < 1000)
        return number_text("%.0f µs", us);
    if (us < 10000)
        return number_text("%.1f ms", us / 1000);
    return number_text("%.0f ms", us / 1000);
}

}  // namespace lsnroute::workload
