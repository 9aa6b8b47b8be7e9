#include <algorithm>
#include <cstdio>
#include <set>
#include <sstream>

#include "bench_options.hpp"
#include "number_text.hpp"
#include "report.hpp"

namespace lsnroute::bench {

namespace {

const auto f = workload::number_text;
const auto dur = workload::duration_text;

// A difference of durations with its sign: "+304 µs", "−40 µs".
std::string signed_dur(double us) {
    return (us >= 0 ? "+" : "−") + dur(us >= 0 ? us : -us);
}

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
    o << " primary rows / request | primary rows vs primary-only | requests/s | request p50 | "
         "request p99 | write p50 | write p99 "
         "| routing overhead p50 / p99 |\n";
    o << "|---|---:|---:|---:|---:|";
    for (size_t i = 0; i < nodes.size(); ++i)
        o << "---:|";
    o << "---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const auto &s : r.systems) {
        const SystemMedians m = medians(s, r.config.reads_after_write);
        o << "| " << s.name << " | **" << m.stale_total << "**";
        if (m.failed_total)
            o << " (" << m.failed_total << " failed requests)";
        o << " | " << m.pairs_total << " | " << pct(m.replica_share) << " | "
          << pct(m.eligible_replica_share) << " |";
        for (const auto &n : nodes)
            o << " " << pct(share_of(m, n)) << " |";
        const auto fewer = primary_rows_reduction(r, m);
        o << " " << (m.primary_rows_per_request < 0 ? "n/a" : f("%.2f", m.primary_rows_per_request))
          << " | "
          << (s.name == "primary-only" ? std::string("baseline")
              : fewer                  ? f("%+.0f %%", -100 * *fewer)
                                       : "n/a")
          << " | " << f("%.0f", m.requests_per_s) << " | " << dur(m.request_p50_us) << " | "
          << dur(m.request_p99_us) << " | " << dur(m.write_p50_us) << " | " << dur(m.write_p99_us)
          << " | " << dur(m.routing_p50_us) << " / " << dur(m.routing_p99_us) << " |\n";
    }
}

// The seed system's claim, "~50 % fewer rows fetched on the primary", against
// every pg_lsnroute system of the run (primary-only as the baseline).
void primary_rows_sentence(std::ostringstream &o, const BenchResults &r) {
    std::string parts;
    for (const auto &s : r.systems) {
        if (s.name.rfind("lsnroute-", 0) != 0)
            continue;
        if (const auto fewer = primary_rows_reduction(r, medians(s, r.config.reads_after_write)))
            parts += (parts.empty() ? "" : ", ") + s.name + " " + pct(*fewer);
    }
    if (!parts.empty())
        o << " Against the seed system's \"~50 % fewer rows fetched on the primary\" "
             "(primary-only as the baseline), pg_lsnroute fetched fewer rows on the primary by: "
          << parts << ".";
}

// What request mode costs over carried mode (docs/design.md: the Redis round
// trips, no more): the difference of their request p50s against one raw GET
// measured by a probe thread *during* the request-mode runs, so both sides
// see the same loaded machine. A reading request needs one round trip
// (token and floor), a writing one two.
void request_mode_cost_sentence(std::ostringstream &o, const BenchResults &r) {
    const SystemResult *request = nullptr, *carried = nullptr, *by_hand = nullptr;
    for (const auto &s : r.systems) {
        if (s.name == "lsnroute-request")
            request = &s;
        else if (s.name == "lsnroute-carried")
            carried = &s;
        else if (s.name == "lsnroute-carried-roundtrips")
            by_hand = &s;
    }
    if (request == nullptr || carried == nullptr)
        return;
    const SystemMedians q = medians(*request, r.config.reads_after_write);
    const SystemMedians c = medians(*carried, r.config.reads_after_write);
    if (q.redis_get_p50_us <= 0)
        return;
    const double extra = q.request_p50_us - c.request_p50_us;
    o << " Request mode over carried mode: request p50 " << dur(q.request_p50_us) << " against "
      << dur(c.request_p50_us) << ", " << signed_dur(extra) << ", that is "
      << f("%.2f", extra / q.redis_get_p50_us)
      << " × one raw `GET` measured during the request-mode runs (p50 " << dur(q.redis_get_p50_us)
      << "; target ≤ 1.2 ×).";
    if (by_hand == nullptr)
        return;
    // The same round trips made by hand on top of carried mode cost what
    // they cost on this machine, CPU contention included: what is left of
    // request mode's p50 above that system's is the library's own doing.
    const SystemMedians h = medians(*by_hand, r.config.reads_after_write);
    const double rt = h.request_p50_us - c.request_p50_us;
    const double beyond = q.request_p50_us - h.request_p50_us;
    o << " Carried mode plus those round trips made by hand (lsnroute-carried-roundtrips): "
         "request p50 "
      << dur(h.request_p50_us) << ", " << signed_dur(rt) << " over carried mode ("
      << f("%.2f", rt / q.redis_get_p50_us)
      << " × GET); request mode over it: " << signed_dur(beyond) << " ("
      << f("%.2f", beyond / q.redis_get_p50_us)
      << " × GET), what the library spends beyond its round trips.";
}

// Share of servable reads and latency for each replica_wait_ms the run
// measured (lsnroute-request-waitN; lsnroute-request is the library default).
void replica_wait_table(std::ostringstream &o, const BenchResults &r) {
    std::vector<std::pair<long, const SystemResult *>> rows;
    const SystemResult *base = nullptr;
    for (const auto &s : r.systems) {
        if (s.name == "lsnroute-request")
            rows.emplace_back(-1, &s);
        else if (const auto ms = request_wait_ms(s.name)) {
            rows.emplace_back(*ms, &s);
            if (*ms == 0)
                base = &s;
        }
    }
    if (rows.size() < 2)
        return;
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    const double base_p99 = base ? medians(*base, r.config.reads_after_write).request_p99_us : 0;
    o << "## `replica_wait_ms` (request mode, same run)\n\n"
         "| replica_wait_ms | system | of the reads a replica could serve | routing overhead p50 / "
         "p99 | request p50 | request p99 | request p99 − with 0 |\n|---:|---|---:|---:|---:|---:|"
         "---:|\n";
    for (const auto &[ms, s] : rows) {
        const SystemMedians m = medians(*s, r.config.reads_after_write);
        o << "| " << (ms < 0 ? std::string("default") : std::to_string(ms)) << " | " << s->name
          << " | " << pct(m.eligible_replica_share) << " | " << dur(m.routing_p50_us) << " / "
          << dur(m.routing_p99_us) << " | " << dur(m.request_p50_us) << " | "
          << dur(m.request_p99_us) << " | "
          << (base ? f("%+.1f ms", (m.request_p99_us - base_p99) / 1000) : "n/a") << " |\n";
    }
    o << "\n";
}

std::string cpu_text(double s, double seconds) {
    return s < 0 ? "n/a" : f("%.2f s", s) + " (" + f("%.0f %%", 100 * s / seconds) + ")";
}

void redis_section(std::ostringstream &o, const BenchResults &r) {
    const auto &v = r.redis;
    if (!v.have_cluster_overhead && v.throughput.empty() && v.many_users.empty())
        return;
    o << "## Redis: 1 Redis against a 3-master Redis Cluster (same run)\n\n";
    if (v.have_cluster_overhead) {
        const auto &c = v.cluster_overhead;
        o << "| measure (redis_mode=cluster) | p50 | p99 |\n|---|---:|---:|\n"
          << "| raw `GET` of the token key on the master holding it | " << dur(c.redis_get.p50_us)
          << " | " << dur(c.redis_get.p99_us) << " |\n"
          << "| routing overhead `lsnr_choose(key)` (token and floor, choose) | "
          << dur(c.choose.p50_us) << " (" << f("%.2f", c.choose.p50_us / c.redis_get.p50_us)
          << " × GET) | " << dur(c.choose.p99_us) << " ("
          << f("%.2f", c.choose.p99_us / c.redis_get.p99_us) << " × GET) |\n\n"
          << "The token key and the floor key hash to different slots, so in Cluster mode "
             "they may live on different masters. The extension publishes the registry to one "
             "Redis; for this section the benchmark copies it into the Cluster every 20 ms "
             "(its CPU is in lsnroute-bench's below), so the Cluster router chooses from the "
             "same replicas.\n\n";
    }
    if (!v.throughput.empty()) {
        o << "Token save + load (`lsnr_note_write` then `lsnr_choose` of a random one of "
          << r.config.users << " users), " << v.throughput.front().threads
          << " threads on both:\n\n| Redis | pairs/s | × 1 Redis | errors | CPU of each "
             "redis-server (share of one core) | CPU of lsnroute-bench | all of them, in cores "
             "|\n|---|---:|---:|---:|---|---:|---:|\n";
        const double base = v.throughput.front().pairs_per_s();
        for (const auto &t : v.throughput) {
            o << "| " << t.deployment << " | " << f("%.0f", t.pairs_per_s()) << " | "
              << (base > 0 ? f("%.2f", t.pairs_per_s() / base) : "n/a") << " | " << t.errors
              << " | ";
            for (size_t i = 0; i < t.redis_cpu.size(); ++i)
                o << (i ? "; " : "") << t.redis_cpu[i].name << " "
                  << cpu_text(t.redis_cpu[i].cpu_s, t.seconds);
            double total = t.bench_cpu_s;
            for (const auto &p : t.redis_cpu)
                total = p.cpu_s < 0 || total < 0 ? -1 : total + p.cpu_s;
            o << " | " << cpu_text(t.bench_cpu_s, t.seconds) << " | "
              << (total < 0 ? "n/a" : f("%.2f", total / t.seconds)) << " of " << r.machine.nproc
              << " |\n";
        }
        o << "\nWith " << r.machine.nproc
          << " CPU(s) shared by every Redis, PostgreSQL and the benchmark, the ratio shows what "
             "the client's Cluster path (slot routing, one connection pool per master, the "
             "token and floor on different masters) costs at the same concurrency, and the CPU "
             "columns show where the time went (a Cluster spreads the same work over three "
             "masters and adds the replicas' replication work); it cannot show Cluster "
             "scaling, which needs each master on its own core: when the last column nears the "
             "cores there are (PostgreSQL and other processes not counted), the machine is the "
             "limit, not Redis.\n\n";
    }
    if (!v.many_users.empty()) {
        o << "Many users: tokens of that many sticky keys saved (`lsnr_note_write`), "
             "`INFO memory` `used_memory` of the masters before and after:\n\n| Redis | tokens "
             "| errors | used_memory before → after | bytes per token | new keys per master "
             "|\n|---|---:|---:|---:|---:|---|\n";
        for (const auto &m : v.many_users) {
            o << "| " << m.deployment << " | " << m.tokens << " | " << m.errors << " | "
              << f("%.1f", double(m.used_memory_before) / 1048576) << " → "
              << f("%.1f MiB", double(m.used_memory_after) / 1048576) << " | "
              << f("%.0f", m.bytes_per_token()) << " | ";
            for (size_t i = 0; i < m.keys_per_master.size(); ++i)
                o << (i ? ", " : "") << m.keys_per_master[i].first << " "
                  << m.keys_per_master[i].second;
            o << " |\n";
        }
        o << "\n";
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
          << " | " << dur(v.visible.p99_us)
          << " | p99 ≤ 3 ms while WAL streams, at the default settings (publish_interval "
          << r.freshness_interval << ") |\n";
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
         "`pg_stat_database`, read after every connection of the run closed.";
    primary_rows_sentence(o, r);
    request_mode_cost_sentence(o, r);
    o << "\n\n";
    replica_wait_table(o, r);
    if (r.have_overhead || r.have_freshness) {
        o << "## pg_lsnroute's own costs (same run, same Redis)\n\n";
        micro_table(o, r);
        o << "\n";
    }
    redis_section(o, r);
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
