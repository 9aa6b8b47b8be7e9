#include "redis_session.hpp"

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
    const std::optional<std::string> role = parse_role_reply(r.get());
    return role && *role == "master";
}

// One question to one Sentinel. Throws RedisError when it does not answer
// with an address.
Endpoint ask_sentinel(RedisConnection &sc, const std::string &master_name) {
    Reply r = sc.command({"SENTINEL", "get-master-addr-by-name", master_name});
    std::optional<Endpoint> master = parse_master_addr_reply(r.get());
    if (!master)
        throw RedisError("sentinel " + sc.endpoint().str() + " gave no address for master '" +
                         master_name + "' (" + describe_reply(r.get()) + ")");
    return *master;
}

// Asks each Sentinel in turn for the master, and believes it only once the
// master itself says ROLE master (a Sentinel may lag behind a failover).
RedisConnection discover_through_sentinels(const RedisSettings &s,
                                           RedisConnection::AbortCheck abort_check) {
    std::string errors;
    for (const Endpoint &sentinel : parse_endpoints(s.sentinels)) {
        try {
            RedisConnection sc(sentinel, s.timeout_ms, abort_check);
            const Endpoint master = ask_sentinel(sc, s.master_name);
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
    std::string bad;
    if (!parse_endpoint_list(list, &out, &bad))
        throw RedisError(bad.empty() ? std::string("empty address list")
                                     : "bad address '" + bad + "' (want host:port)");
    return out;
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

SentinelWatch::SentinelWatch(const RedisSettings &s, RedisConnection::AbortCheck abort_check)
    : sentinels_(parse_endpoints(s.sentinels)),
      master_name_(s.master_name),
      timeout_ms_(s.timeout_ms),
      abort_check_(abort_check) {}

std::optional<Endpoint> SentinelWatch::master(std::string *error) {
    error->clear();
    for (size_t tried = 0; tried < sentinels_.size(); tried++) {
        try {
            if (!conn_)
                conn_.emplace(sentinels_[current_], timeout_ms_, abort_check_);
            return ask_sentinel(*conn_, master_name_);
        } catch (const RedisError &e) {
            conn_.reset();
            current_ = (current_ + 1) % sentinels_.size();
            if (!error->empty())
                *error += "; ";
            *error += e.what();
        }
    }
    return std::nullopt;
}

}  // namespace lsnroute::ext
