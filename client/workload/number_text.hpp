// Numbers as a reader wants them in reports (the demo's summary, the
// benchmark's tables): one printf-style formatter and one duration format.
#pragma once

#include <string>

namespace lsnroute::workload {

// snprintf of one double into a std::string (formats up to 63 characters).
std::string number_text(const char *fmt, double v);

// Microseconds in the unit a reader wants: "85 µs", "1.3 ms", "512 ms".
std::string duration_text(double us);

}  // namespace lsnroute::workload
