// Direct Redis access for the integration tests (hiredis, the topology's
// Redis): read, set and delete the keys the router works with.
#pragma once

#include <hiredis/hiredis.h>

#include <optional>
#include <string>
#include <vector>

#include <lsnroute/lsn.hpp>

#include "topology_env.hpp"

namespace lsnroute::itest {

// Runs one command; returns a string reply's text, "" for any other reply,
// nullopt for nil or when Redis did not answer.
inline std::optional<std::string> redis_run(const std::vector<std::string> &argv) {
    const timeval tv{5, 0};
    redisContext *c = redisConnectWithTimeout("127.0.0.1", redis_port(), tv);
    std::optional<std::string> out;
    if (c && !c->err) {
        std::vector<const char *> ptrs;
        std::vector<size_t> lens;
        for (const auto &a : argv) {
            ptrs.push_back(a.data());
            lens.push_back(a.size());
        }
        auto *r = static_cast<redisReply *>(
            redisCommandArgv(c, static_cast<int>(argv.size()), ptrs.data(), lens.data()));
        if (r && (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS ||
                  r->type == REDIS_REPLY_ERROR))
            out = std::string(r->str, r->len);
        else if (r && r->type != REDIS_REPLY_NIL)
            out = "";
        if (r)
            freeReplyObject(r);
    }
    if (c)
        redisFree(c);
    return out;
}

inline std::string floor_key() {
    return "lsnroute:{" + cluster() + "}:floor";
}

inline std::optional<Lsn> redis_floor() {
    auto v = redis_run({"GET", floor_key()});
    return v ? Lsn::parse(*v) : std::nullopt;
}

}  // namespace lsnroute::itest
