// A few hiredis connections to one Redis shared by the workload threads of the
// replica-polling system (which, like GitLab, keeps users' tokens in Redis).
#pragma once

#include <hiredis/hiredis.h>

#include <mutex>
#include <string>
#include <vector>

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

  private:
    redisContext *acquire(std::string &err);
    void release(redisContext *c);

    std::string host_;
    int port_;
    std::mutex mu_;
    std::vector<redisContext *> idle_;
};

}  // namespace lsnroute::bench
