// A TCP relay on loopback for fault tests: listens on a free port and
// forwards every connection to an upstream port. cut() is what killing a
// relay process does (every connection closed at once, new ones refused,
// until restore()); freeze() is a black hole (connections stay open, nothing
// is forwarded any more, new connections are accepted by the kernel but get
// no answer) until thaw().
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace lsnroute::itest {

class TcpRelay {
  public:
    explicit TcpRelay(int upstream_port) : upstream_(upstream_port) {
        listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a = loopback(0);
        if (::bind(listen_fd_, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 ||
            ::listen(listen_fd_, 64) != 0)
            throw std::runtime_error("relay: cannot listen");
        socklen_t len = sizeof a;
        ::getsockname(listen_fd_, reinterpret_cast<sockaddr *>(&a), &len);
        port_ = ntohs(a.sin_port);
        thread_ = std::thread([this] { loop(); });
    }
    ~TcpRelay() {
        stop_ = true;
        thread_.join();
        close_all();
        ::close(listen_fd_);
    }
    TcpRelay(const TcpRelay &) = delete;
    TcpRelay &operator=(const TcpRelay &) = delete;

    int port() const { return port_; }

    // Like `kill` on a relay process: every connection is closed now, and
    // new ones are closed as soon as they are accepted, until restore().
    void cut() {
        cut_ = true;
        std::lock_guard<std::mutex> g(mu_);
        close_all();
        ++epoch_;
    }
    void restore() { cut_ = false; }
    // A black hole: nothing is read or forwarded any more, until thaw().
    void freeze() { frozen_ = true; }
    void thaw() { frozen_ = false; }

  private:
    struct Pair {
        int a, b;
    };

    static sockaddr_in loopback(int port) {
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return a;
    }

    void close_all() {
        for (const Pair &p : pairs_) {
            ::close(p.a);
            ::close(p.b);
        }
        pairs_.clear();
    }

    void accept_one() {
        const int c = ::accept(listen_fd_, nullptr, nullptr);
        if (c < 0)
            return;
        if (cut_) {
            ::close(c);
            return;
        }
        const int u = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a = loopback(upstream_);
        if (::connect(u, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
            ::close(c);
            ::close(u);
            return;
        }
        pairs_.push_back({c, u});
    }

    // Moves what is readable on from to to; false when either side closed.
    static bool pump(int from, int to) {
        char buf[16384];
        const ssize_t n = ::read(from, buf, sizeof buf);
        if (n <= 0)
            return false;
        for (ssize_t off = 0; off < n;) {
            const ssize_t w = ::write(to, buf + off, static_cast<size_t>(n - off));
            if (w <= 0)
                return false;
            off += w;
        }
        return true;
    }

    void loop() {
        while (!stop_) {
            std::unique_lock<std::mutex> g(mu_);
            const uint64_t epoch = epoch_;
            std::vector<pollfd> fds;
            fds.push_back({listen_fd_, POLLIN, 0});
            if (!frozen_) {
                for (const Pair &p : pairs_) {
                    fds.push_back({p.a, POLLIN, 0});
                    fds.push_back({p.b, POLLIN, 0});
                }
            }
            g.unlock();
            // Frozen: the listener is not polled either, so the kernel's
            // backlog takes connections that never get an answer.
            if (::poll(fds.data() + (frozen_ ? 1 : 0), fds.size() - (frozen_ ? 1 : 0), 20) <= 0)
                continue;
            g.lock();
            if (frozen_ || epoch != epoch_)
                continue;  // cut() closed the connections polled
            if (fds[0].revents & POLLIN)
                accept_one();
            std::vector<Pair> keep;
            for (size_t i = 0; i < pairs_.size(); ++i) {
                const Pair p = pairs_[i];
                bool ok = true;
                // fds were built from pairs_ before any accept: index 1 + 2i.
                if (1 + 2 * i + 1 < fds.size()) {
                    if (fds[1 + 2 * i].revents & (POLLIN | POLLHUP | POLLERR))
                        ok = pump(p.a, p.b);
                    if (ok && (fds[2 + 2 * i].revents & (POLLIN | POLLHUP | POLLERR)))
                        ok = pump(p.b, p.a);
                }
                if (ok) {
                    keep.push_back(p);
                } else {
                    ::close(p.a);
                    ::close(p.b);
                }
            }
            pairs_.swap(keep);
        }
    }

    const int upstream_;
    int listen_fd_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false}, cut_{false}, frozen_{false};
    std::mutex mu_;
    std::vector<Pair> pairs_;
    uint64_t epoch_ = 0;  // bumped by cut(), under mu_
    std::thread thread_;
};

}  // namespace lsnroute::itest
