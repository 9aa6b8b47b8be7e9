// pg_lsnroute in advisory mode: the library only says which node to use
// (lsnr_choose) and learns about writes (lsnr_note_write); the application
// keeps its own driver and connections (here a PgConnPool) and reads the
// commit LSN itself with lsnroute.last_commit_lsn().
#pragma once

#include <lsnroute.h>

#include <string>

#include "../pg_pool.hpp"
#include "../system.hpp"

namespace lsnroute::workload {

class LsnrouteAdvisorySystem : public System {
  public:
    // `router` is not owned and must outlive the System. `primary_conninfo`:
    // where the application sends writes. `extra_conninfo` is appended to the
    // dsn of every chosen node (user, dbname, ...).
    LsnrouteAdvisorySystem(lsnr_router *router, std::string primary_conninfo,
                           std::string extra_conninfo = "")
        : router_(router),
          primary_(std::move(primary_conninfo)),
          extra_(std::move(extra_conninfo)) {}
    std::string name() const override { return "lsnroute-advisory"; }
    std::unique_ptr<Request> begin(UserSession &user, std::string &error) override;

    // How long a replica whose connection broke is kept out, for every router
    // sharing the Redis (lsnr_blacklist).
    long blacklist_ms = 30000;

  private:
    lsnr_router *router_;
    std::string primary_;
    std::string extra_;
    PgConnPool pool_;
};

}  // namespace lsnroute::workload
