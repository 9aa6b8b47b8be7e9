// What the Redis-layer tests share: the deployment started by
// scripts/redis-topology.sh (read from its LSNR_* variables), an admin
// connection that bypasses the layer under test (plain hiredis), server
// control (kill, SIGSTOP, restart) and polling for observable state.
#pragma once

#include <gtest/gtest.h>
#include <hiredis/hiredis.h>
#include <signal.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "redis/redis_client.hpp"

namespace lsnroute::redis::test {

using namespace std::chrono_literals;

inline std::string env(const char *name) {
    const char *v = std::getenv(name);
    if (!v || !*v) {
        throw std::runtime_error(std::string(name) +
                                 " is not set: run under scripts/redis-topology.sh (ctest does)");
    }
    return v;
}

inline std::vector<Endpoint> endpoints(const std::string &list) {
    std::vector<Endpoint> out;
    size_t start = 0;
    while (start <= list.size()) {
        size_t comma = list.find(',', start);
        std::string item =
            list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!item.empty()) {
            auto colon = item.rfind(':');
            out.push_back({item.substr(0, colon), std::stoi(item.substr(colon + 1))});
        }
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

inline Options options_from_env(Mode mode) {
    Options o;
    o.mode = mode;
    o.seeds = endpoints(env("LSNR_REDIS_SEEDS"));
    o.master_name = "mymaster";
    o.timeout = 500ms;
    return o;
}

// A direct hiredis connection to one server, for setting up and checking
// state without going through the layer under test.
class Admin {
  public:
    explicit Admin(int port, std::chrono::milliseconds timeout = 2000ms) : port_(port) {
        timeval tv{static_cast<time_t>(timeout.count() / 1000),
                   static_cast<suseconds_t>((timeout.count() % 1000) * 1000)};
        ctx_ = redisConnectWithTimeout("127.0.0.1", port, tv);
        if (!ctx_ || ctx_->err) {
            std::string why = ctx_ ? ctx_->errstr : "out of memory";
            if (ctx_)
                redisFree(ctx_);
            ctx_ = nullptr;
            throw std::runtime_error("admin connect to " + std::to_string(port) + ": " + why);
        }
        redisSetTimeout(ctx_, tv);
    }
    ~Admin() {
        if (ctx_)
            redisFree(ctx_);
    }
    Admin(const Admin &) = delete;
    Admin &operator=(const Admin &) = delete;

    ReplyPtr cmd(const std::vector<std::string> &args) {
        std::vector<const char *> p;
        std::vector<size_t> l;
        for (const auto &a : args) {
            p.push_back(a.data());
            l.push_back(a.size());
        }
        auto *r = static_cast<redisReply *>(
            redisCommandArgv(ctx_, static_cast<int>(args.size()), p.data(), l.data()));
        if (!r)
            throw std::runtime_error("admin " + std::to_string(port_) + ": " + ctx_->errstr);
        return ReplyPtr(r);
    }
    // The reply as text ("" for nil, the integer printed, the error text).
    std::string str(const std::vector<std::string> &args) {
        auto r = cmd(args);
        if (r->type == REDIS_REPLY_INTEGER)
            return std::to_string(r->integer);
        if (r->str)
            return std::string(r->str, r->len);
        return {};
    }

  private:
    int port_;
    redisContext *ctx_ = nullptr;
};

inline std::string text(const ReplyPtr &r) {
    if (!r)
        return "<null>";
    if (r->type == REDIS_REPLY_INTEGER)
        return std::to_string(r->integer);
    if (r->type == REDIS_REPLY_NIL)
        return "<nil>";
    if (r->str)
        return std::string(r->str, r->len);
    return "<array>";
}

// Polls pred every 20 ms until it holds or `limit` passes; exceptions count
// as "not yet".
inline bool eventually(const std::function<bool()> &pred, std::chrono::milliseconds limit = 30s) {
    auto until = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < until) {
        try {
            if (pred())
                return true;
        } catch (const std::exception &) {
        }
        std::this_thread::sleep_for(20ms);
    }
    return false;
}

inline std::string server_dir(int port) {
    return env("LSNR_REDIS_DIR") + "/" + std::to_string(port);
}

inline pid_t server_pid(int port) {
    std::ifstream f(server_dir(port) + "/redis.pid");
    long pid = 0;
    f >> pid;
    if (pid <= 0)
        throw std::runtime_error("no pid file for redis on " + std::to_string(port));
    return static_cast<pid_t>(pid);
}

inline bool answers_ping(int port) {
    try {
        Admin a(port, 300ms);
        return a.str({"PING"}) == "PONG";
    } catch (const std::exception &) {
        return false;
    }
}

inline bool refuses_connections(int port) {
    try {
        Admin a(port, 300ms);
        return false;
    } catch (const std::exception &) {
        return true;
    }
}

inline void kill_server(int port) {
    ASSERT_EQ(::kill(server_pid(port), SIGKILL), 0);
    ASSERT_TRUE(eventually([&] { return refuses_connections(port); }, 10s));
}

inline void restart_server(int port) {
    std::string cmd = "redis-server " + server_dir(port) + "/redis.conf >/dev/null";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    ASSERT_TRUE(eventually([&] { return answers_ping(port); }, 10s));
}

inline int port_of(const std::string &host_port) {
    return std::stoi(host_port.substr(host_port.rfind(':') + 1));
}

}  // namespace lsnroute::redis::test
