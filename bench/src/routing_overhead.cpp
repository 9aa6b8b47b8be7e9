#include "routing_overhead.hpp"

#include <cstdio>
#include <map>
#include <memory>

#include "redis_conn.hpp"
#include "registry_schema.hpp"
#include "stopwatch.hpp"

namespace lsnroute::bench {

bool measure_routing_overhead(lsnr_router *router, const std::vector<RedisEndpoint> &key_redis,
                              const std::string &cluster, int64_t users, int iterations,
                              bool carried, RoutingOverhead &out, std::string &err) {
    if (key_redis.empty()) {
        err = "no Redis to compare with";
        return false;
    }
    std::map<int, std::unique_ptr<RedisConn>> conns;  // by port (all on loopback)
    std::vector<std::string> keys, token_keys;
    std::vector<RedisConn *> conn_of;
    for (int64_t u = 1; u <= users; ++u) {
        keys.push_back("u" + std::to_string(u));
        token_keys.push_back(schema::token_key(cluster, keys.back()));
        const RedisEndpoint &e = key_redis[key_redis.size() == 1 ? 0 : size_t(u - 1)];
        auto &c = conns[e.port];
        if (!c) {
            c = std::make_unique<RedisConn>(e.host, e.port, err);
            if (!*c)
                return false;
        }
        conn_of.push_back(c.get());
    }

    workload::LatencySamples choose, get, choose_at;
    lsnr_choice choice;
    for (int i = 0; i < iterations; ++i) {
        const size_t k = static_cast<size_t>(i) % keys.size();
        const int64_t t0 = now_ns();
        const int rc = lsnr_choose(router, keys[k].data(), keys[k].size(), &choice);
        const int64_t t1 = now_ns();
        RedisReply reply = conn_of[k]->command(err, {"GET", token_keys[k]});
        const int64_t t2 = now_ns();
        if (!reply) {
            err.insert(0, "raw GET: ");
            return false;
        }
        if (rc != LSNR_OK)
            ++out.choose_errors;
        choose.add_ns(t1 - t0);
        get.add_ns(t2 - t1);
    }

    // Carried tokens: no Redis round trip, only the snapshot comparison.
    // User u1's stored token (left by the workload runs) is a realistic one.
    char token[32] = "0/0";
    if (carried) {
        if (RedisReply r = conn_of[0]->command(err, {"GET", token_keys[0]}))
            if (r->type == REDIS_REPLY_STRING && r->len < sizeof token)
                std::snprintf(token, sizeof token, "%.*s", static_cast<int>(r->len), r->str);
        for (int i = 0; i < iterations; ++i) {
            const int64_t t0 = now_ns();
            const int rc = lsnr_choose_at(router, token, &choice);
            const int64_t t1 = now_ns();
            if (rc != LSNR_OK)
                ++out.choose_errors;
            choose_at.add_ns(t1 - t0);
        }
    }
    out.choose = choose.percentiles();
    out.redis_get = get.percentiles();
    out.choose_at = choose_at.percentiles();
    return true;
}

}  // namespace lsnroute::bench
