// The safe baseline: every read and write on the primary, no router at all.
#pragma once

#include <string>

#include "../pg_pool.hpp"
#include "../system.hpp"

namespace lsnroute::workload {

class PrimaryOnlySystem : public System {
  public:
    explicit PrimaryOnlySystem(std::string primary_conninfo)
        : conninfo_(std::move(primary_conninfo)) {}
    std::string name() const override { return "primary-only"; }
    std::unique_ptr<Request> begin(UserSession &user, std::string &error) override;

  private:
    std::string conninfo_;
    PgConnPool pool_;
};

}  // namespace lsnroute::workload
