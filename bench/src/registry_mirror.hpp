// Keeps a copy of the topology's registry (the node hashes, their set and the
// floor) in the Redis Cluster while the Redis section measures, so that a
// router with redis_mode=cluster sees the same replicas as one on the
// topology's Redis: the extension publishes to one Redis only. The copy is
// rewritten every 20 ms from this process (no pub/sub events: the Cluster
// router learns it at its full refresh, refresh_ms).
#pragma once

#include <atomic>
#include <string>
#include <thread>

#include "redis_conn.hpp"
#include "redis_deployments.hpp"

namespace lsnroute::bench {

class RegistryMirror {
  public:
    // Copies once before returning; false with err if that failed.
    bool start(const RedisEndpoint &from, const RedisEndpoint &to_master,
               const std::string &cluster, std::string &err);
    ~RegistryMirror();

  private:
    bool copy_once(RedisConn &from, RedisConn &to, std::string &err);

    std::string cluster_;
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

}  // namespace lsnroute::bench
