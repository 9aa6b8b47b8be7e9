// The blacklist: nodes that get no reads until a given time. Two sources: the
// local one (this router's own verdicts, effective at once) and the Redis
// ZSET lsnroute:{C}:blacklist (member = node, score = unix ms until) shared by
// every app server, which reaches the snapshot at the next refresh.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "redis/redis_client.hpp"

namespace lsnroute {

class LocalBlacklist {
  public:
    LocalBlacklist() : entries_(std::make_shared<const Map>()) {}

    void add(std::string_view node, int64_t until_ms);
    void remove(std::string_view node);
    // Lock-free read: called for every candidate replica of every decision.
    int64_t until(std::string_view node) const noexcept;
    std::vector<std::pair<std::string, int64_t>> list(int64_t now_ms) const;

  private:
    using Map = std::map<std::string, int64_t, std::less<>>;
    std::shared_ptr<const Map> entries_;
    std::mutex write_mutex_;
};

// The Redis side (one command each; throws redis::Error).
namespace redis_blacklist {
void add(redis::Client &client, std::string_view cluster, std::string_view node, int64_t until_ms);
void remove(redis::Client &client, std::string_view cluster, std::string_view node);
// Entries still in force at now_ms; also drops expired members.
std::vector<std::pair<std::string, int64_t>> read(redis::Client &client, std::string_view cluster,
                                                  int64_t now_ms);
// Parses a ZRANGEBYSCORE ... WITHSCORES reply.
std::vector<std::pair<std::string, int64_t>> parse_reply(const redisReply *reply);
}  // namespace redis_blacklist

}  // namespace lsnroute
