#include "routing_overhead.hpp"

#include <hiredis/hiredis.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "registry_schema.hpp"
#include "stopwatch.hpp"

namespace lsnroute::bench {

namespace {
using RedisCtx = std::unique_ptr<redisContext, decltype(&redisFree)>;
using Reply = std::unique_ptr<redisReply, decltype(&freeReplyObject)>;
}  // namespace

bool measure_routing_overhead(lsnr_router *router, const std::string &redis_host, int redis_port,
                              const std::string &cluster, int64_t users, int iterations,
                              RoutingOverhead &out, std::string &err) {
    const timeval tv{1, 0};
    RedisCtx redis(redisConnectWithTimeout(redis_host.c_str(), redis_port, tv), &redisFree);
    if (!redis || redis->err) {
        err = "cannot connect to Redis: " + std::string(redis ? redis->errstr : "out of memory");
        return false;
    }
    std::vector<std::string> keys, token_keys;
    for (int64_t u = 1; u <= users; ++u) {
        keys.push_back("u" + std::to_string(u));
        token_keys.push_back(schema::token_key(cluster, keys.back()));
    }

    workload::LatencySamples choose, get, choose_at;
    lsnr_choice choice;
    for (int i = 0; i < iterations; ++i) {
        const size_t k = static_cast<size_t>(i) % keys.size();
        const int64_t t0 = now_ns();
        const int rc = lsnr_choose(router, keys[k].data(), keys[k].size(), &choice);
        const int64_t t1 = now_ns();
        auto *r = static_cast<redisReply *>(
            redisCommand(redis.get(), "GET %b", token_keys[k].data(), token_keys[k].size()));
        const int64_t t2 = now_ns();
        if (!r) {
            err = "raw Redis GET failed: " + std::string(redis->errstr);
            return false;
        }
        Reply reply(r, &freeReplyObject);
        if (rc != LSNR_OK)
            ++out.choose_errors;
        choose.add_ns(t1 - t0);
        get.add_ns(t2 - t1);
    }

    // Carried tokens: no Redis round trip, only the snapshot comparison.
    // User u1's stored token (left by the workload runs) is a realistic one.
    char token[32] = "0/0";
    if (auto *r =
            static_cast<redisReply *>(redisCommand(redis.get(), "GET %s", token_keys[0].c_str()))) {
        Reply reply(r, &freeReplyObject);
        if (reply->type == REDIS_REPLY_STRING && reply->len < sizeof token)
            std::snprintf(token, sizeof token, "%.*s", static_cast<int>(reply->len), reply->str);
    }
    for (int i = 0; i < iterations; ++i) {
        const int64_t t0 = now_ns();
        const int rc = lsnr_choose_at(router, token, &choice);
        const int64_t t1 = now_ns();
        if (rc != LSNR_OK)
            ++out.choose_errors;
        choose_at.add_ns(t1 - t0);
    }
    out.choose = choose.percentiles();
    out.redis_get = get.percentiles();
    out.choose_at = choose_at.percentiles();
    return true;
}

}  // namespace lsnroute::bench
