#include "redis_conn_pool.hpp"

#include <cstdarg>

namespace lsnroute::bench {

RedisConnPool::~RedisConnPool() {
    for (redisContext *c : idle_)
        redisFree(c);
}

redisContext *RedisConnPool::acquire(std::string &err) {
    {
        std::lock_guard<std::mutex> lock(mu_);
        if (!idle_.empty()) {
            redisContext *c = idle_.back();
            idle_.pop_back();
            return c;
        }
    }
    const timeval tv{1, 0};
    redisContext *c = redisConnectWithTimeout(host_.c_str(), port_, tv);
    if (!c || c->err) {
        err = "cannot connect to Redis: " + std::string(c ? c->errstr : "out of memory");
        if (c)
            redisFree(c);
        return nullptr;
    }
    redisSetTimeout(c, tv);
    return c;
}

void RedisConnPool::release(redisContext *c) {
    if (c->err) {
        redisFree(c);
        return;
    }
    std::lock_guard<std::mutex> lock(mu_);
    idle_.push_back(c);
}

redisReply *RedisConnPool::command(std::string &err, const char *format, ...) {
    redisContext *c = acquire(err);
    if (!c)
        return nullptr;
    va_list ap;
    va_start(ap, format);
    auto *reply = static_cast<redisReply *>(redisvCommand(c, format, ap));
    va_end(ap);
    if (!reply)
        err = "Redis: " + std::string(c->errstr);
    release(c);
    return reply;
}

std::vector<RedisReply> RedisConnPool::pipeline(std::string &err,
                                                const std::vector<std::vector<std::string>> &cmds) {
    std::vector<RedisReply> out;
    redisContext *c = acquire(err);
    if (!c)
        return out;
    for (const auto &args : cmds) {
        RedisArgv argv(args);  // hiredis 0.14 takes non-const argv
        redisAppendCommandArgv(c, argv.count(), argv.ptrs.data(), argv.lens.data());
    }
    for (size_t i = 0; i < cmds.size(); ++i) {
        void *raw = nullptr;
        if (redisGetReply(c, &raw) != REDIS_OK) {
            err = "Redis: " + std::string(c->errstr);
            out.clear();
            break;
        }
        out.emplace_back(static_cast<redisReply *>(raw), &freeReplyObject);
    }
    release(c);  // closes it if it failed
    return out;
}

}  // namespace lsnroute::bench
