// Backend-side access to the Redis registry for lsnroute.registry(),
// blacklist() and unblacklist(). C interface: the SQL wrappers call these and
// raise the error afterwards, once every C++ object is gone.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" {

typedef struct LsnrRegistryRow {
    char node[129];
    char role[16];
    char dsn[1024];
    bool has_replay;
    uint64_t replay_lsn;
    bool has_lag;
    int64_t lag_ms;
    bool has_published;
    int64_t published_at_ms;
    bool has_blacklist;
    int64_t blacklisted_until_ms;
    // Added in 1.1 (absent in entries a 1.0 worker wrote).
    bool has_system_id;
    int64_t system_id;  // the uint64 identifier as pg_control_system() shows it
    bool has_started_at;
    int64_t started_at_ms;
    char lag_source[16];  // "" when absent or empty (a primary)
} LsnrRegistryRow;

typedef enum LsnrRedisResult {
    LSNR_OK = 0,
    LSNR_UNREACHABLE = 1,  // could not connect / timed out / AUTH failed
    LSNR_REDIS_ERROR = 2,  // Redis answered with an error
    LSNR_INTERNAL = 3,     // out of memory and the like
    LSNR_INTERRUPTED = 4   // abort_check said stop (query cancel, terminate)
} LsnrRedisResult;

// Polled every few milliseconds while waiting on Redis; true abandons the
// request (the backend: a query cancel or termination is pending).
typedef bool (*LsnrAbortCheck)(void);

// Reads the whole registry of lsnroute.cluster, sorted by node name. On
// success *rows is malloc()ed (free() it; NULL when empty).
LsnrRedisResult lsnr_registry_fetch(LsnrRegistryRow **rows, size_t *n, int64_t now_ms,
                                    LsnrAbortCheck abort_check, char *err, size_t errlen);

// ZADD the node with score until_ms, or ZREM it when until_ms < 0.
LsnrRedisResult lsnr_registry_blacklist(const char *node, int64_t until_ms,
                                        LsnrAbortCheck abort_check, char *err, size_t errlen);
}
