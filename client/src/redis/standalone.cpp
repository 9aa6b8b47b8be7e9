// Standalone mode: one pool to the one server named in Options::seeds.
#include "redis/backend.hpp"
#include "redis/connection_pool.hpp"

namespace lsnroute::redis {
namespace {

class StandaloneBackend : public Backend {
    // Runs fn on a pooled connection; a connection that broke on the way
    // tells the pool (and so the generation) that the server may have changed.
    // Declared before the public calls: its deduced return type is needed there.
    template <typename Fn>
    auto with_connection(Deadline deadline, Fn &&fn) {
        auto lease = pool_.acquire(deadline);
        try {
            return fn(*lease);
        } catch (const AuthError &) {
            throw;
        } catch (const Error &) {
            if (lease->broken())
                pool_.note_failure();
            throw;
        }
    }

  public:
    StandaloneBackend(const Options &opts, std::atomic<uint64_t> *generation)
        : pool_(opts.seeds.at(0), Login::from(opts), opts.max_connections, generation) {}

    ReplyPtr command(const Args &argv, Deadline deadline) override {
        return with_connection(deadline, [&](auto &conn) { return conn.command(argv, deadline); });
    }

    std::vector<ReplyPtr> pipeline(std::string_view, const std::vector<Args> &cmds,
                                   Deadline deadline) override {
        return with_connection(deadline, [&](auto &conn) { return conn.pipeline(cmds, deadline); });
    }

  private:
    ConnectionPool pool_;
};

}  // namespace

std::unique_ptr<Backend> make_standalone_backend(const Options &opts,
                                                 std::atomic<uint64_t> *generation) {
    return std::make_unique<StandaloneBackend>(opts, generation);
}

}  // namespace lsnroute::redis
