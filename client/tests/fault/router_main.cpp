// lsnr-fault-router: one app server of the fault suite. Runs the workload
// engine's simulated users (ids 1..users, shared with the other router
// processes of the run) in one routing mode until SIGTERM, appends every
// request, read and write to a history file, and prints live counters on
// stdout every 100 ms for the orchestrator (fault_suite.py):
//
//   lsnr-fault-router --proc A --mode request|carried|hint --config CONFIG
//                     --history FILE --jar FILE [--users N] [--threads N]
//                     [--think-ms MS] [--seed N] [--write-share F]
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>

#include "cookie_jar.hpp"
#include "engine.hpp"
#include "history_file.hpp"
#include "shared_session.hpp"
#include "systems/lsnroute_carried.hpp"
#include "systems/lsnroute_hint.hpp"
#include "systems/lsnroute_request.hpp"
#include "systems/router_handle.hpp"

namespace {

std::atomic<bool> g_stop{false};

void on_signal(int) {
    g_stop = true;
}

struct Args {
    std::string proc, mode, config, history, jar;
    int64_t users = 100;
    int threads = 6;
    double think_ms = 20;
    uint64_t seed = 1;
    double write_share = 0.3;
};

[[noreturn]] void usage(const std::string &why) {
    std::cerr << "lsnr-fault-router: " << why
              << "\nusage: lsnr-fault-router --proc NAME --mode request|carried|hint --config "
                 "CONFIG --history FILE --jar FILE [--users N] [--threads N] [--think-ms MS] "
                 "[--seed N] [--write-share F]\n";
    std::exit(2);
}

Args parse(int argc, char **argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string k = argv[i];
        if (i + 1 >= argc)
            usage("option " + k + " needs a value");
        const std::string v = argv[++i];
        if (k == "--proc")
            a.proc = v;
        else if (k == "--mode")
            a.mode = v;
        else if (k == "--config")
            a.config = v;
        else if (k == "--history")
            a.history = v;
        else if (k == "--jar")
            a.jar = v;
        else if (k == "--users")
            a.users = std::stoll(v);
        else if (k == "--threads")
            a.threads = std::stoi(v);
        else if (k == "--think-ms")
            a.think_ms = std::stod(v);
        else if (k == "--seed")
            a.seed = std::stoull(v);
        else if (k == "--write-share")
            a.write_share = std::stod(v);
        else
            usage("unknown option " + k);
    }
    if (a.proc.empty() || a.config.empty() || a.history.empty() || a.jar.empty())
        usage("--proc, --config, --history and --jar are required");
    return a;
}

std::unique_ptr<lsnroute::workload::System> make_system(const std::string &mode, lsnr_router *r) {
    using namespace lsnroute::workload;
    if (mode == "request")
        return std::make_unique<LsnrouteRequestSystem>(r);
    if (mode == "carried")
        return std::make_unique<LsnrouteCarriedSystem>(r);
    if (mode == "hint")
        return std::make_unique<LsnrouteHintSystem>(r);
    usage("unknown mode '" + mode + "' (request, carried, hint)");
}

int run(const Args &a) {
    using namespace lsnroute;
    std::string err;
    workload::RouterHandle router = workload::make_router(a.config, err);
    if (!router) {
        std::cerr << "lsnr-fault-router " << a.proc << ": " << err << "\n";
        return 1;
    }
    std::unique_ptr<workload::System> inner = make_system(a.mode, router.get());
    fault::CookieJar jar(a.jar, a.users);
    fault::SharedSessionSystem sys(*inner, jar);
    fault::HistoryFile history(a.history, a.proc);

    workload::WorkloadOptions o;
    o.users = a.users;
    o.threads = a.threads;
    o.think.mean_ms = a.think_ms;
    o.seed = a.seed;
    o.write_share = a.write_share;
    o.duration = std::chrono::hours(24);  // until SIGTERM
    o.stop = &g_stop;
    o.progress_interval = std::chrono::milliseconds(100);
    o.on_operation = [&history](const workload::Operation &op) { history.add(op); };
    std::string metrics_text(1 << 16, '\0');
    o.on_progress = [&history, &router, &metrics_text](const workload::Progress &p) {
        history.flush();
        // The router's full registry refreshes: a fault that changes what a
        // refresh reads (Redis's eviction settings) waits for them.
        long long refreshes = -1;
        if (lsnr_metrics(router.get(), metrics_text.data(), metrics_text.size()) == 0) {
            const char *at =
                std::strstr(metrics_text.c_str(), "\nlsnroute_registry_refreshes_total ");
            if (at)
                refreshes = std::atoll(at + std::strlen("\nlsnroute_registry_refreshes_total "));
        }
        std::printf(
            "progress requests=%lld reads=%lld replica_reads=%lld failed=%lld "
            "stale=%lld refreshes=%lld\n",
            static_cast<long long>(p.requests), static_cast<long long>(p.reads),
            static_cast<long long>(p.replica_reads), static_cast<long long>(p.failed_requests),
            static_cast<long long>(p.stale_reads), refreshes);
        std::fflush(stdout);
    };
    const workload::Summary s = workload::run_workload(sys, o);
    history.flush();
    std::cerr << "lsnr-fault-router " << a.proc << " (" << s.system << "): " << s.requests
              << " requests, " << s.failed_requests << " failed, " << s.stale_reads
              << " stale in-process\n";
    for (const std::string &e : s.errors)
        std::cerr << "  error: " << e << "\n";
    // The router's own counters and state at the end (breaker, floor guard,
    // reasons), for diagnosing a run whose reads stayed on the primary.
    std::string metrics(1 << 16, '\0');
    if (lsnr_metrics(router.get(), metrics.data(), metrics.size()) == 0)
        std::cerr << metrics.c_str();
    return 0;
}

}  // namespace

int main(int argc, char **argv) {
    const Args a = parse(argc, argv);
    std::signal(SIGTERM, on_signal);
    std::signal(SIGINT, on_signal);
    try {
        return run(a);
    } catch (const std::exception &e) {
        std::cerr << "lsnr-fault-router " << a.proc << ": " << e.what() << "\n";
        return 1;
    }
}
