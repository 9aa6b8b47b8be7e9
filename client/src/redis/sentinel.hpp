// Redis Sentinel master discovery: ask each Sentinel in turn
// `SENTINEL get-master-addr-by-name <name>`, then confirm with ROLE on the
// named server that it really is a master (a Sentinel may be behind, or the
// old master may be back as a replica) before trusting it.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "redis/connection.hpp"

namespace lsnroute::redis {

struct ResolvedMaster {
    Endpoint endpoint;
    std::unique_ptr<Connection> connection;  // logged in, verified master
};

class SentinelResolver {
  public:
    SentinelResolver(std::vector<Endpoint> sentinels, std::string master_name, Login login);

    // Throws Error naming what each Sentinel said when none led to a master.
    ResolvedMaster resolve(Deadline deadline);

  private:
    std::mutex mu_;                    // guards the order of sentinels_ only
    std::vector<Endpoint> sentinels_;  // the last one that answered first
    const std::string master_name_;
    const Login login_;
};

// Throws Error unless ROLE on conn says "master".
void require_master_role(Connection &conn, Deadline deadline);

}  // namespace lsnroute::redis
