// How the backend-side registry calls (registry_reader.cpp,
// blacklist_writer.cpp) talk to Redis: on a session of the current settings,
// following a Cluster MOVED, with every failure turned into a result code and
// a message (no exception leaves them).
#pragma once

#include "copy_bounded.hpp"
#include "redis_session.hpp"
#include "registry_result.hpp"
#include "settings.hpp"

#include <cstddef>
#include <exception>
#include <optional>

namespace lsnroute::ext {

// Runs fn, turning every failure into a result code and a message.
template <typename Fn>
LsnrRedisResult guarded(LsnrAbortCheck abort_check, char *err, size_t errlen, Fn &&fn) noexcept {
    try {
        fn();
        return LSNR_OK;
    } catch (const RedisError &e) {
        copy_bounded(err, errlen, e.what());
        if (abort_check != nullptr && abort_check())
            return LSNR_INTERRUPTED;
        return dynamic_cast<const RedisReplyError *>(&e) != nullptr ? LSNR_REDIS_ERROR
                                                                    : LSNR_UNREACHABLE;
    } catch (const std::exception &e) {
        copy_bounded(err, errlen, e.what());
        return LSNR_INTERNAL;
    } catch (...) {
        copy_bounded(err, errlen, "unknown error");
        return LSNR_INTERNAL;
    }
}

// Runs fn on a session; in a Redis Cluster, follows one MOVED (every
// registry key lives in the slot of the {C} hash tag).
template <typename Fn>
void with_session(const Settings &s, LsnrAbortCheck abort_check, Fn &&fn) {
    RedisConnection conn = open_session(s.redis, abort_check);
    try {
        fn(conn);
    } catch (const RedisReplyError &e) {
        std::optional<Endpoint> to = parse_moved(e.what());
        if (!to)
            throw;
        RedisConnection moved = open_session(s.redis, abort_check, to);
        fn(moved);
    }
}

}  // namespace lsnroute::ext
