// The extension's pure reply parsers (extension/src/redis_replies.cpp): any
// reply hiredis can decode as a Sentinel master address and as ROLE, and the
// input as text for the address lists and MOVED.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "redis_replies.hpp"
#include "resp.hpp"

using namespace lsnroute::ext;

namespace {
void check(const Endpoint &ep) {
    FUZZ_CHECK(!ep.host.empty() && ep.port >= 1 && ep.port <= 65535);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (const fuzz::Reply reply = fuzz::decode(text)) {
        if (const auto ep = parse_master_addr_reply(reply.get()))
            check(*ep);
        (void)parse_role_reply(reply.get());
    }
    if (const auto ep = parse_endpoint(text))
        check(*ep);
    std::vector<Endpoint> eps;
    std::string bad;
    if (parse_endpoint_list(text, &eps, &bad))
        for (const Endpoint &ep : eps)
            check(ep);
    if (const auto ep = parse_moved(text))
        check(*ep);
    return 0;
}
