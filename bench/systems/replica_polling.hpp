// Replica polling, the approach of application-side balancers such as
// GitLab's (Gitlab::Database::LoadBalancing): after a user's write the app
// stores the primary's WAL position under the user in Redis; when a later
// request of that user starts, it loads that position and asks the replicas,
// in random order, whether they have replayed it
// (pg_last_wal_replay_lsn() >= position), using the first that has, else the
// primary. Without a stored position any replica will do. Same tokens in
// Redis as pg_lsnroute, no registry: every such request pays a Redis GET plus
// up to one query per replica before its first read.
#pragma once

#include <mutex>
#include <random>
#include <string>
#include <vector>

#include "pg_pool.hpp"
#include "redis_conn_pool.hpp"
#include "system.hpp"

namespace lsnroute::bench {

struct ReplicaPollingConfig {
    std::string primary;                // conninfo
    std::vector<std::string> replicas;  // conninfos
    std::string redis_host;
    int redis_port = 0;
    std::string cluster;  // token keys: lsnroute:tok:<cluster>:<key>, as pg_lsnroute's
    long token_ttl_ms = 3600000;
    uint64_t seed = 1;
};

class ReplicaPollingSystem : public workload::System {
  public:
    explicit ReplicaPollingSystem(ReplicaPollingConfig config);
    std::string name() const override { return "replica-polling"; }
    std::unique_ptr<workload::Request> begin(workload::UserSession &user,
                                             std::string &error) override;

    const ReplicaPollingConfig &config() const { return config_; }
    workload::PgConnPool &pg_pool() { return pg_pool_; }
    RedisConnPool &redis() { return redis_; }
    // The replicas in a fresh random order.
    std::vector<size_t> shuffled_replicas();

  private:
    ReplicaPollingConfig config_;
    workload::PgConnPool pg_pool_;
    RedisConnPool redis_;
    std::mutex rng_mu_;
    std::mt19937_64 rng_;
};

}  // namespace lsnroute::bench
