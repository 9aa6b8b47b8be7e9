// The Cluster's answers that are not results but instructions: MOVED and ASK
// (go elsewhere), TRYAGAIN and CLUSTERDOWN (wait a little). The text is read
// by common/redis_protocol.hpp; this fills in the host a redirect left out.
#pragma once

#include <string>

#include "redis/redis_client.hpp"

namespace lsnroute::redis {

using redis_protocol::Redirect;

// Kind None unless reply is an error reply naming a redirect or a wait.
// replied_host fills in an empty host ("MOVED 3999 :6381" means the host
// of the node that answered).
Redirect parse_redirect(const redisReply *reply, const std::string &replied_host);

}  // namespace lsnroute::redis
