// The users' cookies, shared by every router process of a fault run: one
// browser per user presents its cookie to whichever app server it reaches.
//
// A file of one 64-bit LSN per user, mapped MAP_SHARED by every process and
// raised with compare-and-swap (lock-free atomics work across processes on
// shared memory), so a response can only move a user's cookie forward, as
// the token handed out by lsnr_end_token / lsnr_end_at never goes below the
// one the request came with.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace lsnroute::fault {

class CookieJar {
  public:
    // Maps (creating or growing it as needed) `path` for users 1..users.
    // Throws std::runtime_error when the file cannot be mapped.
    CookieJar(const std::string &path, int64_t users);
    ~CookieJar();
    CookieJar(const CookieJar &) = delete;
    CookieJar &operator=(const CookieJar &) = delete;

    // The user's cookie as LSN text, "" when none.
    std::string get(int64_t user) const;
    // Raises the user's cookie to `token` (an LSN text; "" or malformed: no-op).
    void raise(int64_t user, const std::string &token);

  private:
    std::atomic<uint64_t> *slots_ = nullptr;
    size_t bytes_ = 0;
};

}  // namespace lsnroute::fault
