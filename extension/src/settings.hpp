// The lsnroute.* GUCs: their C variables (owned by PostgreSQL's GUC machinery)
// and a C++ snapshot of them for the Redis code.
#pragma once

#include <cstdint>
#include <string>

extern "C" {
extern char *lsnr_redis_host;
extern int lsnr_redis_port;
extern char *lsnr_redis_password;
extern char *lsnr_redis_user;
extern int lsnr_redis_db;
extern char *lsnr_redis_sentinels;
extern char *lsnr_redis_master_name;
extern char *lsnr_cluster;
extern char *lsnr_node_name;
extern char *lsnr_node_dsn;
extern int lsnr_publish_interval_ms;
extern int lsnr_streaming_interval_ms;
extern int lsnr_heartbeat_interval_ms;
extern int lsnr_node_ttl_ms;
extern int lsnr_redis_timeout_ms;
extern bool lsnr_enabled;

// Registers every lsnroute.* GUC; called once from _PG_init.
void lsnr_define_gucs(void);
}

namespace lsnroute::ext {

// Where and how to reach Redis. The password lives only here and in the GUC;
// nothing formats it into a message.
struct RedisSettings {
    std::string host;
    int port = 6379;
    std::string user;
    std::string password;
    int db = 0;
    std::string sentinels;  // "host:port,host:port" or empty
    std::string master_name;
    int timeout_ms = 200;

    bool operator==(const RedisSettings &o) const {
        return host == o.host && port == o.port && user == o.user && password == o.password &&
               db == o.db && sentinels == o.sentinels && master_name == o.master_name &&
               timeout_ms == o.timeout_ms;
    }
    bool operator!=(const RedisSettings &o) const { return !(*this == o); }
};

// Everything the publisher needs, read from the GUCs at one moment.
struct Settings {
    RedisSettings redis;
    std::string cluster;
    std::string node_name;  // effective: the GUC or "<hostname>:<port>"
    std::string node_dsn;   // effective: the GUC or "host=<hostname> port=<port>"
    int publish_interval_ms = 10;
    int heartbeat_interval_ms = 1000;
    int node_ttl_ms = 5000;
    bool enabled = true;
};

// Reads the current GUC values. May throw std::bad_alloc.
Settings current_settings();
RedisSettings current_redis_settings();

}  // namespace lsnroute::ext
