// JSON text helpers shared by the workload summary and the benchmark report:
// one way to quote a string for JSON.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace lsnroute::workload {

// s as a JSON string literal, quotes included; control characters escaped.
inline std::string json_string(std::string_view s) {
    std::string o = "\"";
    for (char c : s) {
        switch (c) {
            case '"':
                o += "\\\"";
                break;
            case '\\':
                o += "\\\\";
                break;
            case '\n':
                o += "\\n";
                break;
            case '\t':
                o += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                    o += buf;
                } else {
                    o += c;
                }
        }
    }
    return o + "\"";
}

}  // namespace lsnroute::workload
