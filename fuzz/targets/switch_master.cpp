// Sentinel's "+switch-master <name> <old-ip> <old-port> <new-ip> <new-port>"
// message (common/redis_protocol.cpp, which the client's subscribers use).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "redis_protocol.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const std::string_view msg(reinterpret_cast<const char *>(data), size);
    if (const auto ep = lsnroute::redis_protocol::parse_switch_master(msg, "mymaster")) {
        FUZZ_CHECK(!ep->host.empty());
        FUZZ_CHECK(ep->port >= 1 && ep->port <= 65535);
    }
    return 0;
}
