#include <cstdio>
#include <set>
#include <sstream>

#include "number_text.hpp"
#include "report.hpp"

namespace lsnroute::bench {

namespace {

const auto f = workload::number_text;
const auto dur = workload::duration_text;

std::string pct(double share) {
    return f("%.1f %%", 100 * share);
}

// Every node that served a read in any system, primary first.
std::vector<std::string> node_names(const BenchResults &r) {
    std::set<std::string> names;
    for (const auto &s : r.systems)
        for (const auto &run : s.runs)
            for (const auto &[node, n] : run.summary.reads_by_node)
                names.insert(node);
    std::vector<std::string> out;
    if (names.erase("primary"))
        out.push_back("primary");
    out.insert(out.end(), names.begin(), names.end());
    return out;
}

double share_of(const SystemMedians &m, const std::string &node) {
    for (const auto &[n, v] : m.node_share)
        if (n == node)
            return v;
    return 0;
}

void systems_table(std::ostringstream &o, const BenchResults &r) {
    const auto nodes = node_names(r);
    o << "| system | stale reads (all runs) | read-after-write pairs checked | reads off the "
         "primary | of the reads a replica could serve |";
    for (const auto &n : nodes)
        o << " reads on " << (n.empty() ? "?" : n) << " |";
    o << " primary rows / request | requests/s | request p50 | request p99 | write p50 | write p99 "
         "| routing overhead p50 / p99 |\n";
    o << "|---|---:|---:|---:|---:|";
    for (size_t i = 0; i < nodes.size(); ++i)
        o << "---:|";
    o << "---:|---:|---:|---:|---:|---:|---:|\n";
    for (const auto &s : r.systems) {
        const SystemMedians m = medians(s, r.config.reads_after_write);
        o << "| " << s.name << " | **" << m.stale_total << "**";
        if (m.failed_total)
            o << " (" << m.failed_total << " failed requests)";
        o << " | " << m.pairs_total << " | " << pct(m.replica_share) << " | "
          << pct(m.eligible_replica_share) << " |";
        for (const auto &n : nodes)
            o << " " << pct(share_of(m, n)) << " |";
        o << " " << (m.primary_rows_per_request < 0 ? "n/a" : f("%.2f", m.primary_rows_per_request))
          << " | " << f("%.0f", m.requests_per_s) << " | " << dur(m.request_p50_us) << " | "
          << dur(m.request_p99_us) << " | " << dur(m.write_p50_us) << " | " << dur(m.write_p99_us)
          << " | " << dur(m.routing_p50_us) << " / " << dur(m.routing_p99_us) << " |\n";
    }
}

void micro_table(std::ostringstream &o, const BenchResults &r) {
    o << "| measure | p50 | p99 | target (docs/design.md) |\n|---|---:|---:|---|\n";
    if (r.have_overhead) {
        const auto &v = r.overhead;
        const double ratio = v.redis_get.p99_us > 0 ? v.choose.p99_us / v.redis_get.p99_us : 0;
        o << "| raw Redis `GET` round trip (hiredis, same loop) | " << dur(v.redis_get.p50_us)
          << " | " << dur(v.redis_get.p99_us) << " | |\n";
        o << "| routing overhead `lsnr_choose(key)` (token + floor GET, choose) | "
          << dur(v.choose.p50_us) << " | " << dur(v.choose.p99_us) << " (" << f("%.2f", ratio)
          << " × GET p99) | p99 ≤ 1.5 × GET p99 |\n";
        o << "| routing overhead `lsnr_choose_at(token)` (carried token) | "
          << f("%.2f µs", v.choose_at.p50_us) << " | " << f("%.2f µs", v.choose_at.p99_us)
          << " | ≤ 5 µs |\n";
    }
    if (r.have_freshness) {
        const auto &v = r.freshness;
        o << "| registry freshness: replay on r1 → chosen by the router | " << dur(v.visible.p50_us)
          << " | " << dur(v.visible.p99_us) << " | p99 ≤ publish_interval (" << r.freshness_interval
          << ") + 2 ms |\n";
        o << "| (poll round trip on r1, the freshness numbers' resolution) | "
          << dur(v.poll_rtt.p50_us) << " | " << dur(v.poll_rtt.p99_us) << " | |\n";
    }
}

}  // namespace

std::string report_markdown(const BenchResults &r) {
    const auto &c = r.config;
    const auto &m = r.machine;
    std::ostringstream o;
    o << "# pg_lsnroute benchmark\n\n";
    o << "Command: `" << c.command << "` — " << m.date_utc << "\n\n";
    o << "Machine: " << m.nproc << " CPU(s), " << m.cpu_model << ", " << m.kernel << "; PostgreSQL "
      << m.pg_version << ", Redis " << m.redis_version << ", pgpool-II " << m.pgpool_version
      << ".\n\n";
    o << "Topology: " << c.topology << ".\n\n";
    o << "Workload: " << c.users << " users on " << c.threads << " threads; "
      << f("%.0f", 100 * c.write_share) << " % of requests write the user's row then read it "
      << "back, the others read it " << c.reads_min << "–" << c.reads_max
      << " times; think time: next request at once with probability "
      << f("%.2f", c.immediate_share) << ", else exponential with mean "
      << f("%.0f", c.think_mean_ms) << " ms. " << c.runs << " run(s) of "
      << f("%.0f", c.run_seconds) << " s per system, seeds " << c.seed << "…"
      << c.seed + uint64_t(c.runs) - 1
      << " (the same for every system); medians over runs, stale reads and node shares summed "
         "over all runs.\n\n";
    systems_table(o, r);
    o << "\nReads a replica could serve: every read except those after a write in the same "
         "request (the routing rule sends them to the primary), i.e. reads − writes × "
      << c.reads_after_write << "; a system may exceed 100 % by serving those from replicas too.";
    o << " Routing overhead: time inside the System before SQL can run (begin + handing out the "
         "connection), per request. Primary load: `tup_fetched + tup_returned` of the primary's "
         "`pg_stat_database`, read after every connection of the run closed.\n\n";
    if (r.have_overhead || r.have_freshness) {
        o << "## pg_lsnroute's own costs (same run, same Redis)\n\n";
        micro_table(o, r);
        o << "\n";
    }
    if (!r.pgpool_nodes.empty())
        o << "## pgpool-II `SHOW pool_nodes` after its last run\n\n```\n"
          << r.pgpool_nodes << "```\n\n";
    if (!r.notes.empty()) {
        o << "## Notes from this run\n\n";
        for (const auto &n : r.notes)
            o << "- " << n << "\n";
        o << "\n";
    }
    return o.str();
}

std::string report_chart_data(const BenchResults &r) {
    const auto nodes = node_names(r);
    std::ostringstream o;
    o << "system";
    for (const auto &n : nodes)
        o << " " << (n.empty() ? "unknown" : n);
    o << " stale\n";
    for (const auto &s : r.systems) {
        const SystemMedians m = medians(s, r.config.reads_after_write);
        o << s.name;
        for (const auto &n : nodes)
            o << " " << f("%.2f", 100 * share_of(m, n));
        o << " " << m.stale_total << "\n";
    }
    return o.str();
}

}  // namespace lsnroute::bench
