// The knobs of one workload run. The defaults are the reference workload of
// the demo and the benchmark (documented in the README).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "think_time.hpp"

namespace lsnroute::workload {

struct Progress;

// One operation of a run, for a history checked outside the process (the
// fault suite). Times are steady-clock nanoseconds: CLOCK_MONOTONIC, one
// clock for every process on the machine.
struct Operation {
    enum class Kind : char { request = 'q', read = 'r', write = 'w' };
    enum class Outcome { ok, fail, token_not_saved };
    Kind kind = Kind::request;
    int64_t user = 0;
    int64_t start_ns = 0;  // write: when its request began; read: before routing
    int64_t end_ns = 0;    // write: when its request's end() returned
    Outcome outcome = Outcome::ok;
    bool acknowledged = false;     // write: the user was told it succeeded
    int64_t version = -1;          // read: version seen; write: version written
    int64_t own_version = -1;      // read: version its own request wrote before it
    int64_t request_start_ns = 0;  // read: when its request began (its token was looked up)
    std::string node;              // read: node that served it
    bool replica = false;          // read: served by a node in recovery
};

struct WorkloadOptions {
    int64_t users = 200;  // simulated users, ids 1..users; sticky key "u<id>"
    int threads = 4;      // worker threads; each owns users id % threads
    std::chrono::milliseconds duration{20000};
    int64_t max_requests = 0;  // stop after this many requests (0: duration only)
    double write_share = 0.2;  // share of requests that write (then read)
    int reads_min = 1;         // reads of a read-only request: uniform in [min, max]
    int reads_max = 3;
    int reads_after_write = 1;  // reads in a writing request after its write
    ThinkTime think;
    uint64_t seed = 42;
    // A read whose query fails is retried once on a fresh read() (what an
    // application's database layer does on a lost connection).
    bool retry_failed_read = true;

    // Measured alongside the run: raw Redis GET round trips with hiredis
    // (port 0: not measured), one GET every `redis_probe_interval`.
    std::string redis_host = "127.0.0.1";
    int redis_port = 0;
    std::chrono::microseconds redis_probe_interval{2000};

    // Called about every `progress_interval` from the thread that called
    // run_workload.
    std::function<void(const Progress &)> on_progress;
    std::chrono::milliseconds progress_interval{250};
    // Called from the worker threads (concurrently) for every request, read
    // and write; empty: no history.
    std::function<void(const Operation &)> on_operation;
    // Set from outside (another thread, a signal handler) to stop early.
    const std::atomic<bool> *stop = nullptr;
};

}  // namespace lsnroute::workload
