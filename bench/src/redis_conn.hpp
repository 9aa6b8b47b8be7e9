// One hiredis connection of the benchmark's own measurements (raw GETs, INFO,
// CLUSTER queries), closed with its owner; replies own themselves.
#pragma once

#include <hiredis/hiredis.h>

#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

namespace lsnroute::bench {

using RedisReply = std::unique_ptr<redisReply, decltype(&freeReplyObject)>;

// A command's arguments as hiredis's argv/argvlen arrays (binary-safe); they
// point into `args`, which must outlive them.
struct RedisArgv {
    explicit RedisArgv(const std::vector<std::string> &args) {
        for (const auto &a : args) {
            ptrs.push_back(a.data());
            lens.push_back(a.size());
        }
    }
    int count() const { return int(ptrs.size()); }
    std::vector<const char *> ptrs;
    std::vector<size_t> lens;
};

class RedisConn {
  public:
    // Connects with a 1 s timeout; on failure the object is false and err says why.
    RedisConn(const std::string &host, int port, std::string &err)
        : ctx_(redisConnectWithTimeout(host.c_str(), port, timeval{1, 0}), &redisFree) {
        if (!ctx_ || ctx_->err) {
            err = "cannot connect to Redis " + host + ":" + std::to_string(port) + ": " +
                  (ctx_ ? ctx_->errstr : "out of memory");
            ctx_.reset();
        }
    }
    explicit operator bool() const { return bool(ctx_); }

    // One command, arguments binary-safe; nullptr reply with err on a
    // connection error or an error reply.
    RedisReply command(std::string &err, std::initializer_list<std::string> args) {
        return command(err, std::vector<std::string>(args));
    }
    RedisReply command(std::string &err, const std::vector<std::string> &args) {
        RedisArgv argv(args);  // hiredis 0.14 takes non-const argv
        RedisReply r(static_cast<redisReply *>(redisCommandArgv(
                         ctx_.get(), argv.count(), argv.ptrs.data(), argv.lens.data())),
                     &freeReplyObject);
        if (!r)
            err = "Redis: " + std::string(ctx_->errstr);
        else if (r->type == REDIS_REPLY_ERROR)
            err = "Redis: " + std::string(r->str, r->len);
        else
            return r;
        return RedisReply(nullptr, &freeReplyObject);
    }

  private:
    std::unique_ptr<redisContext, decltype(&redisFree)> ctx_;
};

}  // namespace lsnroute::bench
