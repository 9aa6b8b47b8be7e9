// Tokens in Redis (lsnroute:tok:C:<key>) and the floor (lsnroute:{C}:floor).
// Reading: the token and, where both live on one server, the floor in one
// pipelined round trip. Writing: the monotonic Lua script by EVALSHA (loaded
// once with SCRIPT LOAD; reloaded after NOSCRIPT, e.g. after a Redis restart).
// Every method throws redis::Error when Redis gives no answer.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "lsn.hpp"
#include "redis/redis_client.hpp"

namespace lsnroute {

// A token key held something that is not an LSN.
class BadTokenError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct TokenRead {
    std::optional<Lsn> token;  // absent: no token (0/0)
    bool token_malformed = false;
    std::string malformed_value;
    bool floor_read = false;   // the floor was read too (single-server Redis)
    std::optional<Lsn> floor;  // when read: absent = the key is missing
};

// A save the Redis master took but fewer than redis_wait_replicas replicas
// confirmed in time: it counts as not saved (a failover could lose it), yet
// it is no sign that Redis is down or lost data.
class UnreplicatedError : public redis::Error {
  public:
    using redis::Error::Error;
};

class TokenStore {
  public:
    // wait_replicas > 0: every save is followed, on the same connection, by
    // WAIT wait_replicas wait_ms (docs/design.md `redis_wait_replicas`).
    TokenStore(redis::Client &client, std::string cluster, long token_ttl_ms, int wait_replicas = 0,
               long wait_ms = 0);

    TokenRead read(std::string_view key);
    // Raises the token of `key` to at least lsn; returns the stored value.
    // Throws UnreplicatedError when WAIT fell short, redis::Error otherwise.
    Lsn save(std::string_view key, Lsn lsn);
    // Raises the floor to at least lsn (no TTL); returns the stored value.
    Lsn raise_floor(Lsn lsn);
    std::optional<Lsn> read_floor();

    const std::string &cluster() const noexcept { return cluster_; }

  private:
    Lsn run_script(const std::string &key, Lsn lsn, long ttl_ms, bool wait);
    redis::ReplyPtr script_call(const std::string &key, const redis::Args &eval, bool wait);
    std::string sha();

    redis::Client &client_;
    const std::string cluster_;
    const std::string floor_key_;
    const std::string token_prefix_;
    const long token_ttl_ms_;
    const int wait_replicas_;
    const long wait_ms_;
    std::mutex sha_mutex_;
    std::string sha_;
};

// Parses a GET reply holding an LSN. nullopt for nil; throws BadTokenError
// (naming the value, cut short and with unprintable bytes escaped) for text
// that is not an LSN and for WRONGTYPE (the key holds a list, a hash...);
// redis::Error for any other error reply (LOADING, READONLY, MASTERDOWN...).
std::optional<Lsn> parse_lsn_reply(const redisReply *r, std::string_view what);

}  // namespace lsnroute
