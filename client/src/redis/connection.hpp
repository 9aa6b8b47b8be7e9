// One connection to one Redis server: a blocking hiredis context owned by a
// unique_ptr, logged in (AUTH [user] password, SELECT db) when opened. Every
// I/O step is bounded by the caller's deadline (redisSetTimeout before each
// step). After any I/O failure the connection is broken() and must be thrown
// away: hiredis 0.14 cannot resynchronise a half-read stream.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "redis/deadline.hpp"
#include "redis/redis_client.hpp"

namespace lsnroute::redis {

// Authentication refused (WRONGPASS, NOAUTH): a configuration error, never
// retried or taken for a server failure.
class AuthError : public Error {
  public:
    using Error::Error;
};

struct ContextDeleter {
    void operator()(redisContext *c) const noexcept {
        if (c)
            redisFree(c);
    }
};
using ContextPtr = std::unique_ptr<redisContext, ContextDeleter>;

// Who to log in as; an empty password means no AUTH (Sentinels, open servers).
struct Login {
    std::string user;
    std::string password;
    int db = 0;

    static Login from(const Options &opts) {
        return {opts.user, opts.password, opts.mode == Mode::Cluster ? 0 : opts.db};
    }
};

class Connection {
  public:
    // Connects, authenticates and selects the database, all before deadline.
    // Throws Error (never with the password in its text).
    static std::unique_ptr<Connection> open(const Endpoint &ep, const Login &login,
                                            Deadline deadline);

    // One round trip. Error replies are returned, except NOAUTH/WRONGPASS
    // (thrown). Throws Error when no reply came before the deadline.
    ReplyPtr command(const Args &argv, Deadline deadline);

    // All commands in one write, then all replies in order.
    std::vector<ReplyPtr> pipeline(const std::vector<Args> &cmds, Deadline deadline);

    // For the subscriber: queue and flush a command without reading.
    void send(const Args &argv, Deadline deadline);
    // For the subscriber: the next pushed reply, or nullptr when none
    // arrived within `wait` (the connection stays usable then).
    ReplyPtr receive(std::chrono::milliseconds wait);

    bool broken() const noexcept { return broken_; }
    const Endpoint &endpoint() const noexcept { return endpoint_; }

  private:
    Connection(Endpoint ep, ContextPtr ctx, std::string password);
    void append(const Args &argv);
    void flush(Deadline deadline);
    ReplyPtr read_reply(Deadline deadline);
    void set_timeout(Deadline deadline);
    [[noreturn]] void fail_io(int saved_errno);
    [[noreturn]] void fail(const std::string &what) const;
    [[noreturn]] void fail_auth(const std::string &what) const;
    void throw_if_auth_error(const redisReply *r) const;

    Endpoint endpoint_;
    ContextPtr ctx_;
    std::string password_;  // only to scrub it from error texts
    bool broken_ = false;
};

// Replaces every occurrence of secret in text with "***".
std::string scrub(std::string text, const std::string &secret);

}  // namespace lsnroute::redis
