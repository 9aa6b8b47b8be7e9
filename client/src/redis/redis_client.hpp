// The Redis layer of the client, as the router sees it: one interface over
// standalone Redis, Redis Cluster (slot map, MOVED/ASK) and Redis Sentinel
// (master discovery, +switch-master), all on hiredis 0.14.
//
// The router core (src/*.cpp) only includes this header; src/redis/*.cpp
// implements it. Exceptions (redis::Error) are used inside C++ only; the C API
// boundary catches them.
#pragma once

#include <hiredis/hiredis.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "redis_protocol.hpp"

namespace lsnroute::redis {

// The protocol vocabulary shared with the extension (common/redis_protocol.hpp).
using redis_protocol::Endpoint;
using redis_protocol::is_error;
using redis_protocol::is_string;
using redis_protocol::reply_text;

// Any failure to get an answer: connect refused, timeout, connection lost,
// no master known, cluster slot not served. Error replies from the server
// (REDIS_REPLY_ERROR) are returned as replies, not thrown -- except the
// redirections (MOVED, ASK) and TRYAGAIN/CLUSTERDOWN that the layer handles
// itself, and NOAUTH/WRONGPASS which are thrown.
class Error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct ReplyDeleter {
    void operator()(redisReply *r) const noexcept {
        if (r)
            freeReplyObject(r);
    }
};
using ReplyPtr = std::unique_ptr<redisReply, ReplyDeleter>;

enum class Mode { Standalone, Cluster, Sentinel };

struct Options {
    Mode mode = Mode::Standalone;
    std::vector<Endpoint> seeds;             // the server; Cluster seed nodes; or the Sentinels
    std::string master_name = "mymaster";    // Sentinel
    std::string user;                        // ACL user (Redis 6+), empty: none
    std::string password;                    // AUTH; never logged, never in errors
    int db = 0;                              // SELECT (not in Cluster mode)
    std::chrono::milliseconds timeout{200};  // connect and command timeout
    int max_connections = 32;                // per Redis server, for concurrent callers
};

using Args = std::vector<std::string_view>;

// Thread-safe: many threads call command()/pipeline() at once; each call
// borrows a pooled connection to the right server.
class Client {
  public:
    explicit Client(Options opts);  // connects lazily; never throws for an unreachable server
    ~Client();
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    // One command, one round trip (plus redirections in Cluster mode).
    // Throws Error when no answer could be had within the timeout.
    ReplyPtr command(const Args &argv);

    // Several commands in one round trip. In Cluster mode all keys of all
    // commands must hash to one slot (or the commands have no keys); `key`
    // names the key whose slot picks the server.
    std::vector<ReplyPtr> pipeline(std::string_view key, const std::vector<Args> &cmds);

    // Bumped whenever the layer may be talking to a different data set than
    // before: any (re)connection after a failure, a Sentinel master change, a
    // Cluster MOVED for a slot whose owner changed, a connection error. The
    // router treats a change as "tokens may have been lost" (docs/design.md, Faults).
    uint64_t generation() const noexcept;

    // True when every server this client talks to has the same data set, so a
    // pipeline may span a token key and a registry key (standalone, Sentinel).
    bool single_server() const noexcept;

    const Options &options() const noexcept;

    struct Impl;

  private:
    std::unique_ptr<Impl> impl_;
};

// A dedicated subscriber connection running in the caller's thread: blocks in
// run() delivering messages of `channel` to on_message until stop() is called
// (from any thread); reconnects with capped backoff, and calls on_reconnect
// after every (re)subscription (messages may have been missed: the router
// refreshes the whole registry then). In Sentinel mode it follows the master;
// in Cluster mode it subscribes on any reachable node (PUBLISH is broadcast).
class Subscriber {
  public:
    Subscriber(Options opts, std::string channel);
    ~Subscriber();
    Subscriber(const Subscriber &) = delete;
    Subscriber &operator=(const Subscriber &) = delete;

    void run(const std::function<void(std::string_view message)> &on_message,
             const std::function<void()> &on_reconnect);
    void stop() noexcept;

    struct Impl;

  private:
    std::unique_ptr<Impl> impl_;
};

// CRC16 (XMODEM) of the hash-tagged part of key, mod 16384: the Cluster slot.
uint16_t key_slot(std::string_view key) noexcept;

}  // namespace lsnroute::redis
