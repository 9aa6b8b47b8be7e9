// Client: validates the options and dispatches every call, with its
// deadline, to the backend of the configured mode.
#include "redis/backend.hpp"

namespace lsnroute::redis {

struct Client::Impl {
    explicit Impl(Options o) : opts(std::move(o)) {
        if (opts.seeds.empty())
            throw Error("redis: no server address given");
        if (opts.mode == Mode::Cluster && opts.db != 0) {
            throw Error("redis: Redis Cluster has only database 0 (db=" + std::to_string(opts.db) +
                        ")");
        }
        if (opts.timeout.count() <= 0)
            throw Error("redis: the timeout must be positive");
        switch (opts.mode) {
            case Mode::Standalone:
                backend = make_standalone_backend(opts, &generation);
                break;
            case Mode::Sentinel:
                backend = make_sentinel_backend(opts, &generation);
                break;
            case Mode::Cluster:
                backend = make_cluster_backend(opts, &generation);
                break;
        }
    }

    Options opts;
    std::atomic<uint64_t> generation{0};  // declared before backend: outlives it
    std::unique_ptr<Backend> backend;
};

Client::Client(Options opts) : impl_(std::make_unique<Impl>(std::move(opts))) {}

Client::~Client() = default;

ReplyPtr Client::command(const Args &argv) {
    if (argv.empty())
        throw Error("redis: empty command");
    return impl_->backend->command(argv, deadline_after(impl_->opts.timeout));
}

std::vector<ReplyPtr> Client::pipeline(std::string_view key, const std::vector<Args> &cmds) {
    if (cmds.empty())
        return {};
    for (const auto &c : cmds) {
        if (c.empty())
            throw Error("redis: empty command in pipeline");
    }
    return impl_->backend->pipeline(key, cmds, deadline_after(impl_->opts.timeout));
}

uint64_t Client::generation() const noexcept {
    return impl_->generation.load();
}

bool Client::single_server() const noexcept {
    return impl_->opts.mode != Mode::Cluster;
}

const Options &Client::options() const noexcept {
    return impl_->opts;
}

}  // namespace lsnroute::redis
