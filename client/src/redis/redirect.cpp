#include "redis/redirect.hpp"

namespace lsnroute::redis {

Redirect parse_redirect(const redisReply *reply, const std::string &replied_host) {
    if (!is_error(reply))
        return Redirect{};
    Redirect r = redis_protocol::parse_redirect(reply_text(reply));
    if ((r.kind == Redirect::Moved || r.kind == Redirect::Ask) && r.target.host.empty())
        r.target.host = replied_host;
    return r;
}

}  // namespace lsnroute::redis
