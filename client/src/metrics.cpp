// Metrics counting and Prometheus rendering.
#include "metrics.hpp"

#include <cstdio>
#include <mutex>

namespace lsnroute {

Metrics::NodeCounters &Metrics::node_counters(std::string_view node) {
    {
        std::shared_lock<std::shared_mutex> lock(nodes_mutex_);
        auto it = nodes_.find(node);
        if (it != nodes_.end())
            return *it->second;
    }
    std::unique_lock<std::shared_mutex> lock(nodes_mutex_);
    auto &slot = nodes_[std::string(node)];
    if (!slot)
        slot = std::make_unique<NodeCounters>();
    return *slot;
}

void Metrics::routed(std::string_view node, Reason reason) noexcept {
    try {
        node_counters(node).by_reason[static_cast<size_t>(reason)].fetch_add(
            1, std::memory_order_relaxed);
    } catch (...) {
        // Out of memory for a new node's row: the count is lost, the read is not.
    }
}

void Metrics::routing_overhead_ns(int64_t ns) noexcept {
    if (ns < 0)
        ns = 0;
    const double s = static_cast<double>(ns) * 1e-9;
    size_t i = 0;
    while (i < kBuckets.size() && s > kBuckets[i])
        ++i;
    hist_[i].fetch_add(1, std::memory_order_relaxed);
    hist_sum_ns_.fetch_add(static_cast<uint64_t>(ns), std::memory_order_relaxed);
    hist_count_.fetch_add(1, std::memory_order_relaxed);
}

namespace {

// One sample with its HELP and TYPE lines, in the Prometheus text format.
void sample(std::string &out, const char *name, const char *help, const char *type,
            const std::string &value) {
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
    out += name;
    out += ' ';
    out += value;
    out += '\n';
}

void counter(std::string &out, const char *name, const char *help, uint64_t v) {
    sample(out, name, help, "counter", std::to_string(v));
}

void gauge(std::string &out, const char *name, const char *help, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    sample(out, name, help, "gauge", buf);
}

}  // namespace

std::string Metrics::render(const Gauges &g) const {
    std::string out;
    out.reserve(4096);
    out +=
        "# HELP lsnroute_routed_total Connections handed out (or advised), by node and reason.\n"
        "# TYPE lsnroute_routed_total counter\n";
    {
        std::shared_lock<std::shared_mutex> lock(nodes_mutex_);
        for (const auto &[node, c] : nodes_) {
            for (size_t r = 0; r < c->by_reason.size(); ++r) {
                const uint64_t v = c->by_reason[r].load(std::memory_order_relaxed);
                if (v == 0)
                    continue;
                out += "lsnroute_routed_total{node=\"" + node + "\",reason=\"" +
                       reason_name(static_cast<Reason>(r)) + "\"} " + std::to_string(v) + "\n";
            }
        }
    }
    out +=
        "# HELP lsnroute_registry_rejected_total Registry entries ignored, by reason.\n"
        "# TYPE lsnroute_registry_rejected_total counter\n";
    for (size_t r = 0; r < rejected_.size(); ++r)
        out += "lsnroute_registry_rejected_total{reason=\"" +
               std::string(reject_reason_name(static_cast<RejectReason>(r))) + "\"} " +
               std::to_string(rejected_[r].load(std::memory_order_relaxed)) + "\n";
    counter(out, "lsnroute_token_reads_total", "Token reads from Redis.", token_reads.load());
    counter(out, "lsnroute_token_read_failures_total", "Token reads that failed.",
            token_read_failures.load());
    counter(out, "lsnroute_token_saves_total", "Tokens saved after a write.", token_saves.load());
    counter(out, "lsnroute_token_save_failures_total", "Tokens that could not be saved.",
            token_save_failures.load());
    counter(out, "lsnroute_bad_tokens_total", "Malformed tokens met (request used the primary).",
            bad_tokens.load());
    counter(out, "lsnroute_replica_failures_total",
            "Replica connections that failed (node blacklisted).", replica_failures.load());
    counter(out, "lsnroute_retries_total", "Reads retried on another node after a failure.",
            retries.load());
    counter(out, "lsnroute_replica_waits_total",
            "Reads that waited on the registry for a replica only behind the token "
            "(replica_wait_ms).",
            replica_waits.load());
    counter(out, "lsnroute_replica_wait_misses_total",
            "Of those, waits that saw no replica eligible in time (read went to the primary).",
            replica_wait_misses.load());
    counter(out, "lsnroute_replica_wait_refused_total",
            "Reads not allowed to wait: token more than 16 MB past the primary's published "
            "flush LSN, or that LSN unknown (read went to the primary at once).",
            replica_wait_refused.load());
    counter(out, "lsnroute_redis_skipped_total", "Redis calls skipped because the breaker is open.",
            redis_skipped.load());
    counter(out, "lsnroute_registry_events_total", "Registry event messages applied.",
            registry_events.load());
    counter(out, "lsnroute_registry_refreshes_total", "Full registry refreshes.",
            registry_refreshes.load());
    counter(out, "lsnroute_registry_refresh_failures_total", "Full registry refreshes that failed.",
            registry_refresh_failures.load());
    counter(out, "lsnroute_registry_dsn_keys_ignored_total",
            "Keys of registry dsns other than host, hostaddr and port (ignored).",
            dsn_keys_ignored.load());
    counter(out, "lsnroute_registry_split_brain_total",
            "Full refreshes that found more than one live role=primary entry.", split_brain.load());
    counter(out, "lsnroute_registry_rereads_total",
            "Node hashes read again after an event of another identity.", registry_rereads.load());
    counter(out, "lsnroute_breaker_opened_total", "Times the Redis circuit breaker opened.",
            g.breaker_opened);
    counter(out, "lsnroute_floor_raises_total", "Floor raises to the primary's current LSN.",
            g.floor_raises);
    counter(out, "lsnroute_primary_switches_total",
            "Primary connections that failed and went to the newly promoted primary the "
            "registry named within timeout_ms.",
            primary_switches.load());
    counter(out, "lsnroute_commit_lsn_fallbacks_total",
            "Commit LSNs taken from the primary's insert LSN (the writing session was gone).",
            commit_lsn_fallbacks.load());
    counter(out, "lsnroute_replica_behind_entry_total",
            "New replica connections refused: replay below the registry entry they were chosen by.",
            replica_behind_entry.load());
    counter(out, "lsnroute_floor_raise_failures_total", "Floor raises that failed.",
            floor_raise_failures.load());
    counter(out, "lsnroute_floor_suspicions_total", "Signs that tokens may have been lost.",
            g.floor_suspicions);
    out +=
        "# HELP lsnroute_breaker_state Redis circuit breaker state (1 for the current one).\n"
        "# TYPE lsnroute_breaker_state gauge\n";
    for (const char *s : {"closed", "open", "half_open"})
        out += std::string("lsnroute_breaker_state{state=\"") + s + "\"} " +
               (std::string(s) == g.breaker_state ? "1" : "0") + "\n";
    gauge(out, "lsnroute_registry_age_seconds", "Seconds since the last full registry refresh.",
          g.registry_age_seconds);
    gauge(out, "lsnroute_registry_nodes", "Nodes in the registry snapshot.", g.registry_nodes);
    gauge(out, "lsnroute_registry_primaries",
          "Live role=primary entries in the snapshot (more than 1: split brain).",
          g.registry_primaries);
    gauge(out, "lsnroute_floor_guard_clear",
          "1 when replicas may be used, 0 while the floor must be raised first.",
          g.floor_guard_clear ? 1 : 0);
    gauge(out, "lsnroute_floor_above_primary",
          "1 while the floor in Redis is above the primary's insert LSN (replicas unused).",
          g.floor_above_primary ? 1 : 0);
    gauge(out, "lsnroute_redis_may_evict",
          "1 while Redis has maxmemory > 0 and a policy other than noeviction.",
          g.redis_may_evict ? 1 : 0);
    out +=
        "# HELP lsnroute_routing_overhead_seconds Routing overhead per request (begin + first "
        "choice).\n# TYPE lsnroute_routing_overhead_seconds histogram\n";
    uint64_t cum = 0;
    char le[32];
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        cum += hist_[i].load(std::memory_order_relaxed);
        std::snprintf(le, sizeof le, "%g", kBuckets[i]);
        out += std::string("lsnroute_routing_overhead_seconds_bucket{le=\"") + le + "\"} " +
               std::to_string(cum) + "\n";
    }
    cum += hist_[kBuckets.size()].load(std::memory_order_relaxed);
    out += "lsnroute_routing_overhead_seconds_bucket{le=\"+Inf\"} " + std::to_string(cum) + "\n";
    char sum[64];
    std::snprintf(sum, sizeof sum, "%.9f",
                  static_cast<double>(hist_sum_ns_.load(std::memory_order_relaxed)) * 1e-9);
    out += std::string("lsnroute_routing_overhead_seconds_sum ") + sum + "\n";
    out += "lsnroute_routing_overhead_seconds_count " +
           std::to_string(hist_count_.load(std::memory_order_relaxed)) + "\n";
    return out;
}

}  // namespace lsnroute
