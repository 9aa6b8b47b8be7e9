#include "redis/redirect.hpp"

#include <charconv>

#include "redis/reply.hpp"

namespace lsnroute::redis {
namespace {

template <typename T>
bool parse_number(std::string_view s, T &out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

// "<slot> <host>:<port>", host possibly IPv6 (split at the last ':').
bool parse_target(std::string_view rest, const std::string &replied_host, Redirect &out) {
    auto space = rest.find(' ');
    if (space == std::string_view::npos)
        return false;
    auto addr = rest.substr(space + 1);
    auto colon = addr.rfind(':');
    if (colon == std::string_view::npos)
        return false;
    unsigned slot = 0;
    if (!parse_number(rest.substr(0, space), slot) || slot >= 16384)
        return false;
    if (!parse_number(addr.substr(colon + 1), out.target.port) || out.target.port < 1 ||
        out.target.port > 65535)
        return false;
    out.slot = static_cast<uint16_t>(slot);
    out.target.host = colon == 0 ? replied_host : std::string(addr.substr(0, colon));
    return true;
}

}  // namespace

Redirect parse_redirect(const redisReply *reply, const std::string &replied_host) {
    Redirect r;
    if (!is_error(reply))
        return r;
    std::string_view text = reply_text(reply);
    if (is_error(reply, "MOVED")) {
        if (text.size() > 6 && parse_target(text.substr(6), replied_host, r)) {
            r.kind = Redirect::Moved;
        }
    } else if (is_error(reply, "ASK")) {
        if (text.size() > 4 && parse_target(text.substr(4), replied_host, r)) {
            r.kind = Redirect::Ask;
        }
    } else if (is_error(reply, "TRYAGAIN")) {
        r.kind = Redirect::TryAgain;
    } else if (is_error(reply, "CLUSTERDOWN")) {
        r.kind = Redirect::ClusterDown;
    }
    return r;
}

}  // namespace lsnroute::redis
