// What Client::Impl dispatches to: one implementation per deployment mode
// (standalone.cpp, sentinel.cpp, cluster.cpp). Every call is bounded by the
// deadline the Client computed from Options::timeout.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "redis/deadline.hpp"
#include "redis/redis_client.hpp"

namespace lsnroute::redis {

class Backend {
  public:
    virtual ~Backend() = default;
    virtual ReplyPtr command(const Args &argv, Deadline deadline) = 0;
    virtual std::vector<ReplyPtr> pipeline(std::string_view key, const std::vector<Args> &cmds,
                                           Deadline deadline) = 0;
};

// generation is the Client's counter (outlives the backend).
std::unique_ptr<Backend> make_standalone_backend(const Options &opts,
                                                 std::atomic<uint64_t> *generation);
std::unique_ptr<Backend> make_sentinel_backend(const Options &opts,
                                               std::atomic<uint64_t> *generation);
std::unique_ptr<Backend> make_cluster_backend(const Options &opts,
                                              std::atomic<uint64_t> *generation);

}  // namespace lsnroute::redis
