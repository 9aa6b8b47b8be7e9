// GUC definitions of lsnroute (names and defaults: docs/design.md, binding).
#include "settings.hpp"

#include "pg.hpp"
#include "registry_schema.hpp"

#include <unistd.h>

extern "C" {
char *lsnr_redis_host = nullptr;
int lsnr_redis_port = 6379;
char *lsnr_redis_password = nullptr;
char *lsnr_redis_user = nullptr;
int lsnr_redis_db = 0;
char *lsnr_redis_sentinels = nullptr;
char *lsnr_redis_master_name = nullptr;
char *lsnr_cluster = nullptr;
char *lsnr_node_name = nullptr;
char *lsnr_node_dsn = nullptr;
int lsnr_publish_interval_ms = 10;
int lsnr_streaming_interval_ms = 2;
int lsnr_heartbeat_interval_ms = 1000;
int lsnr_node_ttl_ms = 5000;
int lsnr_redis_timeout_ms = 200;
bool lsnr_enabled = true;
}

namespace {

// The cluster name becomes part of every Redis key: reject what the schema
// does not allow instead of publishing under a key no client will read.
bool check_cluster(char **newval, void **, GucSource) {
    if (*newval != nullptr && lsnroute::schema::valid_cluster_name(*newval))
        return true;
    GUC_check_errdetail("A cluster name is 1 to 64 characters of A-Z a-z 0-9 _ . -");
    return false;
}

// Empty means "<hostname>:<port>", computed when used.
bool check_node_name(char **newval, void **, GucSource) {
    if (*newval == nullptr || **newval == '\0' || lsnroute::schema::valid_node_name(*newval))
        return true;
    GUC_check_errdetail("A node name is 1 to 128 characters of A-Z a-z 0-9 _ . : -");
    return false;
}

// A conninfo handed to every client must not carry a secret.
bool check_node_dsn(char **newval, void **, GucSource) {
    if (*newval != nullptr && strstr(*newval, "password") != nullptr) {
        GUC_check_errdetail(
            "lsnroute.node_dsn is published to Redis; it must not contain a password.");
        return false;
    }
    return true;
}

}  // namespace

extern "C" void lsnr_define_gucs(void) {
    DefineCustomStringVariable(
        "lsnroute.redis_host", "Redis host (or, with lsnroute.redis_sentinels, unused).", nullptr,
        &lsnr_redis_host, "127.0.0.1", PGC_SIGHUP, 0, nullptr, nullptr, nullptr);
    DefineCustomIntVariable("lsnroute.redis_port", "Redis port.", nullptr, &lsnr_redis_port, 6379,
                            1, 65535, PGC_SIGHUP, 0, nullptr, nullptr, nullptr);
    DefineCustomStringVariable("lsnroute.redis_password", "Redis AUTH password.",
                               "Visible to superusers only; never logged or published.",
                               &lsnr_redis_password, "", PGC_SIGHUP,
                               GUC_SUPERUSER_ONLY | GUC_NO_SHOW_ALL | GUC_NOT_IN_SAMPLE, nullptr,
                               nullptr, nullptr);
    DefineCustomStringVariable(
        "lsnroute.redis_user", "Redis ACL user name (Redis 6+); empty for the default user.",
        nullptr, &lsnr_redis_user, "", PGC_SIGHUP, 0, nullptr, nullptr, nullptr);
    DefineCustomIntVariable("lsnroute.redis_db", "Redis database number.", nullptr, &lsnr_redis_db,
                            0, 0, 65535, PGC_SIGHUP, 0, nullptr, nullptr, nullptr);
    DefineCustomStringVariable(
        "lsnroute.redis_sentinels",
        "Sentinels as host:port,host:port; when set, the Redis master is discovered through them.",
        nullptr, &lsnr_redis_sentinels, "", PGC_SIGHUP, 0, nullptr, nullptr, nullptr);
    DefineCustomStringVariable("lsnroute.redis_master_name", "Sentinel master name.", nullptr,
                               &lsnr_redis_master_name, "mymaster", PGC_SIGHUP, 0, nullptr, nullptr,
                               nullptr);
    DefineCustomStringVariable("lsnroute.cluster", "Registry cluster name (the {C} of every key).",
                               nullptr, &lsnr_cluster, "default", PGC_SIGHUP, 0, check_cluster,
                               nullptr, nullptr);
    DefineCustomStringVariable(
        "lsnroute.node_name", "This node's name in the registry; empty for <hostname>:<port>.",
        nullptr, &lsnr_node_name, "", PGC_SIGHUP, 0, check_node_name, nullptr, nullptr);
    DefineCustomStringVariable(
        "lsnroute.node_dsn",
        "Conninfo clients use to reach this node; empty for host=<hostname> port=<port>.", nullptr,
        &lsnr_node_dsn, "", PGC_SIGHUP, 0, check_node_dsn, nullptr, nullptr);
    DefineCustomIntVariable("lsnroute.publish_interval",
                            "How often the worker polls the node's state.", nullptr,
                            &lsnr_publish_interval_ms, 10, 1, 60000, PGC_SIGHUP, GUC_UNIT_MS,
                            nullptr, nullptr, nullptr);
    DefineCustomIntVariable(
        "lsnroute.streaming_interval",
        "How often the worker polls a standby while WAL streams in or a backend waits.",
        "While receive or replay moved in the last 100 ms, or someone waits in wait_for_lsn(). "
        "0 means lsnroute.publish_interval.",
        &lsnr_streaming_interval_ms, 2, 0, 60000, PGC_SIGHUP, GUC_UNIT_MS, nullptr, nullptr,
        nullptr);
    DefineCustomIntVariable("lsnroute.heartbeat_interval",
                            "Longest time between two publishes when nothing moved.", nullptr,
                            &lsnr_heartbeat_interval_ms, 1000, 10, 3600000, PGC_SIGHUP, GUC_UNIT_MS,
                            nullptr, nullptr, nullptr);
    DefineCustomIntVariable(
        "lsnroute.node_ttl", "Lifetime of this node's registry entry without a publish.", nullptr,
        &lsnr_node_ttl_ms, 5000, 100, 86400000, PGC_SIGHUP, GUC_UNIT_MS, nullptr, nullptr, nullptr);
    DefineCustomIntVariable("lsnroute.redis_timeout", "Connect and command timeout for Redis.",
                            nullptr, &lsnr_redis_timeout_ms, 200, 1, 60000, PGC_SIGHUP, GUC_UNIT_MS,
                            nullptr, nullptr, nullptr);
    DefineCustomBoolVariable("lsnroute.enabled", "Whether the worker publishes this node.", nullptr,
                             &lsnr_enabled, true, PGC_SIGHUP, 0, nullptr, nullptr, nullptr);
    MarkGUCPrefixReserved("lsnroute");
}

namespace lsnroute::ext {

namespace {

std::string str_or_empty(const char *s) {
    return s != nullptr ? std::string(s) : std::string();
}

std::string host_name() {
    char buf[256];
    if (gethostname(buf, sizeof buf - 1) != 0)
        return "localhost";
    buf[sizeof buf - 1] = '\0';
    return buf;
}

}  // namespace

RedisSettings current_redis_settings() {
    RedisSettings r;
    r.host = str_or_empty(lsnr_redis_host);
    r.port = lsnr_redis_port;
    r.user = str_or_empty(lsnr_redis_user);
    r.password = str_or_empty(lsnr_redis_password);
    r.db = lsnr_redis_db;
    r.sentinels = str_or_empty(lsnr_redis_sentinels);
    r.master_name = str_or_empty(lsnr_redis_master_name);
    r.timeout_ms = lsnr_redis_timeout_ms;
    return r;
}

Settings current_settings() {
    Settings s;
    s.redis = current_redis_settings();
    s.cluster = str_or_empty(lsnr_cluster);
    const std::string port = std::to_string(PostPortNumber);
    s.node_name = str_or_empty(lsnr_node_name);
    if (s.node_name.empty())
        s.node_name = host_name() + ":" + port;
    // A hostname may hold characters a node name may not; keep what is allowed.
    for (char &c : s.node_name)
        if (!schema::valid_node_name(std::string_view(&c, 1)))
            c = '-';
    if (s.node_name.size() > 128)
        s.node_name.resize(128);
    s.node_dsn = str_or_empty(lsnr_node_dsn);
    if (s.node_dsn.empty())
        s.node_dsn = "host=" + host_name() + " port=" + port;
    s.publish_interval_ms = lsnr_publish_interval_ms;
    s.heartbeat_interval_ms = lsnr_heartbeat_interval_ms;
    s.node_ttl_ms = lsnr_node_ttl_ms;
    s.enabled = lsnr_enabled;
    return s;
}

}  // namespace lsnroute::ext
