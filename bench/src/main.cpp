// lsnroute-bench: compares pg_lsnroute with its peers on one topology over the
// reference workload (see bench/README.md), then measures pg_lsnroute's own
// routing overhead and registry freshness in the same run.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>

#include "bench_options.hpp"
#include "engine.hpp"
#include "hooks.hpp"
#include "primary_load.hpp"
#include "redis_costs.hpp"
#include "report.hpp"
#include "schema.hpp"
#include "system_factory.hpp"
#include "topology_environment.hpp"

using namespace lsnroute;
using namespace lsnroute::bench;

namespace {

int fail(const std::string &msg) {
    std::cerr << "lsnroute-bench: error: " << msg << "\n";
    return 1;
}

void show_progress(const std::string &label, const workload::Progress &p, bool overwrite) {
    std::fprintf(stderr,
                 "%s  %-28s %5.1f/%.0f s  %7lld requests  %5.1f %% reads off primary  %lld stale ",
                 overwrite ? "\r" : "", label.c_str(), p.seconds, p.planned_seconds,
                 static_cast<long long>(p.requests),
                 p.reads ? 100.0 * double(p.replica_reads) / double(p.reads) : 0.0,
                 static_cast<long long>(p.stale_reads));
}

// One run of one system: fresh table, fresh System (and router), primary
// counters around it, connections closed before the counters are read.
bool run_once(const std::string &name, int run_no, const TopologyEnv &topo, const BenchOptions &o,
              const Hooks &hooks, RunResult &out, std::vector<std::string> &notes,
              std::string &err) {
    const uint64_t seed = o.workload.seed + uint64_t(run_no) - 1;
    // CREATE TABLE IF NOT EXISTS would print a NOTICE on every run.
    err = workload::prepare_schema(topo.primary + " options='-c client_min_messages=warning'",
                                   o.workload.users);
    if (!err.empty())
        return false;
    PrimaryLoad load(topo.primary);
    if (!load.before_run(err))
        return false;
    if (!hooks.run("before-run", name, run_no, err))
        return false;
    {
        SystemUnderTest sut = make_system(name, topo, o, seed, err);
        if (!sut.system)
            return false;
        workload::WorkloadOptions w = o.workload;
        w.seed = seed;
        w.redis_host = topo.redis_host;
        w.redis_port = topo.redis_port;
        const std::string label =
            name + " run " + std::to_string(run_no) + "/" + std::to_string(o.runs);
        // A live line on a terminal; one line per run in a log.
        const bool tty = isatty(STDERR_FILENO);
        if (tty)
            w.on_progress = [&label](const workload::Progress &p) {
                show_progress(label, p, true);
            };
        out.summary = workload::run_workload(*sut.system, w);
        out.summary.system = name;
        out.seed = seed;
        workload::Progress done;
        done.seconds = done.planned_seconds = out.summary.seconds;
        done.requests = out.summary.requests;
        done.reads = out.summary.reads;
        done.replica_reads = out.summary.replica_reads;
        done.stale_reads = out.summary.stale_reads;
        show_progress(label, done, tty);
        std::fprintf(stderr, "\n");
    }
    if (!hooks.run("after-run", name, run_no, err))
        return false;
    bool quiet = true;
    std::string load_err;
    out.primary_rows = load.after_run(quiet, load_err);
    out.primary_rows_exact = quiet;
    if (!quiet || out.primary_rows < 0)
        notes.push_back(name + " run " + std::to_string(run_no) + ": primary load " +
                        (out.primary_rows < 0 ? "unknown" : "approximate") + " (" + load_err + ")");
    if (out.summary.failed_requests > 0 && !out.summary.errors.empty())
        notes.push_back(name + " run " + std::to_string(run_no) + ": " +
                        std::to_string(out.summary.failed_requests) +
                        " failed requests, first error: " + out.summary.errors.front());
    return true;
}

void measure_lsnroute_costs(const TopologyEnv &topo, const BenchOptions &o, BenchResults &res) {
    std::string err;
    auto router = workload::make_router(topo.router_config, err);
    if (!router || !wait_router_ready(router.get(), err)) {
        res.notes.push_back("routing overhead and freshness not measured: " + err);
        return;
    }
    if (o.overhead_iterations > 0) {
        std::fprintf(stderr, "  routing overhead: %d iterations\n", o.overhead_iterations);
        res.have_overhead = measure_routing_overhead(
            router.get(), {{topo.redis_host, topo.redis_port}}, topo.cluster, o.workload.users,
            o.overhead_iterations, true, res.overhead, err);
        if (!res.have_overhead)
            res.notes.push_back("routing overhead not measured: " + err);
    }
    if (o.freshness_samples > 0) {
        const auto &standby = topo.replicas.front();  // r1, the replica without apply delay
        std::fprintf(stderr, "  registry freshness: %d samples on %s\n", o.freshness_samples,
                     standby.first.c_str());
        res.have_freshness =
            measure_registry_freshness(router.get(), topo.primary, standby.second, standby.first,
                                       o.freshness_samples, res.freshness, err);
        res.freshness_interval = o.publish_interval;
        if (!res.have_freshness)
            res.notes.push_back("registry freshness: " + err);
    }
}

bool write_file(const std::string &path, const std::string &text) {
    std::ofstream f(path);
    f << text;
    return bool(f);
}

}  // namespace

int main(int argc, char **argv) {
    BenchOptions o;
    std::string err;
    if (!parse_bench_options(argc, argv, o, err))
        return fail(err);
    TopologyEnv topo;
    if (!read_topology_env(topo, err))
        return fail(err);

    BenchResults res;
    res.machine = read_machine(topo.primary, topo.redis_host, topo.redis_port);
    auto &c = res.config;
    c.command = o.command;
    c.topology = o.topology;
    c.runs = o.runs;
    c.run_seconds = double(o.workload.duration.count()) / 1000.0;
    c.users = o.workload.users;
    c.threads = o.workload.threads;
    c.seed = o.workload.seed;
    c.write_share = o.workload.write_share;
    c.reads_min = o.workload.reads_min;
    c.reads_max = o.workload.reads_max;
    c.reads_after_write = o.workload.reads_after_write;
    c.immediate_share = o.workload.think.immediate_share;
    c.think_mean_ms = o.workload.think.mean_ms;

    const Hooks hooks(o.hook);
    for (const auto &name : o.systems) {
        std::fprintf(stderr, "%s: %s\n", name.c_str(), describe_system(name).c_str());
        if (!hooks.run("before-system", name, 0, err))
            return fail(err);
        SystemResult sr;
        sr.name = name;
        sr.description = describe_system(name);
        for (int run = 1; run <= o.runs; ++run) {
            RunResult rr;
            if (!run_once(name, run, topo, o, hooks, rr, res.notes, err)) {
                std::string after_err;
                (void)hooks.run("after-system", name, 0, after_err);
                std::string msg = name;
                msg += " run ";
                msg += std::to_string(run);
                msg += ": ";
                msg += err;
                return fail(msg);
            }
            sr.runs.push_back(std::move(rr));
        }
        if (!hooks.run("after-system", name, 0, err))
            return fail(err);
        res.systems.push_back(std::move(sr));
    }
    if (!o.pool_nodes_file.empty()) {
        std::ifstream f(o.pool_nodes_file);
        res.pgpool_nodes.assign(std::istreambuf_iterator<char>(f),
                                std::istreambuf_iterator<char>());
    }
    measure_lsnroute_costs(topo, o, res);
    if (o.redis_seconds > 0) {
        RedisCostsOptions ro;
        ro.threads = o.workload.threads;
        ro.users = o.workload.users;
        ro.overhead_iterations = o.overhead_iterations;
        ro.throughput_seconds = o.redis_seconds;
        ro.many_users = o.many_users;
        ro.many_users_cluster_only = o.many_users_cluster_only;
        measure_redis_costs(topo, ro, res.redis, res.notes);
    }

    const std::string md = report_markdown(res);
    if (!write_file(o.out_dir + "/latest.md", md) ||
        !write_file(o.out_dir + "/latest.json", report_json(res)) ||
        !write_file(o.out_dir + "/latest.dat", report_chart_data(res)))
        return fail("cannot write the results into " + o.out_dir);
    std::cout << md;
    return 0;
}
