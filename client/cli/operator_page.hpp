// What `lsnroute serve` answers: the state as JSON, the HTML page that draws
// it (and polls for it), and the Prometheus text for /metrics.
#pragma once

#include <cstdint>
#include <string>

#include "lag_history.hpp"
#include "lsnroute/lsnroute.hpp"

namespace lsnroute::cli {

// {"now_ms", "floor", "registry_age_ms", "breaker", "replicas_in_use",
//  "nodes": [...], "blacklist": [...] | null, "blacklist_error",
//  "window_ms", "history": {"node": [[unix ms, lag ms], ...]}, "metrics"}
std::string state_json(Router &r, const LagHistory &history, int64_t now_ms);

// The page, with `state` (state_json's text) drawn at load; it then polls
// /api/state every `poll_ms`.
std::string page_html(const std::string &state, int poll_ms);

// The router's own metrics followed by the registry as gauges
// (lsnroute_node_lag_seconds, lsnroute_node_replay_lsn_bytes, ...).
std::string prometheus_text(Router &r);

}  // namespace lsnroute::cli
