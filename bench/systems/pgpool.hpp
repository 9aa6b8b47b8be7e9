// pgpool-II in streaming-replication mode (bench/pgpool/pgpool.conf.in): the
// application sends every statement to pgpool, which balances reads over the
// replicas and keeps them on the primary while its lag check (every
// sr_check_period) saw a replica behind by more than delay_threshold bytes.
// pgpool knows nothing of users: no tokens.
#pragma once

#include <string>

#include "pg_pool.hpp"
#include "system.hpp"

namespace lsnroute::bench {

class PgpoolSystem : public workload::System {
  public:
    explicit PgpoolSystem(std::string pgpool_conninfo) : conninfo_(std::move(pgpool_conninfo)) {}
    std::string name() const override { return "pgpool"; }
    std::unique_ptr<workload::Request> begin(workload::UserSession &user,
                                             std::string &error) override;

  private:
    std::string conninfo_;
    workload::PgConnPool pool_;
};

}  // namespace lsnroute::bench
