#include "redis_session.hpp"

#include <cstdlib>

namespace lsnroute::ext {

namespace {

// AUTH (with the ACL user when one is set) and SELECT on a fresh connection.
void prepare(RedisConnection &c, const RedisSettings &s) {
    if (!s.password.empty() || !s.user.empty()) {
        Command auth{"AUTH"};
        if (!s.user.empty())
            auth.push_back(s.user);
        auth.push_back(s.password);
        try {
            c.command(auth);
        } catch (const RedisError &e) {
            // Redis' own message ("WRONGPASS invalid username-password pair ...")
            // never echoes the password; ours does not either.
            throw RedisError("AUTH to " + c.endpoint().str() + " failed: " + e.what());
        }
    }
    if (s.db != 0)
        c.command({"SELECT", std::to_string(s.db)});
}

bool is_master(RedisConnection &c) {
    Reply r = c.command({"ROLE"});
    return r->type == REDIS_REPLY_ARRAY && r->elements > 0 &&
           r->element[0]->type == REDIS_REPLY_STRING &&
           std::string(r->element[0]->str, r->element[0]->len) == "master";
}

// Asks each Sentinel in turn for the master, and believes it only once the
// master itself says ROLE master (a Sentinel may lag behind a failover).
RedisConnection discover_through_sentinels(const RedisSettings &s,
                                           RedisConnection::AbortCheck abort_check) {
    std::string errors;
    for (const Endpoint &sentinel : parse_endpoints(s.sentinels)) {
        try {
            RedisConnection sc(sentinel, s.timeout_ms, abort_check);
            Reply r = sc.command({"SENTINEL", "get-master-addr-by-name", s.master_name});
            if (r->type != REDIS_REPLY_ARRAY || r->elements != 2)
                throw RedisError("sentinel " + sentinel.str() + " knows no master named '" +
                                 s.master_name + "'");
            Endpoint master{std::string(r->element[0]->str, r->element[0]->len),
                            std::atoi(r->element[1]->str)};
            RedisConnection mc(master, s.timeout_ms, abort_check);
            prepare(mc, s);
            if (!is_master(mc))
                throw RedisError("sentinel " + sentinel.str() + " named " + master.str() +
                                 ", which is not a master");
            return mc;
        } catch (const RedisError &e) {
            if (!errors.empty())
                errors += "; ";
            errors += e.what();
        }
    }
    throw RedisError("no Sentinel gave a usable master: " + errors);
}

}  // namespace

std::vector<Endpoint> parse_endpoints(const std::string &list) {
    std::vector<Endpoint> out;
    size_t pos = 0;
    while (pos <= list.size()) {
        size_t comma = list.find(',', pos);
        if (comma == std::string::npos)
            comma = list.size();
        std::string item = list.substr(pos, comma - pos);
        const size_t b = item.find_first_not_of(' ');
        const size_t e = item.find_last_not_of(' ');
        item = b == std::string::npos ? std::string() : item.substr(b, e - b + 1);
        if (!item.empty()) {
            const size_t colon = item.rfind(':');
            char *end = nullptr;
            const long port =
                colon == std::string::npos ? 0 : std::strtol(item.c_str() + colon + 1, &end, 10);
            if (colon == std::string::npos || colon == 0 || end == nullptr || *end != '\0' ||
                port <= 0 || port > 65535)
                throw RedisError("bad address '" + item + "' (want host:port)");
            out.push_back(Endpoint{item.substr(0, colon), static_cast<int>(port)});
        }
        pos = comma + 1;
    }
    if (out.empty())
        throw RedisError("empty address list");
    return out;
}

std::optional<Endpoint> parse_moved(const std::string &text) {
    if (text.rfind("MOVED ", 0) != 0)
        return std::nullopt;
    const size_t sp = text.find(' ', 6);
    if (sp == std::string::npos)
        return std::nullopt;
    try {
        std::vector<Endpoint> eps = parse_endpoints(text.substr(sp + 1));
        if (eps.size() != 1)
            return std::nullopt;
        return eps[0];
    } catch (const RedisError &) {
        return std::nullopt;
    }
}

RedisConnection open_session(const RedisSettings &s, RedisConnection::AbortCheck abort_check,
                             const std::optional<Endpoint> &redirect) {
    if (redirect) {
        try {
            RedisConnection c(*redirect, s.timeout_ms, abort_check);
            prepare(c, s);
            return c;
        } catch (const RedisError &) {
            // The cluster may have moved on again: start over from the settings.
        }
    }
    if (!s.sentinels.empty())
        return discover_through_sentinels(s, abort_check);
    RedisConnection c(Endpoint{s.host, s.port}, s.timeout_ms, abort_check);
    prepare(c, s);
    return c;
}

}  // namespace lsnroute::ext
