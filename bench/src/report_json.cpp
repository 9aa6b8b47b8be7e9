#include <cstdio>
#include <sstream>

#include "json_text.hpp"
#include "report.hpp"

namespace lsnroute::bench {

namespace {

std::string str(const std::string &s) {
    return workload::json_string(s);
}

std::string num(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

std::string pcts(const workload::Percentiles &p) {
    return "{\"count\":" + std::to_string(p.count) + ",\"p50_us\":" + num(p.p50_us) +
           ",\"p99_us\":" + num(p.p99_us) + ",\"max_us\":" + num(p.max_us) + "}";
}

void redis_json(std::ostringstream &o, const RedisCosts &v) {
    o << "\"redis\":{";
    if (v.have_cluster_overhead)
        o << "\"cluster_routing_overhead\":{\"lsnr_choose\":" << pcts(v.cluster_overhead.choose)
          << ",\"redis_get\":" << pcts(v.cluster_overhead.redis_get)
          << ",\"errors\":" << v.cluster_overhead.choose_errors << "},";
    o << "\"token_throughput\":[";
    for (size_t i = 0; i < v.throughput.size(); ++i) {
        const auto &t = v.throughput[i];
        o << (i ? "," : "") << "{\"deployment\":" << str(t.deployment)
          << ",\"threads\":" << t.threads << ",\"seconds\":" << num(t.seconds)
          << ",\"pairs\":" << t.pairs << ",\"pairs_per_s\":" << num(t.pairs_per_s())
          << ",\"errors\":" << t.errors << ",\"bench_cpu_s\":" << num(t.bench_cpu_s)
          << ",\"redis_cpu_s\":{";
        for (size_t k = 0; k < t.redis_cpu.size(); ++k)
            o << (k ? "," : "") << str(t.redis_cpu[k].name) << ":" << num(t.redis_cpu[k].cpu_s);
        o << "}}";
    }
    o << "],\"many_users\":[";
    for (size_t i = 0; i < v.many_users.size(); ++i) {
        const auto &m = v.many_users[i];
        o << (i ? "," : "") << "{\"deployment\":" << str(m.deployment) << ",\"tokens\":" << m.tokens
          << ",\"errors\":" << m.errors << ",\"used_memory_before\":" << m.used_memory_before
          << ",\"used_memory_after\":" << m.used_memory_after
          << ",\"bytes_per_token\":" << num(m.bytes_per_token()) << ",\"keys_per_master\":{";
        for (size_t k = 0; k < m.keys_per_master.size(); ++k)
            o << (k ? "," : "") << str(m.keys_per_master[k].first) << ":"
              << m.keys_per_master[k].second;
        o << "}}";
    }
    o << "]},\n";
}

}  // namespace

std::string report_json(const BenchResults &r) {
    const auto &c = r.config;
    const auto &m = r.machine;
    std::ostringstream o;
    o << "{\n\"command\":" << str(c.command) << ",\n\"machine\":{\"date_utc\":" << str(m.date_utc)
      << ",\"nproc\":" << m.nproc << ",\"cpu_model\":" << str(m.cpu_model)
      << ",\"kernel\":" << str(m.kernel) << ",\"postgresql\":" << str(m.pg_version)
      << ",\"redis\":" << str(m.redis_version) << ",\"pgpool\":" << str(m.pgpool_version) << "},\n";
    o << "\"config\":{\"topology\":" << str(c.topology) << ",\"runs\":" << c.runs
      << ",\"run_seconds\":" << num(c.run_seconds) << ",\"users\":" << c.users
      << ",\"threads\":" << c.threads << ",\"seed\":" << c.seed
      << ",\"write_share\":" << num(c.write_share) << ",\"reads_min\":" << c.reads_min
      << ",\"reads_max\":" << c.reads_max << ",\"reads_after_write\":" << c.reads_after_write
      << ",\"think_immediate_share\":" << num(c.immediate_share)
      << ",\"think_mean_ms\":" << num(c.think_mean_ms) << "},\n\"systems\":[\n";
    for (size_t i = 0; i < r.systems.size(); ++i) {
        const auto &s = r.systems[i];
        const SystemMedians md = medians(s, r.config.reads_after_write);
        o << "{\"name\":" << str(s.name) << ",\"description\":" << str(s.description)
          << ",\n \"median\":{\"stale_reads_per_run\":" << num(md.stale_reads)
          << ",\"stale_reads_total\":" << md.stale_total
          << ",\"pairs_checked_total\":" << md.pairs_total
          << ",\"failed_requests_total\":" << md.failed_total
          << ",\"replica_share\":" << num(md.replica_share)
          << ",\"eligible_replica_share\":" << num(md.eligible_replica_share)
          << ",\"node_share\":{";
        for (size_t k = 0; k < md.node_share.size(); ++k)
            o << (k ? "," : "") << str(md.node_share[k].first) << ":"
              << num(md.node_share[k].second);
        const auto fewer = primary_rows_reduction(r, md);
        o << "},\"primary_rows_per_request\":" << num(md.primary_rows_per_request)
          << ",\"primary_rows_reduction_vs_primary_only\":" << (fewer ? num(*fewer) : "null")
          << ",\"requests_per_s\":" << num(md.requests_per_s)
          << ",\"request_p50_us\":" << num(md.request_p50_us)
          << ",\"request_p99_us\":" << num(md.request_p99_us)
          << ",\"write_p50_us\":" << num(md.write_p50_us)
          << ",\"write_p99_us\":" << num(md.write_p99_us)
          << ",\"routing_p50_us\":" << num(md.routing_p50_us)
          << ",\"routing_p99_us\":" << num(md.routing_p99_us)
          << ",\"redis_get_p50_us\":" << num(md.redis_get_p50_us)
          << ",\"redis_get_p99_us\":" << num(md.redis_get_p99_us) << "},\n \"runs\":[\n";
        for (size_t k = 0; k < s.runs.size(); ++k) {
            const auto &run = s.runs[k];
            o << "  {\"seed\":" << run.seed << ",\"primary_rows\":" << run.primary_rows
              << ",\"primary_rows_exact\":" << (run.primary_rows_exact ? "true" : "false")
              << ",\"summary\":" << workload::summary_json(run.summary) << "}"
              << (k + 1 < s.runs.size() ? "," : "") << "\n";
        }
        o << " ]}" << (i + 1 < r.systems.size() ? "," : "") << "\n";
    }
    o << "],\n";
    if (r.have_overhead) {
        const auto &v = r.overhead;
        o << "\"routing_overhead\":{\"lsnr_choose\":" << pcts(v.choose)
          << ",\"redis_get\":" << pcts(v.redis_get) << ",\"lsnr_choose_at\":" << pcts(v.choose_at)
          << ",\"errors\":" << v.choose_errors << "},\n";
    }
    if (r.have_freshness) {
        const auto &v = r.freshness;
        o << "\"registry_freshness\":{\"publish_interval\":" << str(r.freshness_interval)
          << ",\"visible\":" << pcts(v.visible) << ",\"poll_rtt\":" << pcts(v.poll_rtt)
          << ",\"timeouts\":" << v.timeouts << "},\n";
    }
    redis_json(o, r.redis);
    o << "\"pgpool_nodes\":" << str(r.pgpool_nodes) << ",\n\"notes\":[";
    for (size_t i = 0; i < r.notes.size(); ++i)
        o << (i ? "," : "") << str(r.notes[i]);
    o << "]\n}\n";
    return o.str();
}

}  // namespace lsnroute::bench
