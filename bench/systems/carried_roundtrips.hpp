// The yardstick for request mode's cost beyond its Redis round trips:
// pg_lsnroute with the token carried by the application (lsnr_begin_at /
// lsnr_end_at, the library's pool), plus, made by hand with hiredis, exactly
// the round trips request mode makes for the token (docs/design.md):
// * before a request's first read, unless it wrote first, one pipeline of
//   GET token and GET floor;
// * after a request that wrote, the monotonic LSN script on the token key
//   (EVALSHA, with the library's default token TTL).
// The tokens it saves are the real ones (the carried token after the write),
// so they leave Redis as request mode would. Request mode's request p50 minus
// this system's is what the library spends beyond those round trips.
#pragma once

#include <lsnroute.h>

#include <string>

#include "redis_conn_pool.hpp"
#include "system.hpp"

namespace lsnroute::bench {

class CarriedRoundTripsSystem : public workload::System {
  public:
    // `router` is not owned and must outlive the System. Loads the script;
    // on failure err is set and begin() fails.
    CarriedRoundTripsSystem(lsnr_router *router, const std::string &redis_host, int redis_port,
                            const std::string &cluster, std::string &err);
    std::string name() const override { return "lsnroute-carried-roundtrips"; }
    std::unique_ptr<workload::Request> begin(workload::UserSession &user,
                                             std::string &error) override;

    // The round trip before a first read: token and floor in one pipeline.
    bool read_token(const std::string &key, std::string &err);
    // The round trip after a write: the monotonic save of `lsn` under key.
    bool save_token(const std::string &key, const std::string &lsn, std::string &err);

  private:
    lsnr_router *router_;
    RedisConnPool redis_;
    std::string cluster_, floor_key_, sha_;
};

}  // namespace lsnroute::bench
