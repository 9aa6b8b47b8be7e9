// The workload engine: simulated web users driving one System.
//
// Users 1..U are spread over T threads (user id % T). Each thread always runs
// the user whose next request is due first, sleeping until then. A request
// either reads the user's row 1..N times, or writes it once and reads it
// again; the next request of that user follows after a ThinkTime. All random
// choices come from one generator per user seeded from (seed, user id), so a
// user's sequence does not depend on the thread count.
//
// Every read is checked: it must return at least the version acknowledged to
// that user before the read began (and at least the version the same request
// wrote). The row must exist (prepare_schema) before the run.
#pragma once

#include <cstdint>

#include "options.hpp"
#include "summary.hpp"
#include "system.hpp"

namespace lsnroute::workload {

// Live counters, reported while the run goes.
struct Progress {
    double seconds = 0;
    double planned_seconds = 0;
    int64_t requests = 0;
    int64_t reads = 0;
    int64_t replica_reads = 0;
    int64_t writes = 0;
    int64_t stale_reads = 0;
    int64_t failed_requests = 0;
};

// Runs the workload until the duration passed, max_requests were started, or
// *opts.stop became true.
Summary run_workload(System &system, const WorkloadOptions &opts);

}  // namespace lsnroute::workload
