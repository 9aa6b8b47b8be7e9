// Sentinel mode: the resolver, and the backend that keeps one pool to the
// current master, asking the Sentinels again after any failure.
#include "redis/sentinel.hpp"

#include <algorithm>
#include <optional>

#include "redis/backend.hpp"
#include "redis/connection_pool.hpp"
#include "redis/reply.hpp"

namespace lsnroute::redis {

void require_master_role(Connection &conn, Deadline deadline) {
    ReplyPtr r = conn.command({"ROLE"}, deadline);
    if (!r || r->type != REDIS_REPLY_ARRAY || r->elements < 1 || !is_string(r->element[0])) {
        throw Error("redis " + to_string(conn.endpoint()) + ": unexpected ROLE reply");
    }
    auto role = reply_text(r->element[0]);
    if (role != "master") {
        throw Error("redis " + to_string(conn.endpoint()) + ": is a " + std::string(role) +
                    ", not the master");
    }
}

SentinelResolver::SentinelResolver(std::vector<Endpoint> sentinels, std::string master_name,
                                   Login login)
    : sentinels_(std::move(sentinels)),
      master_name_(std::move(master_name)),
      login_(std::move(login)) {}

ResolvedMaster SentinelResolver::resolve(Deadline deadline) {
    std::vector<Endpoint> order;
    {
        std::lock_guard<std::mutex> lk(mu_);
        order = sentinels_;
    }
    std::string why;
    for (size_t i = 0; i < order.size(); ++i) {
        const Endpoint &s = order[i];
        // A stopped Sentinel must not eat the whole budget: each one left
        // gets an equal share of it for the question.
        const Deadline share = Clock::now() + (deadline - Clock::now()) / (order.size() - i);
        try {
            auto sc = Connection::open(s, Login{}, share);
            ReplyPtr r = sc->command({"SENTINEL", "get-master-addr-by-name", master_name_}, share);
            if (!r || r->type != REDIS_REPLY_ARRAY || r->elements != 2 ||
                !is_string(r->element[0]) || !is_string(r->element[1])) {
                why +=
                    "; sentinel " + to_string(s) + ": does not know master '" + master_name_ + "'";
                continue;
            }
            Endpoint master{std::string(reply_text(r->element[0])),
                            std::stoi(std::string(reply_text(r->element[1])))};
            auto mc = Connection::open(master, login_, deadline);
            require_master_role(*mc, deadline);
            if (i != 0) {
                std::lock_guard<std::mutex> lk(mu_);
                auto it = std::find(sentinels_.begin(), sentinels_.end(), s);
                if (it != sentinels_.end())
                    std::rotate(sentinels_.begin(), it, it + 1);
            }
            return {std::move(master), std::move(mc)};
        } catch (const AuthError &) {
            throw;
        } catch (const Error &e) {
            why += std::string("; ") + e.what();
        } catch (const std::logic_error &) {  // std::stoi on a bad port
            why += "; sentinel " + to_string(s) + ": malformed master address";
        }
    }
    throw Error("sentinel: no master '" + master_name_ + "' found" + why);
}

namespace {

class SentinelBackend : public Backend {
  public:
    SentinelBackend(const Options &opts, std::atomic<uint64_t> *generation)
        : resolver_(opts.seeds, opts.master_name, Login::from(opts)),
          login_(Login::from(opts)),
          max_connections_(opts.max_connections),
          generation_(generation) {}

    ReplyPtr command(const Args &argv, Deadline deadline) override {
        return std::move(run({argv}, deadline).front());
    }

    std::vector<ReplyPtr> pipeline(std::string_view, const std::vector<Args> &cmds,
                                   Deadline deadline) override {
        return run(cmds, deadline);
    }

  private:
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
                    forget(pool);
                    if (attempt > 0 || expired(deadline))
                        throw;
                    continue;
                }
                try {
                    replies = (*lease)->pipeline(cmds, deadline);
                } catch (const AuthError &) {
                    throw;
                } catch (const Error &) {
                    if ((*lease)->broken()) {
                        pool->note_failure();
                        forget(pool);
                    }
                    throw;
                }
            }
            // A write refused by a demoted master that kept its clients.
            bool readonly = std::any_of(replies.begin(), replies.end(), [](const ReplyPtr &r) {
                return is_error(r.get(), "READONLY");
            });
            if (readonly) {
                pool->note_failure();
                forget(pool);
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
        if (!pool_ || pool_->endpoint() != found.endpoint) {
            // A new pool after a failure or a master change: the master may
            // be another or a restarted server, tokens may be lost.
            if (known_)
                generation_->fetch_add(1);
            master_ = found.endpoint;
            known_ = true;
            pool_ = std::make_shared<ConnectionPool>(found.endpoint, login_, max_connections_,
                                                     generation_, require_master_role);
        }
        pool_->adopt(std::move(found.connection));
        return pool_;
    }

    void forget(const std::shared_ptr<ConnectionPool> &pool) {
        std::lock_guard<std::mutex> lk(mu_);
        if (pool_ == pool)
            pool_.reset();
    }

    SentinelResolver resolver_;
    const Login login_;
    const int max_connections_;
    std::atomic<uint64_t> *generation_;

    std::mutex mu_;
    std::shared_ptr<ConnectionPool> pool_;  // null: ask the Sentinels
    Endpoint master_;
    bool known_ = false;
};

}  // namespace

std::unique_ptr<Backend> make_sentinel_backend(const Options &opts,
                                               std::atomic<uint64_t> *generation) {
    return std::make_unique<SentinelBackend>(opts, generation);
}

}  // namespace lsnroute::redis
