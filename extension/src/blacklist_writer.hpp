// Backend-side write of the Redis blacklist for lsnroute.blacklist() and
// unblacklist(). C interface: the SQL wrappers call it and raise the error
// afterwards, once every C++ object is gone.
#pragma once

#include "registry_result.hpp"

#include <cstddef>
#include <cstdint>

extern "C" {

// ZADD the node with score until_ms, or ZREM it when until_ms < 0.
LsnrRedisResult lsnr_registry_blacklist(const char *node, int64_t until_ms,
                                        LsnrAbortCheck abort_check, char *err, size_t errlen);
}
