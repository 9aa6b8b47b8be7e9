// Sentinel's "+switch-master <name> <old-ip> <old-port> <new-ip> <new-port>"
// message (client/src/redis/sentinel.cpp).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "redis/sentinel.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const std::string_view msg(reinterpret_cast<const char *>(data), size);
    static const std::string name = "mymaster";
    if (const auto ep = lsnroute::redis::parse_switch_master(msg, name)) {
        FUZZ_CHECK(!ep->host.empty());
        FUZZ_CHECK(ep->port >= 1 && ep->port <= 65535);
    }
    return 0;
}
