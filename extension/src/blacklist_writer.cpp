// lsnroute.blacklist() and unblacklist(): one ZADD or ZREM on the
// cluster's blacklist ZSET.
#include "blacklist_writer.hpp"

#include "registry_call.hpp"
#include "registry_schema.hpp"

#include <string>

namespace lsnroute::ext {
namespace {

void blacklist_on(RedisConnection &conn, const Settings &s, const char *node, int64_t until_ms) {
    if (until_ms < 0)
        conn.command({"ZREM", schema::blacklist_key(s.cluster), node});
    else
        conn.command({"ZADD", schema::blacklist_key(s.cluster), std::to_string(until_ms), node});
}

void blacklist(const char *node, int64_t until_ms, LsnrAbortCheck abort_check) {
    const Settings s = current_settings();
    with_session(s, abort_check,
                 [&](RedisConnection &conn) { blacklist_on(conn, s, node, until_ms); });
}

}  // namespace
}  // namespace lsnroute::ext

extern "C" LsnrRedisResult lsnr_registry_blacklist(const char *node, int64_t until_ms,
                                                   LsnrAbortCheck abort_check, char *err,
                                                   size_t errlen) {
    return lsnroute::ext::guarded(abort_check, err, errlen,
                                  [&] { lsnroute::ext::blacklist(node, until_ms, abort_check); });
}
