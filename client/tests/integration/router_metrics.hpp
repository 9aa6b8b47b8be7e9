// Reading a router's Prometheus text in the integration tests.
#pragma once

#include <gtest/gtest.h>
#include <lsnroute.h>

#include <cstdlib>
#include <cstring>
#include <string>

namespace lsnroute::itest {

inline std::string metrics_of(lsnr_router *r) {
    std::string buf(65536, '\0');
    EXPECT_EQ(lsnr_metrics(r, buf.data(), buf.size()), LSNR_OK);
    buf.resize(std::strlen(buf.c_str()));
    return buf;
}

// `line` is one whole line of the text.
inline bool has_line(const std::string &text, const std::string &line) {
    return text.find("\n" + line + "\n") != std::string::npos;
}

// The value of an unlabelled sample, -1 when absent.
inline long sample_value(lsnr_router *r, const std::string &name) {
    const std::string m = metrics_of(r);
    const auto at = m.find("\n" + name + " ");
    return at == std::string::npos ? -1 : std::atol(m.c_str() + at + name.size() + 2);
}

}  // namespace lsnroute::itest
