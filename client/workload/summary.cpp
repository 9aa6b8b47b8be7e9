#include "summary.hpp"

#include "json_text.hpp"
#include "number_text.hpp"

#include <cstdio>
#include <sstream>

namespace lsnroute::workload {

namespace {

const auto fmt = number_text;
const auto dur = duration_text;

std::string pct(int64_t part, int64_t whole) {
    return whole == 0
               ? "-"
               : fmt("%.1f %%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

void row(std::ostream &out, const std::string &label, const std::string &value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "  %-20s ", label.c_str());
    out << buf << value << "\n";
}

std::string json_percentiles(const Percentiles &p) {
    std::ostringstream o;
    o << "{\"count\":" << p.count << ",\"p50_us\":" << fmt("%.1f", p.p50_us)
      << ",\"p99_us\":" << fmt("%.1f", p.p99_us) << ",\"max_us\":" << fmt("%.1f", p.max_us) << "}";
    return o.str();
}

}  // namespace

void print_summary(std::ostream &out, const Summary &s) {
    out << s.system << " — " << fmt("%.1f", s.seconds) << " s\n";
    row(out, "requests",
        std::to_string(s.requests) + "  (" +
            fmt("%.0f", static_cast<double>(s.requests) / (s.seconds > 0 ? s.seconds : 1)) +
            "/s, failed " + std::to_string(s.failed_requests) + ")");
    row(out, "writes", std::to_string(s.writes));
    row(out, "reads",
        std::to_string(s.reads) + "  (" + pct(s.replica_reads, s.reads) + " on replicas)");
    for (const auto &[node, n] : s.reads_by_node)
        row(out, "  served by " + node, std::to_string(n) + "  (" + pct(n, s.reads) + ")");
    row(out, "stale reads",
        std::to_string(s.stale_reads) + "  (every read checked; " +
            std::to_string(s.pairs_checked) + " read-after-write pairs, " +
            std::to_string(s.pairs_within_1s) + " within 1 s of the write)");
    if (s.read_retries > 0)
        row(out, "reads retried", std::to_string(s.read_retries));
    row(out, "request latency",
        "p50 " + dur(s.request_latency.p50_us) + "   p99 " + dur(s.request_latency.p99_us));
    row(out, "write statement",
        "p50 " + dur(s.write_latency.p50_us) + "   p99 " + dur(s.write_latency.p99_us));
    row(out, "routing overhead",
        "p50 " + dur(s.routing_overhead.p50_us) + "   p99 " + dur(s.routing_overhead.p99_us) +
            "   (begin + choosing the node, no SQL)");
    if (s.redis_get.count > 0)
        row(out, "raw Redis GET",
            "p50 " + dur(s.redis_get.p50_us) + "   p99 " + dur(s.redis_get.p99_us) +
                "   (hiredis, same run)");
    for (const auto &x : s.stale_samples)
        row(out, "STALE",
            "user " + std::to_string(x.user) + " saw version " + std::to_string(x.seen_version) +
                " < acknowledged " + std::to_string(x.required_version) + " on " + x.node + ", " +
                (x.same_request ? std::string("in the request that wrote it")
                                : fmt("%.1f", x.ms_after_ack) + " ms after the ack"));
    for (const auto &e : s.errors)
        row(out, "error", e);
}

std::string summary_json(const Summary &s) {
    std::ostringstream o;
    o << "{\"system\":" << json_string(s.system) << ",\"seconds\":" << fmt("%.3f", s.seconds)
      << ",\"requests\":" << s.requests << ",\"failed_requests\":" << s.failed_requests
      << ",\"writing_requests\":" << s.writing_requests << ",\"reads\":" << s.reads
      << ",\"writes\":" << s.writes << ",\"read_retries\":" << s.read_retries
      << ",\"stale_reads\":" << s.stale_reads << ",\"pairs_checked\":" << s.pairs_checked
      << ",\"pairs_within_1s\":" << s.pairs_within_1s << ",\"replica_reads\":" << s.replica_reads
      << ",\"replica_share\":" << fmt("%.4f", s.replica_share()) << ",\"reads_by_node\":{";
    bool first = true;
    for (const auto &[node, n] : s.reads_by_node) {
        o << (first ? "" : ",") << json_string(node) << ":" << n;
        first = false;
    }
    o << "},\"request_latency\":" << json_percentiles(s.request_latency)
      << ",\"routing_overhead\":" << json_percentiles(s.routing_overhead)
      << ",\"end_latency\":" << json_percentiles(s.end_latency)
      << ",\"write_latency\":" << json_percentiles(s.write_latency)
      << ",\"redis_get\":" << json_percentiles(s.redis_get) << ",\"stale_samples\":[";
    first = true;
    for (const auto &x : s.stale_samples) {
        o << (first ? "" : ",") << "{\"user\":" << x.user
          << ",\"required_version\":" << x.required_version
          << ",\"seen_version\":" << x.seen_version << ",\"node\":" << json_string(x.node)
          << ",\"same_request\":" << (x.same_request ? "true" : "false")
          << ",\"ms_after_ack\":" << fmt("%.3f", x.ms_after_ack) << "}";
        first = false;
    }
    o << "],\"errors\":[";
    first = true;
    for (const auto &e : s.errors) {
        o << (first ? "" : ",") << json_string(e);
        first = false;
    }
    o << "]}";
    return o.str();
}

}  // namespace lsnroute::workload
