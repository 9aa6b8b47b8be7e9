// MOVED / ASK / TRYAGAIN / CLUSTERDOWN replies, read by the one parser of
// common/redis_protocol.cpp through both its users: the client's
// parse_redirect (client/src/redis/redirect.cpp) on any reply hiredis can
// decode, and on the input as an error line; the extension's parse_moved
// (extension/src/redis_session.cpp) on the same text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check.hpp"
#include "redis/redirect.hpp"
#include "redis_session.hpp"
#include "resp.hpp"

namespace {

void check(const redisReply *reply) {
    const auto r = lsnroute::redis::parse_redirect(reply, "127.0.0.1");
    if (r.kind == lsnroute::redis::Redirect::Moved || r.kind == lsnroute::redis::Redirect::Ask) {
        FUZZ_CHECK(r.slot < 16384);
        FUZZ_CHECK(!r.target.host.empty());
        FUZZ_CHECK(r.target.port >= 1 && r.target.port <= 65535);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const std::string text(reinterpret_cast<const char *>(data), size);
    if (fuzz::Reply reply = fuzz::decode(text))
        check(reply.get());
    if (fuzz::Reply reply = fuzz::decode(fuzz::error(text)))
        check(reply.get());
    if (const auto ep = lsnroute::ext::parse_moved(text)) {
        FUZZ_CHECK(!ep->host.empty() && ep->port >= 1 && ep->port <= 65535);
    }
    return 0;
}
