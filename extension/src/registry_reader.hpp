// Backend-side read of the Redis registry for lsnroute.registry(). C
// interface: the SQL wrapper calls it and raises the error afterwards, once
// every C++ object is gone.
#pragma once

#include "registry_result.hpp"

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

// Reads the whole registry of lsnroute.cluster, sorted by node name. On
// success *rows is malloc()ed (free() it; NULL when empty).
LsnrRedisResult lsnr_registry_fetch(LsnrRegistryRow **rows, size_t *n, int64_t now_ms,
                                    LsnrAbortCheck abort_check, char *err, size_t errlen);
}
