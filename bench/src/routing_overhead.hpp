// Routing overhead of pg_lsnroute against the thing it must be compared with:
// one raw Redis GET round trip on the same Redis, measured in the same loop.
//
// Each iteration times, one right after the other, (a) lsnr_choose() for a
// user's sticky key (token GET + floor in one round trip, then the choice from
// the snapshot) and (b) a plain hiredis GET of the same token key; and, in a
// separate loop, lsnr_choose_at() with a carried token (no Redis at all).
#pragma once

#include <cstdint>
#include <string>

#include "lsnroute.h"
#include "latency.hpp"

namespace lsnroute::bench {

struct RoutingOverhead {
    workload::Percentiles choose;     // lsnr_choose(key)
    workload::Percentiles redis_get;  // raw GET of the same key, same loop
    workload::Percentiles choose_at;  // lsnr_choose_at(token)
    int64_t choose_errors = 0;
};

// keys: sticky keys "u1".."u<users>"; iterations per loop.
bool measure_routing_overhead(lsnr_router *router, const std::string &redis_host, int redis_port,
                              const std::string &cluster, int64_t users, int iterations,
                              RoutingOverhead &out, std::string &err);

}  // namespace lsnroute::bench
