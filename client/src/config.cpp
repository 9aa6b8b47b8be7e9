// Parsing of the router configuration string (docs/design.md "Client library").
#include "config.hpp"

#include <cctype>
#include <charconv>
#include <set>

#include "registry_dsn.hpp"
#include "registry_schema.hpp"

namespace lsnroute {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string quoted(std::string_view v) {
    return "'" + std::string(v) + "'";
}

long parse_number(std::string_view key, std::string_view value, long min, long max) {
    long n = 0;
    const char *end = value.data() + value.size();
    auto [ptr, ec] = std::from_chars(value.data(), end, n);
    if (value.empty() || ec == std::errc::invalid_argument || ptr != end)
        throw ConfigError(std::string(key) + ": " + quoted(value) + " is not a number");
    if (ec == std::errc::result_out_of_range || n < min || n > max)
        throw ConfigError(std::string(key) + ": " + quoted(value) + " is out of range (" +
                          std::to_string(min) + ".." + std::to_string(max) + ")");
    return n;
}

// `redis`: host[:port] items (port 6379 when left out), none empty.
std::vector<redis::Endpoint> parse_endpoints(std::string_view value) {
    using Error = redis_protocol::EndpointList::Error;
    redis_protocol::EndpointList parsed =
        redis_protocol::parse_endpoint_list(value, {/*skip_empty_items=*/false, 6379});
    switch (parsed.error) {
        case Error::None:
            return std::move(parsed.endpoints);
        case Error::NoHost:
            throw ConfigError("redis: " + quoted(parsed.bad_item) + " has no host");
        case Error::BadPort:
            throw ConfigError("redis: " + quoted(parsed.bad_item) + " has no valid port");
        case Error::Empty:
        case Error::EmptyItem:
            break;
    }
    throw ConfigError("redis: " + quoted(value) + " has an empty host:port entry");
}

}  // namespace

std::vector<std::pair<std::string, std::string>> split_conninfo(std::string_view text) {
    std::vector<std::pair<std::string, std::string>> out;
    size_t i = 0;
    const size_t n = text.size();
    while (true) {
        while (i < n && is_space(text[i]))
            ++i;
        if (i >= n)
            break;
        const size_t key_start = i;
        while (i < n && text[i] != '=' && !is_space(text[i]))
            ++i;
        std::string key(text.substr(key_start, i - key_start));
        while (i < n && is_space(text[i]))
            ++i;
        if (i >= n || text[i] != '=')
            throw ConfigError("missing '=' after " + quoted(key) + " in configuration");
        ++i;
        while (i < n && is_space(text[i]))
            ++i;
        std::string value;
        if (i < n && text[i] == '\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                const char c = text[i++];
                if (c == '\\' && i < n) {
                    value.push_back(text[i++]);
                } else if (c == '\'') {
                    closed = true;
                    break;
                } else {
                    value.push_back(c);
                }
            }
            if (!closed)
                throw ConfigError(key + ": unterminated quoted value");
        } else {
            while (i < n && !is_space(text[i])) {
                if (text[i] == '\\' && i + 1 < n)
                    ++i;
                value.push_back(text[i++]);
            }
        }
        if (key.empty())
            throw ConfigError("empty key in configuration");
        out.emplace_back(std::move(key), std::move(value));
    }
    return out;
}

void append_conninfo_pair(std::string &out, std::string_view k, std::string_view v) {
    if (!out.empty())
        out.push_back(' ');
    out += k;
    out += "='";
    for (char c : v) {
        if (c == '\'' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('\'');
}

std::string conninfo_without_secrets(std::string_view conninfo) {
    std::string out;
    for (auto &[k, v] : split_conninfo(conninfo))
        if (k != "password" && k != "sslpassword")
            append_conninfo_pair(out, k, v);
    return out;
}

std::string merge_conninfo(std::string_view base, std::string_view extra) {
    std::string out;
    std::set<std::string> seen;
    auto append = [&out](const std::string &k, const std::string &v) {
        append_conninfo_pair(out, k, v);
    };
    for (auto &[k, v] : split_conninfo(base)) {
        seen.insert(k);
        append(k, v);
    }
    for (auto &[k, v] : split_conninfo(extra))
        if (seen.insert(k).second)
            append(k, v);
    return out;
}

Config Config::parse(std::string_view text) {
    Config c;
    c.redis.seeds = {redis::Endpoint{"127.0.0.1", 6379}};
    std::set<std::string> given;
    for (auto &[key, value] : split_conninfo(text)) {
        if (!given.insert(key).second)
            throw ConfigError(key + ": given more than once");
        if (key == "redis") {
            c.redis.seeds = parse_endpoints(value);
        } else if (key == "redis_mode") {
            if (value == "standalone")
                c.redis.mode = redis::Mode::Standalone;
            else if (value == "cluster")
                c.redis.mode = redis::Mode::Cluster;
            else if (value == "sentinel")
                c.redis.mode = redis::Mode::Sentinel;
            else
                throw ConfigError("redis_mode: " + quoted(value) +
                                  " is not one of standalone, cluster, sentinel");
        } else if (key == "redis_master_name") {
            if (value.empty())
                throw ConfigError("redis_master_name: must not be empty");
            c.redis.master_name = value;
        } else if (key == "redis_user") {
            c.redis.user = value;
        } else if (key == "redis_password") {
            c.redis.password = value;
        } else if (key == "redis_db") {
            c.redis.db = static_cast<int>(parse_number(key, value, 0, 1 << 20));
        } else if (key == "cluster") {
            if (!schema::valid_cluster_name(value))
                throw ConfigError("cluster: " + quoted(value) +
                                  " is not a valid cluster name ([A-Za-z0-9_.-]{1,64})");
            c.cluster = value;
        } else if (key == "pg") {
            split_conninfo(value);  // validates the quoting now, not at first connect
            c.pg = value;
        } else if (key == "primary") {
            split_conninfo(value);
            c.primary = value;
        } else if (key == "max_lag_ms") {
            c.max_lag_ms = parse_number(key, value, 0, 86400000L);
        } else if (key == "token_ttl_ms") {
            c.token_ttl_ms = parse_number(key, value, 1, 365L * 86400000L);
        } else if (key == "blacklist_ms") {
            c.blacklist_ms = parse_number(key, value, 0, 86400000L);
        } else if (key == "refresh_ms") {
            c.refresh_ms = parse_number(key, value, 1, 3600000L);
        } else if (key == "timeout_ms") {
            c.timeout_ms = parse_number(key, value, 1, 600000L);
        } else if (key == "node_ttl_ms") {
            c.node_ttl_ms = parse_number(key, value, 1, 3600000L);
        } else if (key == "replica_wait_ms") {
            // Bounded well below anything that could stall a request for
            // long: the wait is paid by the read (on the registry snapshot;
            // it holds no connection).
            c.replica_wait_ms = parse_number(key, value, 0, 10000L);
        } else if (key == "redis_wait_replicas") {
            c.redis_wait_replicas = static_cast<int>(parse_number(key, value, 0, 100));
        } else if (key == "policy") {
            if (value == "least_lag")
                c.policy = Policy::LeastLag;
            else if (value == "random")
                c.policy = Policy::Random;
            else if (value == "round_robin")
                c.policy = Policy::RoundRobin;
            else
                throw ConfigError("policy: " + quoted(value) +
                                  " is not one of least_lag, random, round_robin");
        } else if (key == "allowed_hosts") {
            c.allowed_hosts = AllowedHosts::parse(value);
        } else if (key == "pool_size") {
            c.pool_size = static_cast<int>(parse_number(key, value, 1, 10000));
        } else {
            throw ConfigError("unknown configuration key " + quoted(key));
        }
    }
    if (c.redis.mode == redis::Mode::Cluster && c.redis.db != 0)
        throw ConfigError("redis_db: " + std::to_string(c.redis.db) +
                          " is not possible with redis_mode=cluster (only 0)");
    // A token must outlive the time a replica may lag behind it, or an expired
    // token could let a lagging replica serve a read older than the write.
    if (c.token_ttl_ms <= c.max_lag_ms)
        throw ConfigError("token_ttl_ms: " + std::to_string(c.token_ttl_ms) +
                          " must be greater than max_lag_ms (" + std::to_string(c.max_lag_ms) +
                          ")");
    if (!c.primary.empty() && !c.allowed_hosts.empty()) {
        const auto hosts = conninfo_hosts(merge_conninfo(c.primary, c.pg));
        if (!hosts || !c.allowed_hosts.allows_all(*hosts))
            throw ConfigError("primary: its host is not in allowed_hosts");
    }
    c.redis.timeout = std::chrono::milliseconds(c.timeout_ms);
    return c;
}

}  // namespace lsnroute
