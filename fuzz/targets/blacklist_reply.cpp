// The blacklist ZSET as the router reads it (ZRANGEBYSCORE ... WITHSCORES,
// client/src/blacklist.cpp): any reply hiredis can decode.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "blacklist.hpp"
#include "check.hpp"
#include "resp.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const fuzz::Reply reply =
        fuzz::decode(std::string_view(reinterpret_cast<const char *>(data), size));
    if (!reply)
        return 0;
    const auto entries = lsnroute::redis_blacklist::parse_reply(reply.get());
    FUZZ_CHECK(reply->type != REDIS_REPLY_ARRAY ? entries.empty()
                                                : entries.size() <= reply->elements / 2);
    return 0;
}
