#include "redis/sentinel.hpp"

#include <algorithm>
#include <sstream>

#include "redis/reply.hpp"

namespace lsnroute::redis {

std::optional<Endpoint> parse_switch_master(std::string_view message,
                                            const std::string &master_name) {
    std::istringstream in{std::string(message)};
    std::string name, old_ip, old_port, new_ip;
    int new_port = 0;
    if (!(in >> name >> old_ip >> old_port >> new_ip >> new_port) || name != master_name ||
        new_port < 1 || new_port > 65535) {
        return std::nullopt;
    }
    return Endpoint{new_ip, new_port};
}

void require_master_role(Connection &conn, Deadline deadline) {
    ReplyPtr r = conn.command({"ROLE"}, deadline);
    if (!r || r->type != REDIS_REPLY_ARRAY || r->elements < 1 || !is_string(r->element[0])) {
        throw Error("redis " + to_string(conn.endpoint()) + ": unexpected ROLE reply");
    }
    auto role = reply_text(r->element[0]);
    if (role != "master") {
        throw Error("redis " + to_string(conn.endpoint()) + ": is a " + std::string(role) +
                    ", not the master");
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
            if (!r || r->type != REDIS_REPLY_ARRAY || r->elements != 2 ||
                !is_string(r->element[0]) || !is_string(r->element[1])) {
                why +=
                    "; sentinel " + to_string(s) + ": does not know master '" + master_name_ + "'";
                continue;
            }
            Endpoint master{std::string(reply_text(r->element[0])),
                            std::stoi(std::string(reply_text(r->element[1])))};
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
        } catch (const std::logic_error &) {  // std::stoi on a bad port
            why += "; sentinel " + to_string(s) + ": malformed master address";
        }
    }
    throw Error("sentinel: no master '" + master_name_ + "' found" + why);
}

}  // namespace lsnroute::redis
