// Reads on a replica picked at random per request, writes on the primary, no
// tokens: what an application gets from a plain "read replica" setting. With
// a lagging replica this shows the stale reads pg_lsnroute exists to prevent.
//
// The same System, run while the primary commits with synchronous_commit =
// remote_apply and every replica is a synchronous standby, is "PostgreSQL's
// own answer" (named remote-apply): bench/run.sh switches the primary's
// settings around that system, the client side is identical.
#pragma once

#include <mutex>
#include <random>
#include <string>
#include <vector>

#include "pg_pool.hpp"
#include "system.hpp"

namespace lsnroute::bench {

class NaiveReplicaSystem : public workload::System {
  public:
    NaiveReplicaSystem(std::string name, std::string primary_conninfo,
                       std::vector<std::string> replica_conninfos, uint64_t seed);
    std::string name() const override { return name_; }
    std::unique_ptr<workload::Request> begin(workload::UserSession &user,
                                             std::string &error) override;

  private:
    std::string name_;
    std::string primary_;
    std::vector<std::string> replicas_;
    std::mutex rng_mu_;
    std::mt19937_64 rng_;
    workload::PgConnPool pool_;
};

}  // namespace lsnroute::bench
