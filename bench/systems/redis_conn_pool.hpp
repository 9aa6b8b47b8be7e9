// A few hiredis connections to one Redis shared by the workload threads of the
// systems that keep users' tokens in Redis by hand: replica polling (as
// GitLab does) and lsnroute-carried-roundtrips.
#pragma once

#include <hiredis/hiredis.h>

#include <mutex>
#include <string>
#include <vector>

#include "redis_conn.hpp"

namespace lsnroute::bench {

class RedisConnPool {
  public:
    RedisConnPool(std::string host, int port) : host_(std::move(host)), port_(port) {}
    ~RedisConnPool();
    RedisConnPool(const RedisConnPool &) = delete;
    RedisConnPool &operator=(const RedisConnPool &) = delete;

    // Runs one command (hiredis format string) on a pooled connection; the
    // reply (caller frees with freeReplyObject) or nullptr with err set.
    redisReply *command(std::string &err, const char *format, ...);

    // Sends every command, then reads every reply: one round trip on one
    // pooled connection. The replies in order (error replies included), or
    // none with err set if the connection failed.
    std::vector<RedisReply> pipeline(std::string &err,
                                     const std::vector<std::vector<std::string>> &cmds);

  private:
    redisContext *acquire(std::string &err);
    void release(redisContext *c);

    std::string host_;
    int port_;
    std::mutex mu_;
    std::vector<redisContext *> idle_;
};

}  // namespace lsnroute::bench
