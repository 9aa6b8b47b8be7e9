// Sentinel mode: one pool to the current master. The master is asked of the
// Sentinels on first use and again after any failure; a watcher thread also
// listens for +switch-master on the Sentinels, so a failover that leaves the
// old master running (SENTINEL FAILOVER, a partition) is noticed at once
// rather than when the old master finally drops its clients -- writes it
// accepts meanwhile are lost when it resyncs as a replica.
#include <algorithm>
#include <optional>
#include <thread>

#include "redis/backend.hpp"
#include "redis/connection_pool.hpp"
#include "redis_protocol.hpp"
#include "redis/sentinel.hpp"

namespace lsnroute::redis {
namespace {

class SentinelBackend : public Backend {
  public:
    SentinelBackend(const Options &opts, std::atomic<uint64_t> *generation)
        : resolver_(opts.seeds, opts.master_name, Login::from(opts)),
          master_name_(opts.master_name),
          login_(Login::from(opts)),
          max_connections_(opts.max_connections),
          generation_(generation),
          watcher_(watch_options(opts), "+switch-master") {
        watch_thread_ = std::thread([this] { watch(); });
    }

    ~SentinelBackend() override {
        watcher_.stop();
        if (watch_thread_.joinable())
            watch_thread_.join();
    }

    ReplyPtr command(const Args &argv, Deadline deadline) override {
        return std::move(run({argv}, deadline).front());
    }

    std::vector<ReplyPtr> pipeline(std::string_view, const std::vector<Args> &cmds,
                                   Deadline deadline) override {
        return run(cmds, deadline);
    }

  private:
    // The Sentinels take no password of the data servers; any one of them
    // will do (Subscriber's Cluster mode: the seeds in turn).
    static Options watch_options(const Options &opts) {
        Options w;
        w.mode = Mode::Cluster;
        w.seeds = opts.seeds;
        w.timeout = opts.timeout;
        return w;
    }

    std::vector<ReplyPtr> run(const std::vector<Args> &cmds, Deadline deadline) {
        for (int attempt = 0;; ++attempt) {
            auto pool = master(deadline);
            std::vector<ReplyPtr> replies;
            {
                // Nothing was sent when connecting fails (the old master is
                // gone or now a replica): ask the Sentinels again, once.
                std::optional<ConnectionPool::Lease> lease;
                try {
                    lease.emplace(pool->acquire(deadline));
                } catch (const AuthError &) {
                    throw;
                } catch (const Error &) {
                    forget(pool, true);
                    if (attempt > 0 || expired(deadline))
                        throw;
                    continue;
                }
                try {
                    replies = (*lease)->pipeline(cmds, deadline);
                } catch (const Error &) {
                    // Given back broken, the connection is a failure of its
                    // pool; then ask the Sentinels again. (An AuthError
                    // leaves the connection intact: neither.)
                    const bool broken = (*lease)->broken();
                    lease.reset();
                    if (broken)
                        forget(pool, true);
                    throw;
                }
            }
            // A write refused by a demoted master that kept its clients.
            bool readonly = std::any_of(replies.begin(), replies.end(), [](const ReplyPtr &r) {
                return is_error(r.get(), "READONLY");
            });
            if (readonly) {
                pool->note_failure();
                forget(pool, true);
                if (attempt == 0 && !expired(deadline))
                    continue;
            }
            return replies;
        }
    }

    std::shared_ptr<ConnectionPool> master(Deadline deadline) {
        {
            std::lock_guard<std::mutex> lk(mu_);
            if (pool_)
                return pool_;
        }
        ResolvedMaster found = resolver_.resolve(deadline);  // I/O: without the lock
        std::lock_guard<std::mutex> lk(mu_);
        if (!pool_ || pool_->endpoint() != found.endpoint)
            install_locked(found.endpoint);
        pool_->adopt(std::move(found.connection));
        return pool_;
    }

    // A pool to ep, with mu_ held. A different master, or the same one after
    // a failure, may have lost writes: bump the generation.
    void install_locked(const Endpoint &ep) {
        if (known_ && (failed_ || master_ != ep))
            generation_->fetch_add(1);
        master_ = ep;
        known_ = true;
        failed_ = false;
        pool_ = std::make_shared<ConnectionPool>(ep, login_, max_connections_, generation_,
                                                 require_master_role);
    }

    void forget(const std::shared_ptr<ConnectionPool> &pool, bool failure) {
        std::lock_guard<std::mutex> lk(mu_);
        if (pool_ == pool) {
            pool_.reset();
            failed_ = failed_ || failure;
        }
    }

    void on_switch(std::string_view message) {
        auto ep = redis_protocol::parse_switch_master(message, master_name_);
        if (!ep)
            return;
        std::lock_guard<std::mutex> lk(mu_);
        if (!known_ || master_ != *ep)
            install_locked(*ep);
    }

    void watch() noexcept {
        try {
            watcher_.run([this](std::string_view m) { on_switch(m); },
                         [this] {
                             // A switch may have been missed while not
                             // subscribed: ask the Sentinels on next use.
                             std::lock_guard<std::mutex> lk(mu_);
                             pool_.reset();
                         });
        } catch (...) {
            // Only allocation failures get here; the backend still finds
            // the master through the Sentinels on failures.
        }
    }

    SentinelResolver resolver_;
    const std::string master_name_;
    const Login login_;
    const int max_connections_;
    std::atomic<uint64_t> *generation_;

    std::mutex mu_;
    std::shared_ptr<ConnectionPool> pool_;  // null: ask the Sentinels
    Endpoint master_;
    bool known_ = false;   // a master was found once
    bool failed_ = false;  // a failure since the pool was dropped

    Subscriber watcher_;
    std::thread watch_thread_;  // last: started after everything it uses exists
};

}  // namespace

std::unique_ptr<Backend> make_sentinel_backend(const Options &opts,
                                               std::atomic<uint64_t> *generation) {
    return std::make_unique<SentinelBackend>(opts, generation);
}

}  // namespace lsnroute::redis
