// Registry freshness: how long after a standby replays a WAL position the
// client's snapshot knows it.
//
// A writer commits a tiny update on the primary every few milliseconds. A
// poller asks the standby for pg_last_wal_replay_lsn() in a tight loop; when
// it sees a new position L it starts the clock and spins on
// lsnr_choose_at(router, L) until the router picks that standby for token L
// (which it can only do once its snapshot holds a replay LSN >= L). The poll
// sees a replay at most one poll round trip late, so the numbers can be low by
// that much (reported as poll_rtt).
#pragma once

#include <cstdint>
#include <string>

#include "lsnroute.h"
#include "latency.hpp"

namespace lsnroute::bench {

struct RegistryFreshness {
    workload::Percentiles visible;   // replay seen on the standby -> chosen by the router
    workload::Percentiles poll_rtt;  // one pg_last_wal_replay_lsn() round trip
    int64_t timeouts = 0;            // samples the router never caught up with within 2 s
};

bool measure_registry_freshness(lsnr_router *router, const std::string &primary_conninfo,
                                const std::string &standby_conninfo,
                                const std::string &standby_node, int samples,
                                RegistryFreshness &out, std::string &err);

}  // namespace lsnroute::bench
