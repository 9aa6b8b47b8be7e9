#include "redis/sentinel.hpp"

#include <algorithm>

#include "redis_protocol.hpp"

namespace lsnroute::redis {

void require_master_role(Connection &conn, Deadline deadline) {
    ReplyPtr r = conn.command({"ROLE"}, deadline);
    const std::optional<std::string> role = redis_protocol::parse_role_reply(r.get());
    if (!role)
        throw Error("redis " + conn.endpoint().str() + ": unexpected ROLE reply");
    if (*role != "master") {
        throw Error("redis " + conn.endpoint().str() + ": is a " + *role + ", not the master");
    }
}

SentinelResolver::SentinelResolver(std::vector<Endpoint> sentinels, std::string master_name,
                                   Login login)
    : sentinels_(std::move(sentinels)),
      master_name_(std::move(master_name)),
      login_(std::move(login)) {}

ResolvedMaster SentinelResolver::resolve(Deadline deadline) {
    std::vector<Endpoint> order;
    {
        std::lock_guard<std::mutex> lk(mu_);
        order = sentinels_;
    }
    std::string why;
    for (size_t i = 0; i < order.size(); ++i) {
        const Endpoint &s = order[i];
        // A stopped Sentinel must not eat the whole budget: each one left
        // gets an equal share of it for the question.
        const Deadline share = Clock::now() + (deadline - Clock::now()) / (order.size() - i);
        try {
            auto sc = Connection::open(s, Login{}, share);
            ReplyPtr r = sc->command({"SENTINEL", "get-master-addr-by-name", master_name_}, share);
            std::optional<Endpoint> found = redis_protocol::parse_master_addr_reply(r.get());
            if (!found) {
                why += "; sentinel " + s.str() +
                       (r && r->type == REDIS_REPLY_ARRAY && r->elements == 2
                            ? std::string(": malformed master address")
                            : ": does not know master '" + master_name_ + "'");
                continue;
            }
            Endpoint master = std::move(*found);
            auto mc = Connection::open(master, login_, deadline);
            require_master_role(*mc, deadline);
            if (i != 0) {
                std::lock_guard<std::mutex> lk(mu_);
                auto it = std::find(sentinels_.begin(), sentinels_.end(), s);
                if (it != sentinels_.end())
                    std::rotate(sentinels_.begin(), it, it + 1);
            }
            return {std::move(master), std::move(mc)};
        } catch (const AuthError &) {
            throw;
        } catch (const Error &e) {
            why += std::string("; ") + e.what();
        }
    }
    throw Error("sentinel: no master '" + master_name_ + "' found" + why);
}

}  // namespace lsnroute::redis
