#include "redis_session.hpp"

namespace lsnroute::ext {

namespace {

// AUTH (with the ACL user when one is set) and SELECT on a fresh connection.
void prepare(RedisConnection &c, const RedisSettings &s) {
    if (!s.password.empty() || !s.user.empty()) {
        try {
            c.command(redis_protocol::auth_command(s.user, s.password));
        } catch (const RedisError &e) {
            // Redis' own message ("WRONGPASS invalid username-password pair ...")
            // never echoes the password; ours does not either.
            throw RedisError("AUTH to " + c.endpoint().str() + " failed: " + e.what());
        }
    }
    if (s.db != 0)
        c.command(redis_protocol::select_command(s.db));
}

bool is_master(RedisConnection &c) {
    Reply r = c.command({"ROLE"});
    const std::optional<std::string> role = redis_protocol::parse_role_reply(r.get());
    return role && *role == "master";
}

// One question to one Sentinel. Throws RedisError when it does not answer
// with an address.
Endpoint ask_sentinel(RedisConnection &sc, const std::string &master_name) {
    Reply r = sc.command({"SENTINEL", "get-master-addr-by-name", master_name});
    std::optional<Endpoint> master = redis_protocol::parse_master_addr_reply(r.get());
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
    redis_protocol::EndpointList parsed = redis_protocol::parse_endpoint_list(list);
    if (parsed.error == redis_protocol::EndpointList::Error::Empty)
        throw RedisError("empty address list");
    if (parsed.error != redis_protocol::EndpointList::Error::None)
        throw RedisError("bad address '" + parsed.bad_item + "' (want host:port)");
    return std::move(parsed.endpoints);
}

std::optional<Endpoint> parse_moved(std::string_view error_text) noexcept {
    redis_protocol::Redirect r = redis_protocol::parse_redirect(error_text);
    if (r.kind != redis_protocol::Redirect::Moved || r.target.host.empty())
        return std::nullopt;
    return std::move(r.target);
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
