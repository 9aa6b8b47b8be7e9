// The configuration string (client/src/config.cpp): Config::parse throws
// ConfigError and nothing else; split_conninfo's pairs survive
// merge_conninfo's re-quoting unchanged.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check.hpp"
#include "config.hpp"

using lsnroute::ConfigError;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const std::string text(reinterpret_cast<const char *>(data), size);
    try {
        const lsnroute::Config c = lsnroute::Config::parse(text);
        FUZZ_CHECK(c.token_ttl_ms > c.max_lag_ms);
        FUZZ_CHECK(!c.redis.seeds.empty());
        for (const auto &ep : c.redis.seeds)
            FUZZ_CHECK(!ep.host.empty() && ep.port >= 1 && ep.port <= 65535);
    } catch (const ConfigError &) {
    }
    try {
        const auto pairs = lsnroute::split_conninfo(text);
        const std::string merged = lsnroute::merge_conninfo(text, "");
        FUZZ_CHECK(lsnroute::split_conninfo(merged) == pairs);
    } catch (const ConfigError &) {
    }
    return 0;
}
