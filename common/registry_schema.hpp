// Redis registry schema v1: the one place that spells the key names, hash
// fields and event message format of docs/design.md (stable).
// Shared by the extension (writer) and the client (reader). Header-only,
// exception-free except for std::bad_alloc from std::string.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace lsnroute::schema {

constexpr std::string_view kVersionText = "1";

// Hash fields of lsnroute:{C}:node:<node>.
namespace field {
constexpr std::string_view v = "v";
constexpr std::string_view role = "role";
constexpr std::string_view dsn = "dsn";
constexpr std::string_view timeline = "timeline";
constexpr std::string_view replay_lsn = "replay_lsn";
constexpr std::string_view receive_lsn = "receive_lsn";
constexpr std::string_view flush_lsn = "flush_lsn";
constexpr std::string_view lag_ms = "lag_ms";
constexpr std::string_view replay_ts_ms = "replay_ts_ms";
constexpr std::string_view paused = "paused";
constexpr std::string_view published_at_ms = "published_at_ms";
constexpr std::string_view seq = "seq";
constexpr std::string_view pg_version = "pg_version";
// Added in 1.1 (identity and lag provenance). A reader treats an entry
// without them as 1.0 data: never eligible once any entry carries them.
constexpr std::string_view system_id = "system_id";
constexpr std::string_view started_at_ms = "started_at_ms";
constexpr std::string_view lag_source = "lag_source";
// Event-only fields.
constexpr std::string_view node = "node";
constexpr std::string_view floor = "floor";
}  // namespace field

// Values of lag_source (1.1); empty on a primary.
constexpr std::string_view kLagSourceReceiver = "receiver";
constexpr std::string_view kLagSourceSilence = "silence";
constexpr std::string_view kLagSourceUnknown = "unknown";

constexpr std::string_view kRolePrimary = "primary";
constexpr std::string_view kRoleStandby = "standby";

// `C` is [A-Za-z0-9_.-]{1,64}.
inline bool valid_cluster_name(std::string_view c) noexcept {
    if (c.empty() || c.size() > 64)
        return false;
    for (char ch : c) {
        const bool ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
                        (ch >= '0' && ch <= '9') || ch == '_' || ch == '.' || ch == '-';
        if (!ok)
            return false;
    }
    return true;
}

// A node name is [A-Za-z0-9_.:-]{1,128}.
inline bool valid_node_name(std::string_view n) noexcept {
    if (n.empty() || n.size() > 128)
        return false;
    for (char ch : n) {
        const bool ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
                        (ch >= '0' && ch <= '9') || ch == '_' || ch == '.' || ch == '-' ||
                        ch == ':';
        if (!ok)
            return false;
    }
    return true;
}

// The braces around C are a Redis Cluster hash tag: every registry key of one
// cluster lives in one slot, so a pipeline over them never crosses shards.
inline std::string prefix(std::string_view cluster) {
    std::string s("lsnroute:{");
    s.append(cluster);
    s.append("}:");
    return s;
}
inline std::string node_key(std::string_view cluster, std::string_view node) {
    return prefix(cluster).append("node:").append(node);
}
inline std::string nodes_key(std::string_view cluster) {
    return prefix(cluster).append("nodes");
}
inline std::string events_channel(std::string_view cluster) {
    return prefix(cluster).append("events");
}
inline std::string blacklist_key(std::string_view cluster) {
    return prefix(cluster).append("blacklist");
}
// A blacklist ZSET score (Unix ms until) as Redis hands it back, a double:
// nullopt for NaN, clamped to int64 beyond its range (a score may be inf).
// Converting such a double straight to an integer is undefined behaviour
// (found by fuzz/targets/blacklist_reply.cpp and ext_registry.cpp).
inline std::optional<int64_t> blacklist_until_ms(double score) noexcept {
    if (std::isnan(score))
        return std::nullopt;
    if (score >= 9.2e18)
        return std::numeric_limits<int64_t>::max();
    if (score <= -9.2e18)
        return std::numeric_limits<int64_t>::min();
    return static_cast<int64_t>(score);
}

inline std::string floor_key(std::string_view cluster) {
    return prefix(cluster).append("floor");
}
// Token keys carry no hash tag so that they spread over a Redis Cluster.
inline std::string token_key(std::string_view cluster, std::string_view key) {
    std::string s("lsnroute:tok:");
    s.append(cluster);
    s.push_back(':');
    s.append(key);
    return s;
}

// Event message: space-separated field=value pairs. Values never contain
// spaces (LSNs, numbers, names), so no quoting is needed.
inline void append_event_pair(std::string &msg, std::string_view name, std::string_view value) {
    if (!msg.empty())
        msg.push_back(' ');
    msg.append(name);
    msg.push_back('=');
    msg.append(value);
}

// Calls fn(name, value) for each field=value pair of an event message; pairs
// without '=' are skipped (readers ignore what they do not understand).
template <typename Fn>
void for_each_event_pair(std::string_view msg, Fn &&fn) {
    size_t pos = 0;
    while (pos < msg.size()) {
        size_t end = msg.find(' ', pos);
        if (end == std::string_view::npos)
            end = msg.size();
        const std::string_view pair = msg.substr(pos, end - pos);
        const size_t eq = pair.find('=');
        if (eq != std::string_view::npos && eq > 0)
            fn(pair.substr(0, eq), pair.substr(eq + 1));
        pos = end + 1;
    }
}

}  // namespace lsnroute::schema
