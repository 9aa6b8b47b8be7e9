#include "demo.hpp"

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "engine.hpp"
#include "schema.hpp"
#include "systems/lsnroute_advisory.hpp"
#include "systems/lsnroute_carried.hpp"
#include "systems/lsnroute_request.hpp"
#include "systems/router_handle.hpp"

namespace lsnroute::workload {

namespace {

const char kUsage[] =
    "usage: lsnroute demo [options]\n"
    "Runs simulated web users against the topology in LSNROUTE_CONFIG: each request\n"
    "reads the user's row, some first write it; every read is checked against the\n"
    "user's acknowledged writes. Prints where reads went and the stale reads (0).\n"
    "\n"
    "  --config STRING    router configuration (default: $LSNROUTE_CONFIG)\n"
    "  --primary CONNINFO primary, for creating the demo table (default: $LSNR_PG_DSN)\n"
    "  --mode MODE        request (default), advisory or carried\n"
    "  --policy POLICY    replica choice when the config names none (default random, so\n"
    "                     that the delayed replica serves the reads it safely can)\n"
    "  --seconds N        duration (default 20)\n"
    "  --users N          simulated users (default 200)\n"
    "  --threads N        worker threads (default 4)\n"
    "  --write-share F    share of requests that write (default 0.2)\n"
    "  --seed N           random seed (default 42)\n"
    "  --json FILE        also write the summary as JSON\n";

std::atomic<bool> g_stop{false};
extern "C" void on_signal(int) {
    g_stop = true;
}

std::string env(const char *name) {
    const char *v = std::getenv(name);
    return v ? v : "";
}

// Port of the first `redis=host:port` in the configuration, for the raw GET
// yardstick; 0 when there is none.
int redis_port_of(const std::string &config, std::string &host) {
    const size_t at = config.find("redis=");
    if (at == std::string::npos)
        return 0;
    const size_t start = at + 6;
    const size_t end = config.find_first_of(" ,'", start);
    const std::string hp = config.substr(start, end == std::string::npos ? end : end - start);
    const size_t colon = hp.rfind(':');
    if (colon == std::string::npos)
        return 0;
    host = hp.substr(0, colon);
    return std::atoi(hp.c_str() + colon + 1);
}

void print_progress(const Progress &p, bool tty) {
    char line[200];
    std::snprintf(
        line, sizeof line,
        "%5.1f/%.0f s  requests %-7lld reads %-7lld on replicas %5.1f %%  writes %-6lld "
        "stale %lld  failed %lld",
        p.seconds, p.planned_seconds, static_cast<long long>(p.requests),
        static_cast<long long>(p.reads),
        p.reads ? 100.0 * static_cast<double>(p.replica_reads) / static_cast<double>(p.reads) : 0.0,
        static_cast<long long>(p.writes), static_cast<long long>(p.stale_reads),
        static_cast<long long>(p.failed_requests));
    if (tty)
        std::fprintf(stderr, "\r%s\033[K", line);
    else
        std::fprintf(stderr, "%s\n", line);
}

}  // namespace

int demo_main(int argc, char **argv) {
    std::string config = env("LSNROUTE_CONFIG");
    std::string primary = env("LSNR_PG_DSN");
    std::string mode = "request";
    std::string policy = "random";
    std::string json_path;
    WorkloadOptions o;
    o.duration = std::chrono::seconds(20);
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "demo: " << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "-h" || a == "--help") {
            std::cout << kUsage;
            return 0;
        } else if (a == "--config") {
            config = value();
        } else if (a == "--primary") {
            primary = value();
        } else if (a == "--mode") {
            mode = value();
        } else if (a == "--policy") {
            policy = value();
        } else if (a == "--seconds") {
            o.duration =
                std::chrono::milliseconds(static_cast<long>(std::atof(value().c_str()) * 1000));
        } else if (a == "--users") {
            o.users = std::atoll(value().c_str());
        } else if (a == "--threads") {
            o.threads = std::atoi(value().c_str());
        } else if (a == "--write-share") {
            o.write_share = std::atof(value().c_str());
        } else if (a == "--seed") {
            o.seed = std::strtoull(value().c_str(), nullptr, 10);
        } else if (a == "--json") {
            json_path = value();
        } else {
            std::cerr << "demo: unknown option '" << a << "'\n" << kUsage;
            return 2;
        }
    }
    if (o.users < 1 || o.threads < 1 || o.duration.count() <= 0 || o.write_share < 0 ||
        o.write_share > 1) {
        std::cerr
            << "demo: --users, --threads and --seconds must be positive, --write-share in [0,1]\n";
        return 2;
    }
    if (primary.empty()) {
        std::cerr << "demo: no primary: pass --primary CONNINFO or set LSNR_PG_DSN "
                     "(scripts/topology.sh sets it)\n";
        return 2;
    }

    if (config.find("policy=") == std::string::npos)
        config += " policy=" + policy;
    std::string err;
    RouterHandle router = make_router(config, err);
    if (!router) {
        std::cerr << "demo: cannot create the router: " << err << "\n";
        return 1;
    }
    std::unique_ptr<System> system;
    if (mode == "request")
        system = std::make_unique<LsnrouteRequestSystem>(router.get());
    else if (mode == "advisory")
        system = std::make_unique<LsnrouteAdvisorySystem>(router.get(), primary,
                                                          "user=postgres dbname=postgres");
    else if (mode == "carried")
        system = std::make_unique<LsnrouteCarriedSystem>(router.get());
    else {
        std::cerr << "demo: --mode must be request, advisory or carried, not '" << mode << "'\n";
        return 2;
    }

    std::cerr << "demo: creating lsnr_demo_users with " << o.users
              << " users on the primary and waiting for the replicas...\n";
    err = prepare_schema(primary, o.users);
    if (!err.empty()) {
        std::cerr << "demo: " << err << "\n";
        return 1;
    }

    o.redis_port = redis_port_of(config, o.redis_host);
    const bool tty = isatty(STDERR_FILENO) != 0;
    o.progress_interval = std::chrono::milliseconds(tty ? 200 : 5000);
    // Not on a terminal: one line per interval, not the engine's extra final one.
    double printed_at = -1;
    o.on_progress = [tty, &printed_at, &o](const Progress &p) {
        const double interval = std::chrono::duration<double>(o.progress_interval).count();
        if (!tty && p.seconds - printed_at < interval / 2)
            return;
        printed_at = p.seconds;
        print_progress(p, tty);
    };
    o.stop = &g_stop;
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    std::cerr << "demo: " << o.users << " users on " << o.threads << " threads, "
              << o.duration.count() / 1000.0 << " s, " << o.write_share * 100
              << " % of requests write, think time " << o.think.immediate_share * 100
              << " % immediate else exponential with mean " << o.think.mean_ms << " ms\n";
    const Summary s = run_workload(*system, o);
    if (tty)
        std::cerr << "\n";

    std::cout << "\n";
    print_summary(std::cout, s);
    if (!json_path.empty())
        std::ofstream(json_path) << summary_json(s) << "\n";
    if (s.stale_reads > 0 || s.failed_requests > 0 || g_stop)
        return 1;
    return 0;
}

}  // namespace lsnroute::workload
