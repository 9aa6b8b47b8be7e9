#include "fake_redis.hpp"

#include <fcntl.h>
#include <hiredis/read.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>

#include "loopback_only.hpp"
#include "resp.hpp"

namespace fuzz {
namespace {

struct Conn {
    int fd;
    std::unique_ptr<redisReader, void (*)(redisReader *)> reader{redisReaderCreate(),
                                                                 redisReaderFree};
};

// Closing with SO_LINGER 0 sends a reset: thousands of connections per second
// leave no TIME_WAIT sockets behind.
void drop(int fd) {
    linger l{1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    close(fd);
}

// The client may have gone: a failed write just ends the connection.
bool write_all(int fd, const std::string &bytes) {
    size_t off = 0;
    while (off < bytes.size()) {
        pollfd p{fd, POLLOUT, 0};
        if (poll(&p, 1, 1000) <= 0)
            return false;
        const ssize_t n = send(fd, bytes.data() + off, bytes.size() - off, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        off += static_cast<size_t>(n);
    }
    return true;
}

// Reads what is there and answers every complete command. False: drop it.
bool serve_conn(Conn &c, const FakeRedis::Responder &responder) {
    char buf[16384];
    const ssize_t n = recv(c.fd, buf, sizeof buf, MSG_DONTWAIT);
    if (n <= 0 || !responder)
        return false;
    if (redisReaderFeed(c.reader.get(), buf, static_cast<size_t>(n)) != REDIS_OK)
        return false;
    for (;;) {
        void *raw = nullptr;
        if (redisReaderGetReply(c.reader.get(), &raw) != REDIS_OK)
            return false;
        if (raw == nullptr)
            return true;
        Reply cmd(static_cast<redisReply *>(raw));
        std::vector<std::string> argv;
        if (cmd->type == REDIS_REPLY_ARRAY)
            for (size_t i = 0; i < cmd->elements; ++i)
                if (cmd->element[i]->type == REDIS_REPLY_STRING)
                    argv.emplace_back(cmd->element[i]->str, cmd->element[i]->len);
        const Answer a = responder(argv);
        if (!write_all(c.fd, a.bytes) || a.close)
            return false;
    }
}

}  // namespace

FakeRedis::FakeRedis() {
    listen_fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (listen_fd_ < 0 || bind(listen_fd_, reinterpret_cast<sockaddr *>(&addr), len) != 0 ||
        listen(listen_fd_, 128) != 0 ||
        getsockname(listen_fd_, reinterpret_cast<sockaddr *>(&addr), &len) != 0 ||
        pipe2(wake_, O_CLOEXEC | O_NONBLOCK) != 0)
        std::abort();  // the harness itself cannot run: not a finding
    port_ = ntohs(addr.sin_port);
    allow_loopback_port(port_);
    thread_ = std::thread([this] { serve(); });
}

FakeRedis::~FakeRedis() {
    stop_ = true;
    (void)!write(wake_[1], "x", 1);
    thread_.join();
    close(listen_fd_);
    close(wake_[0]);
    close(wake_[1]);
}

void FakeRedis::set_responder(Responder responder) {
    std::unique_lock<std::mutex> lk(mu_);
    next_ = std::move(responder);
    const uint64_t want = ++requested_;
    (void)!write(wake_[1], "x", 1);
    switched_.wait(lk, [&] { return applied_ >= want; });
}

void FakeRedis::serve() {
    std::vector<std::unique_ptr<Conn>> conns;
    Responder responder;
    uint64_t applied = 0;
    while (!stop_) {
        std::vector<pollfd> fds{{wake_[0], POLLIN, 0}, {listen_fd_, POLLIN, 0}};
        for (const auto &c : conns)
            fds.push_back({c->fd, POLLIN, 0});
        if (poll(fds.data(), fds.size(), 1000) < 0)
            continue;
        {
            std::lock_guard<std::mutex> lk(mu_);
            if (requested_ != applied) {
                char drain[64];
                while (read(wake_[0], drain, sizeof drain) > 0) {
                }
                for (const auto &c : conns)
                    drop(c->fd);
                conns.clear();
                responder = std::move(next_);
                next_ = nullptr;
                applied = applied_ = requested_;
                switched_.notify_all();
                continue;  // fds no longer match conns
            }
        }
        // A connection accepted before a switch belongs to the input that was
        // running then; serve_conn() drops it when no responder is set.
        for (size_t i = conns.size(); i-- > 0;) {
            if (fds[i + 2].revents == 0)
                continue;
            if (!serve_conn(*conns[i], responder)) {
                drop(conns[i]->fd);
                conns.erase(conns.begin() + static_cast<long>(i));
            }
        }
        if (fds[1].revents & POLLIN) {
            const int fd = accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0) {
                auto c = std::make_unique<Conn>();
                c->fd = fd;
                conns.push_back(std::move(c));
            }
        }
    }
    for (const auto &c : conns)
        drop(c->fd);
}

}  // namespace fuzz
