// Small readers for hiredis replies, shared by the Cluster, Sentinel and
// subscriber code.
#pragma once

#include <string>
#include <string_view>

#include "redis/redis_client.hpp"

namespace lsnroute::redis {

inline std::string_view reply_text(const redisReply *r) noexcept {
    if (!r || !r->str)
        return {};
    return {r->str, r->len};
}

inline bool is_error(const redisReply *r) noexcept {
    return r && r->type == REDIS_REPLY_ERROR;
}

// An error reply whose first word is `code` (MOVED, ASK, NOAUTH, ...).
inline bool is_error(const redisReply *r, std::string_view code) noexcept {
    if (!is_error(r))
        return false;
    std::string_view t = reply_text(r);
    return t.size() >= code.size() && t.substr(0, code.size()) == code &&
           (t.size() == code.size() || t[code.size()] == ' ');
}

// A bulk or status string element (CLUSTER SLOTS, ROLE, pub/sub arrays).
inline bool is_string(const redisReply *r) noexcept {
    return r && (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS);
}

inline std::string to_string(const Endpoint &ep) {
    return ep.host + ":" + std::to_string(ep.port);
}

inline bool operator==(const Endpoint &a, const Endpoint &b) noexcept {
    return a.port == b.port && a.host == b.host;
}
inline bool operator!=(const Endpoint &a, const Endpoint &b) noexcept {
    return !(a == b);
}

}  // namespace lsnroute::redis
