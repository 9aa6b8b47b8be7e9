#include "results.hpp"

#include <algorithm>
#include <functional>
#include <map>

namespace lsnroute::bench {

namespace {

double median_of(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double median_by(const SystemResult &s, const std::function<double(const RunResult &)> &f) {
    std::vector<double> v;
    for (const auto &r : s.runs)
        v.push_back(f(r));
    return median_of(v);
}

}  // namespace

SystemMedians medians(const SystemResult &s, int reads_after_write) {
    SystemMedians m;
    std::map<std::string, int64_t> by_node;
    bool rows_known = !s.runs.empty();
    for (const auto &r : s.runs) {
        m.stale_total += r.summary.stale_reads;
        m.pairs_total += r.summary.pairs_checked;
        m.reads_total += r.summary.reads;
        m.failed_total += r.summary.failed_requests;
        for (const auto &[node, n] : r.summary.reads_by_node)
            by_node[node] += n;
        if (r.primary_rows < 0)
            rows_known = false;
    }
    for (const auto &[node, n] : by_node)
        m.node_share.emplace_back(node, m.reads_total ? double(n) / double(m.reads_total) : 0.0);
    m.stale_reads = median_by(s, [](const RunResult &r) { return double(r.summary.stale_reads); });
    m.replica_share = median_by(s, [](const RunResult &r) { return r.summary.replica_share(); });
    m.eligible_replica_share = median_by(s, [reads_after_write](const RunResult &r) {
        const int64_t eligible = r.summary.reads - r.summary.writes * reads_after_write;
        return eligible > 0 ? double(r.summary.replica_reads) / double(eligible) : 0.0;
    });
    if (rows_known)
        m.primary_rows_per_request = median_by(s, [](const RunResult &r) {
            return r.summary.requests ? double(r.primary_rows) / double(r.summary.requests) : 0.0;
        });
    m.requests_per_s = median_by(s, [](const RunResult &r) {
        return r.summary.seconds > 0 ? double(r.summary.requests) / r.summary.seconds : 0.0;
    });
    m.request_p50_us =
        median_by(s, [](const RunResult &r) { return r.summary.request_latency.p50_us; });
    m.request_p99_us =
        median_by(s, [](const RunResult &r) { return r.summary.request_latency.p99_us; });
    m.write_p50_us =
        median_by(s, [](const RunResult &r) { return r.summary.write_latency.p50_us; });
    m.write_p99_us =
        median_by(s, [](const RunResult &r) { return r.summary.write_latency.p99_us; });
    m.routing_p50_us =
        median_by(s, [](const RunResult &r) { return r.summary.routing_overhead.p50_us; });
    m.routing_p99_us =
        median_by(s, [](const RunResult &r) { return r.summary.routing_overhead.p99_us; });
    m.redis_get_p50_us =
        median_by(s, [](const RunResult &r) { return r.summary.redis_get.p50_us; });
    m.redis_get_p99_us =
        median_by(s, [](const RunResult &r) { return r.summary.redis_get.p99_us; });
    return m;
}

std::optional<double> primary_rows_reduction(const BenchResults &r, const SystemMedians &m) {
    for (const auto &s : r.systems)
        if (s.name == "primary-only") {
            const double base = medians(s, r.config.reads_after_write).primary_rows_per_request;
            if (base <= 0 || m.primary_rows_per_request < 0)
                return std::nullopt;
            return 1 - m.primary_rows_per_request / base;
        }
    return std::nullopt;
}

}  // namespace lsnroute::bench
