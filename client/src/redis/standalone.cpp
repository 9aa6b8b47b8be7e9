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
        // A connection that breaks on the way tells the pool (and so the
        // generation) that the server may have changed, when given back.
        return pool_.acquire(deadline)->command(argv, deadline);
    }

    std::vector<ReplyPtr> pipeline(std::string_view, const std::vector<Args> &cmds,
                                   Deadline deadline) override {
        return pool_.acquire(deadline)->pipeline(cmds, deadline);
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
