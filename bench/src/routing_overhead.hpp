// Routing overhead of pg_lsnroute against the thing it must be compared with:
// one raw Redis GET round trip on the same Redis, measured in the same loop.
//
// Each iteration times, one right after the other, (a) lsnr_choose() for a
// user's sticky key (token GET + floor, then the choice from the snapshot) and
// (b) a plain hiredis GET of the same token key on the Redis (the Cluster
// master) that holds it; and, in a separate loop, lsnr_choose_at() with a
// carried token (no Redis at all).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "latency.hpp"
#include "lsnroute.h"
#include "redis_deployments.hpp"

namespace lsnroute::bench {

struct RoutingOverhead {
    workload::Percentiles choose;     // lsnr_choose(key)
    workload::Percentiles redis_get;  // raw GET of the same key, same loop
    workload::Percentiles choose_at;  // lsnr_choose_at(token); count 0 if not measured
    int64_t choose_errors = 0;
};

// Sticky keys "u1".."u<users>"; key_redis[k] holds the token of key k+1 (one
// entry: every key on that Redis). carried: also time lsnr_choose_at.
bool measure_routing_overhead(lsnr_router *router, const std::vector<RedisEndpoint> &key_redis,
                              const std::string &cluster, int64_t users, int iterations,
                              bool carried, RoutingOverhead &out, std::string &err);

}  // namespace lsnroute::bench
