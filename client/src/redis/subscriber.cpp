// Subscriber: a dedicated connection in SUBSCRIBE mode, read in short
// slices so that stop() is honoured promptly; a PING when the channel has
// been quiet for a while finds a server that stopped answering (SIGSTOP, a
// cut network). Any failure: reconnect with capped backoff, resubscribe,
// call on_reconnect. Sentinel mode asks the Sentinels for the master on
// every connect and listens for +switch-master on one of them; Cluster
// mode uses the seeds in turn (PUBLISH reaches every node of a Cluster).
#include <algorithm>
#include <condition_variable>
#include <mutex>

#include "redis/connection.hpp"
#include "redis_protocol.hpp"
#include "redis/sentinel.hpp"

namespace lsnroute::redis {
namespace {

using std::chrono::milliseconds;

constexpr milliseconds kReadSlice{50};          // bound on how late stop() is seen
constexpr milliseconds kQuietBeforePing{1000};  // then ask whether the server lives
constexpr milliseconds kMinPongWait{500};
constexpr milliseconds kFirstBackoff{50};
constexpr milliseconds kMaxBackoff{2000};

bool is_push(const redisReply *r, std::string_view kind, size_t min_elements) {
    return r && r->type == REDIS_REPLY_ARRAY && r->elements >= min_elements &&
           is_string(r->element[0]) && reply_text(r->element[0]) == kind;
}

}  // namespace

struct Subscriber::Impl {
    Impl(Options o, std::string ch) : opts(std::move(o)), channel(std::move(ch)) {
        if (opts.seeds.empty())
            throw Error("redis: no server address given");
        if (opts.mode == Mode::Sentinel) {
            resolver =
                std::make_unique<SentinelResolver>(opts.seeds, opts.master_name, Login::from(opts));
        }
    }

    std::unique_ptr<Connection> connect(Deadline deadline) {
        switch (opts.mode) {
            case Mode::Sentinel:
                return resolver->resolve(deadline).connection;
            case Mode::Cluster:
                return Connection::open(opts.seeds[next_seed++ % opts.seeds.size()],
                                        Login::from(opts), deadline);
            case Mode::Standalone:
                break;
        }
        return Connection::open(opts.seeds.front(), Login::from(opts), deadline);
    }

    // Connected and subscribed, or throws Error.
    std::unique_ptr<Connection> subscribe() {
        const Deadline deadline = deadline_after(opts.timeout);
        auto conn = connect(deadline);
        conn->send({"SUBSCRIBE", channel}, deadline);
        while (!expired(deadline)) {
            ReplyPtr r = conn->receive(std::chrono::duration_cast<milliseconds>(
                deadline - Clock::now() + milliseconds(1)));
            if (is_push(r.get(), "subscribe", 3))
                return conn;
            if (is_error(r.get())) {
                throw Error("redis " + conn->endpoint().str() +
                            ": SUBSCRIBE refused: " + std::string(reply_text(r.get())));
            }
        }
        throw Error("redis " + conn->endpoint().str() + ": no SUBSCRIBE confirmation");
    }

    // Sentinel mode: true when a Sentinel announced a new master other than
    // `current`. A second connection, to a Sentinel, subscribed to
    // +switch-master: a failover that leaves the old master running would
    // otherwise keep this subscription on it until Sentinel demotes it
    // (seconds later), and messages published on the new master would be
    // missed meanwhile. Best effort: failures here only drop that connection.
    bool master_switched(const Endpoint &current) {
        if (opts.mode != Mode::Sentinel)
            return false;
        if (!watch) {
            const Deadline now = Clock::now();
            if (now < next_watch_try)
                return false;
            next_watch_try = now + kMaxBackoff;
            try {
                const Deadline deadline = deadline_after(opts.timeout);
                watch = Connection::open(opts.seeds[next_sentinel++ % opts.seeds.size()], Login{},
                                         deadline);
                watch->send({"SUBSCRIBE", "+switch-master"}, deadline);
            } catch (const Error &) {
                watch.reset();
                return false;
            }
        }
        try {
            while (ReplyPtr r = watch->receive(milliseconds(0))) {
                if (!is_push(r.get(), "message", 3))
                    continue;
                auto ep = redis_protocol::parse_switch_master(reply_text(r->element[2]),
                                                              opts.master_name);
                if (ep && *ep != current)
                    return true;
            }
        } catch (const Error &) {
            watch.reset();
        }
        return false;
    }

    // Waits up to d, returning early when stop() is called.
    void pause(milliseconds d) {
        std::unique_lock<std::mutex> lk(mu);
        cv.wait_for(lk, d, [this] { return stopping.load(); });
    }

    Options opts;
    std::string channel;
    std::unique_ptr<SentinelResolver> resolver;
    size_t next_seed = 0;
    std::unique_ptr<Connection> watch;  // Sentinel mode: +switch-master
    Deadline next_watch_try{};
    size_t next_sentinel = 0;
    std::atomic<bool> stopping{false};
    std::mutex mu;  // only for cv
    std::condition_variable cv;
};

Subscriber::Subscriber(Options opts, std::string channel)
    : impl_(std::make_unique<Impl>(std::move(opts), std::move(channel))) {}

Subscriber::~Subscriber() = default;

void Subscriber::run(const std::function<void(std::string_view message)> &on_message,
                     const std::function<void()> &on_reconnect) {
    Impl &s = *impl_;
    milliseconds backoff = kFirstBackoff;
    const milliseconds pong_wait = std::max(s.opts.timeout, kMinPongWait);
    while (!s.stopping) {
        std::unique_ptr<Connection> conn;
        try {
            conn = s.subscribe();
        } catch (const Error &) {
            s.pause(backoff);
            backoff = std::min(backoff * 2, kMaxBackoff);
            continue;
        }
        backoff = kFirstBackoff;
        on_reconnect();

        Deadline last_heard = Clock::now();
        bool ping_sent = false;
        try {
            while (!s.stopping) {
                ReplyPtr r = conn->receive(kReadSlice);
                const Deadline now = Clock::now();
                if (r) {
                    last_heard = now;
                    ping_sent = false;
                    if (is_push(r.get(), "message", 3))
                        on_message(reply_text(r->element[2]));
                } else if (!ping_sent && now - last_heard >= kQuietBeforePing) {
                    conn->send({"PING"}, deadline_after(s.opts.timeout));
                    ping_sent = true;
                } else if (ping_sent && now - last_heard >= kQuietBeforePing + pong_wait) {
                    break;  // the server stopped answering: reconnect
                }
                if (s.master_switched(conn->endpoint()))
                    break;
            }
        } catch (const Error &) {
            // Connection lost: reconnect after a short pause (a server that
            // accepts and drops at once must not make this loop spin).
        }
        if (!s.stopping)
            s.pause(backoff);
    }
}

void Subscriber::stop() noexcept {
    impl_->stopping = true;
    try {
        std::lock_guard<std::mutex> lk(impl_->mu);
    } catch (...) {
        // Only to order the flag before a sleeper's wait; the sleeper also
        // wakes on its own within its backoff.
    }
    impl_->cv.notify_all();
}

}  // namespace lsnroute::redis
