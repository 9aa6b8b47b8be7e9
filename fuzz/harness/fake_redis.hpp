// A fake Redis server for the fuzz targets: a thread answering on a loopback
// port, decoding each command it receives and writing whatever its responder
// returns (random RESP built from the fuzz input). It lives for the whole
// fuzzing process; set_responder() switches to the next input and drops the
// previous input's connections.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace fuzz {

struct Answer {
    std::string bytes;   // written as is (zero or more RESP replies)
    bool close = false;  // then drops the connection
};

class FakeRedis {
  public:
    using Responder = std::function<Answer(const std::vector<std::string> &argv)>;

    FakeRedis();  // listens on an ephemeral loopback port, allowed by the fence
    ~FakeRedis();
    FakeRedis(const FakeRedis &) = delete;
    FakeRedis &operator=(const FakeRedis &) = delete;

    int port() const noexcept { return port_; }
    // Closes every open connection, then answers with `responder` (an empty
    // one closes every connection at once). Returns once the server thread
    // has switched: the previous responder is never called again.
    void set_responder(Responder responder);

  private:
    void serve();

    int listen_fd_ = -1;
    int wake_[2] = {-1, -1};  // a pipe: wakes serve() for a new responder or stop
    int port_ = 0;
    std::mutex mu_;
    std::condition_variable switched_;
    Responder next_;          // under mu_
    uint64_t requested_ = 0;  // under mu_
    uint64_t applied_ = 0;    // under mu_
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

// For one fuzz input: every server answers with `responder` until the end
// of the scope, then drops its connections and refuses further commands.
class Serving {
  public:
    Serving(std::vector<FakeRedis *> servers, const FakeRedis::Responder &responder)
        : servers_(std::move(servers)) {
        for (FakeRedis *s : servers_)
            s->set_responder(responder);
    }
    ~Serving() {
        for (FakeRedis *s : servers_)
            s->set_responder(nullptr);
    }
    Serving(const Serving &) = delete;
    Serving &operator=(const Serving &) = delete;

  private:
    std::vector<FakeRedis *> servers_;
};

}  // namespace fuzz
