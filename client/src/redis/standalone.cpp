// Standalone mode: one pool to the one server named in Options::seeds.
#include "redis/backend.hpp"
#include "redis/connection_pool.hpp"

namespace lsnroute::redis {
namespace {

class StandaloneBackend : public Backend {
  public:
    StandaloneBackend(const Options &opts, std::atomic<uint64_t> *generation)
        : pool_(opts.seeds.at(0), Login::from(opts), opts.max_connections, generation) {}

    ReplyPtr command(const Args &argv, Deadline deadline) override {
        auto lease = pool_.acquire(deadline);
        try {
            return lease->command(argv, deadline);
        } catch (const AuthError &) {
            throw;
        } catch (const Error &) {
            if (lease->broken())
                pool_.note_failure();
            throw;
        }
    }

    std::vector<ReplyPtr> pipeline(std::string_view, const std::vector<Args> &cmds,
                                   Deadline deadline) override {
        auto lease = pool_.acquire(deadline);
        try {
            return lease->pipeline(cmds, deadline);
        } catch (const AuthError &) {
            throw;
        } catch (const Error &) {
            if (lease->broken())
                pool_.note_failure();
            throw;
        }
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
