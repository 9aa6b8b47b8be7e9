// What the backend-side registry calls (registry_reader.hpp,
// blacklist_writer.hpp) return to their SQL wrappers. C types: the wrappers
// raise the error afterwards, once every C++ object is gone.
#pragma once

extern "C" {

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
}
