// Cluster mode: route each call by its key's slot, follow MOVED (update the
// map, retry on the new owner) and ASK (ASKING + retry on the importing node),
// wait out TRYAGAIN and CLUSTERDOWN, and re-read the map after connection
// errors -- all within the call's deadline.
#include <algorithm>
#include <numeric>
#include <optional>
#include <thread>

#include "redis/backend.hpp"
#include "redis/cluster_slots.hpp"
#include "redis/command_keys.hpp"
#include "redis/redirect.hpp"
#include "redis_protocol.hpp"

namespace lsnroute::redis {
namespace {

// Redirections one call may follow; a healthy resharding needs two.
constexpr int kMaxRounds = 16;

class ClusterBackend : public Backend {
  public:
    ClusterBackend(const Options &opts, std::atomic<uint64_t> *generation)
        : slots_(opts, generation) {}

    ReplyPtr command(const Args &argv, Deadline deadline) override {
        if (is_broadcast(argv))
            return broadcast(argv, deadline);
        std::optional<uint16_t> slot;
        if (auto key = first_key(argv))
            slot = key_slot(*key);
        return std::move(run(slot, {argv}, deadline).front());
    }

    std::vector<ReplyPtr> pipeline(std::string_view key, const std::vector<Args> &cmds,
                                   Deadline deadline) override {
        return run(key_slot(key), cmds, deadline);
    }

  private:
    // Sends cmds (pending ones only, after a redirection) until every one has
    // a reply that is not a redirection.
    std::vector<ReplyPtr> run(std::optional<uint16_t> slot, const std::vector<Args> &cmds,
                              Deadline deadline) {
        std::vector<ReplyPtr> out(cmds.size());
        std::vector<size_t> pending(cmds.size());
        std::iota(pending.begin(), pending.end(), 0);
        std::shared_ptr<ConnectionPool> ask_target;
        auto pause = std::chrono::milliseconds(2);
        std::string last_problem = "no attempt";

        for (int round = 0; round < kMaxRounds; ++round) {
            if (round > 0 && expired(deadline))
                break;
            auto pool = ask_target ? ask_target
                        : slot     ? slots_.owner(*slot, deadline)
                                   : slots_.any(deadline);
            const bool asking = ask_target != nullptr;
            ask_target.reset();

            std::vector<Args> batch;
            for (size_t i : pending) {
                if (asking)
                    batch.push_back({"ASKING"});
                batch.push_back(cmds[i]);
            }
            std::vector<ReplyPtr> replies;
            try {
                // A connection that breaks is a failure of its pool when given back.
                replies = pool->acquire(deadline)->pipeline(batch, deadline);
            } catch (const AuthError &) {
                throw;
            } catch (const Error &e) {
                // The node may be dead and its slots about to be taken over:
                // read the map again and retry while time is left.
                last_problem = e.what();
                if (expired(deadline))
                    break;
                slots_.refresh(deadline);
                sleep_a_little(pause, deadline);
                continue;
            }

            std::vector<size_t> again;
            bool wait = false;
            for (size_t k = 0; k < pending.size(); ++k) {
                ReplyPtr &reply = replies[asking ? 2 * k + 1 : k];
                Redirect r = parse_redirect(reply.get(), pool->endpoint().host);
                switch (r.kind) {
                    case Redirect::None:
                        out[pending[k]] = std::move(reply);
                        continue;
                    case Redirect::Moved:
                        slots_.moved(r.slot, r.target);
                        break;
                    case Redirect::Ask:
                        ask_target = slots_.pool_for(r.target);
                        break;
                    case Redirect::TryAgain:
                    case Redirect::ClusterDown:
                        wait = true;
                        break;
                }
                last_problem = std::string(reply_text(reply.get()));
                again.push_back(pending[k]);
            }
            if (again.empty())
                return out;
            pending.swap(again);
            if (wait)
                sleep_a_little(pause, deadline);
        }
        throw Error("redis cluster: gave up before the timeout: " + last_problem);
    }

    // SCRIPT LOAD / FLUSH, FLUSHALL: every master; the first error reply
    // wins, else the first reply.
    ReplyPtr broadcast(const Args &argv, Deadline deadline) {
        ReplyPtr first;
        for (auto &pool : slots_.masters(deadline)) {
            ReplyPtr r = pool->acquire(deadline)->command(argv, deadline);
            if (!first || (is_error(r.get()) && !is_error(first.get())))
                first = std::move(r);
        }
        return first;
    }

    static void sleep_a_little(std::chrono::milliseconds &pause, Deadline deadline) {
        std::this_thread::sleep_until(std::min(deadline, Clock::now() + pause));
        pause = std::min(pause * 2, std::chrono::milliseconds(50));
    }

    ClusterSlots slots_;
};

}  // namespace

std::unique_ptr<Backend> make_cluster_backend(const Options &opts,
                                              std::atomic<uint64_t> *generation) {
    return std::make_unique<ClusterBackend>(opts, generation);
}

}  // namespace lsnroute::redis
