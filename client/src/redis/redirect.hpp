// The Cluster's answers that are not results but instructions: MOVED and ASK
// (go elsewhere), TRYAGAIN and CLUSTERDOWN (wait a little).
#pragma once

#include <cstdint>
#include <string>

#include "redis/redis_client.hpp"

namespace lsnroute::redis {

struct Redirect {
    enum Kind { None, Moved, Ask, TryAgain, ClusterDown } kind = None;
    uint16_t slot = 0;
    Endpoint target;
};

// replied_host fills in an empty host ("MOVED 3999 :6381" means the host
// of the node that answered).
Redirect parse_redirect(const redisReply *reply, const std::string &replied_host);

}  // namespace lsnroute::redis
