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

class TokenStore {
  public:
    TokenStore(redis::Client &client, std::string cluster, long token_ttl_ms);

    TokenRead read(std::string_view key);
    // Raises the token of `key` to at least lsn; returns the stored value.
    Lsn save(std::string_view key, Lsn lsn);
    // Raises the floor to at least lsn (no TTL); returns the stored value.
    Lsn raise_floor(Lsn lsn);
    std::optional<Lsn> read_floor();

    const std::string &cluster() const noexcept { return cluster_; }

  private:
    Lsn run_script(const std::string &key, Lsn lsn, long ttl_ms);
    std::string sha();

    redis::Client &client_;
    const std::string cluster_;
    const std::string floor_key_;
    const std::string token_prefix_;
    const long token_ttl_ms_;
    std::mutex sha_mutex_;
    std::string sha_;
};

// Parses a GET reply holding an LSN. nullopt for nil; throws BadTokenError
// (naming the value) for text that is not an LSN.
std::optional<Lsn> parse_lsn_reply(const redisReply *r, std::string_view what);

}  // namespace lsnroute
