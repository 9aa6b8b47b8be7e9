// A minimal in-process RESP server for Redis-layer unit tests that need a
// server whose identity the test controls: PING (optionally slow) and INFO
// (answering the run_id the test set); CLOSE closes the connection without
// an answer (a server that dies mid-call), NOAUTH answers -NOAUTH (a login
// the server no longer accepts); +OK to anything else. It can also close the
// next connections right after accepting them, as a TCP proxy (HAProxy, a
// cloud load balancer) does while the Redis behind it is down.
#pragma once

#include <arpa/inet.h>
#include <hiredis/hiredis.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <future>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "redis/redis_client.hpp"

namespace lsnroute::redis::test {

class FakeRespServer {
  public:
    explicit FakeRespServer(std::string run_id) : run_id_(std::move(run_id)) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 ||
            ::listen(fd_, 16) != 0 ||
            ::getsockname(fd_, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            throw std::runtime_error(std::string("fake Redis server: cannot listen: ") +
                                     std::strerror(errno));
        port_ = ntohs(a.sin_port);
        accept_thread_ = std::thread([this] { accept_loop(); });
    }
    ~FakeRespServer() {
        stop_ = true;
        accept_thread_.join();
        for (auto &t : conn_threads_)
            t.join();
        ::close(fd_);
    }

    int port() const { return port_; }
    void set_run_id(const std::string &id) {
        std::lock_guard<std::mutex> g(mu_);
        run_id_ = id;
    }
    void set_ping_delay(std::chrono::milliseconds d) { ping_delay_ms_ = d.count(); }
    // The next n connections are accepted and closed at once.
    void drop_next(int n) { drop_next_ = n; }
    int connections() const { return connections_; }

  private:
    void accept_loop() {
        while (!stop_) {
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0)
                continue;
            const int c = ::accept(fd_, nullptr, nullptr);
            if (c < 0)
                continue;
            std::string id;
            {
                std::lock_guard<std::mutex> g(mu_);
                id = run_id_;  // fixed per connection, like a server process
            }
            ++connections_;
            if (drop_next_.load() > 0) {
                --drop_next_;
                ::close(c);
                continue;
            }
            conn_threads_.emplace_back([this, c, id] { serve(c, id); });
        }
    }

    void serve(int c, const std::string &run_id) {
        redisReader *reader = redisReaderCreate();
        char buf[4096];
        bool open = true;
        while (open && !stop_) {
            pollfd p{c, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0)
                continue;
            const ssize_t n = ::read(c, buf, sizeof buf);
            if (n <= 0)
                break;
            redisReaderFeed(reader, buf, static_cast<size_t>(n));
            void *raw = nullptr;
            while (redisReaderGetReply(reader, &raw) == REDIS_OK && raw) {
                auto *cmd = static_cast<redisReply *>(raw);
                std::string name = cmd->type == REDIS_REPLY_ARRAY && cmd->elements > 0
                                       ? std::string(cmd->element[0]->str, cmd->element[0]->len)
                                       : "";
                freeReplyObject(cmd);
                if (name == "CLOSE") {
                    open = false;
                    break;
                }
                std::string out = "+OK\r\n";
                if (name == "NOAUTH") {
                    out = "-NOAUTH Authentication required.\r\n";
                } else if (name == "PING") {
                    std::this_thread::sleep_for(std::chrono::milliseconds(ping_delay_ms_.load()));
                    out = "+PONG\r\n";
                } else if (name == "INFO") {
                    const std::string body = "# Server\r\nrun_id:" + run_id + "\r\n";
                    out = "$" + std::to_string(body.size()) + "\r\n" + body + "\r\n";
                }
                if (::write(c, out.data(), out.size()) != static_cast<ssize_t>(out.size())) {
                    open = false;
                    break;
                }
            }
        }
        redisReaderFree(reader);
        ::close(c);
    }

    std::mutex mu_;
    std::string run_id_;
    int fd_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<long> ping_delay_ms_{0};
    std::atomic<int> connections_{0};
    std::atomic<int> drop_next_{0};
    std::thread accept_thread_;
    std::vector<std::thread> conn_threads_;  // only touched by the accept thread
};

// Options for a standalone Client of the fake server at port.
inline Options fake_options(int port) {
    Options o;
    o.seeds = {{"127.0.0.1", port}};
    o.timeout = std::chrono::milliseconds(5000);
    o.max_connections = 4;
    return o;
}

// Two calls at once: one reuses the idle connection, the other opens a new
// one; both are idle afterwards.
inline void two_calls_at_once(Client &c, FakeRespServer &s) {
    s.set_ping_delay(std::chrono::milliseconds(300));
    auto other = std::async(std::launch::async, [&c] { return c.command({"PING"}); });
    c.command({"PING"});
    other.get();
    s.set_ping_delay(std::chrono::milliseconds(0));
}

}  // namespace lsnroute::redis::test
