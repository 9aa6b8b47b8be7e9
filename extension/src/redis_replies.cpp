#include "redis_replies.hpp"

#include <new>

namespace lsnroute::ext {

namespace {

std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

// A decimal port 1..65535, digits only.
std::optional<int> parse_port(std::string_view s) noexcept {
    if (s.empty() || s.size() > 5)
        return std::nullopt;
    int port = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return std::nullopt;
        port = port * 10 + (c - '0');
    }
    if (port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

std::optional<std::string_view> bulk_text(const redisReply *r) noexcept {
    if (r == nullptr || r->type != REDIS_REPLY_STRING || r->str == nullptr)
        return std::nullopt;
    return std::string_view(r->str, r->len);
}

}  // namespace

std::optional<Endpoint> parse_endpoint(std::string_view item) noexcept {
    item = trim(item);
    const size_t colon = item.rfind(':');
    if (colon == std::string_view::npos || colon == 0)
        return std::nullopt;
    const std::optional<int> port = parse_port(item.substr(colon + 1));
    if (!port)
        return std::nullopt;
    try {
        return Endpoint{std::string(item.substr(0, colon)), *port};
    } catch (const std::bad_alloc &) {
        return std::nullopt;
    }
}

bool parse_endpoint_list(std::string_view list, std::vector<Endpoint> *out,
                         std::string *bad) noexcept {
    try {
        out->clear();
        size_t pos = 0;
        while (pos <= list.size()) {
            size_t comma = list.find(',', pos);
            if (comma == std::string_view::npos)
                comma = list.size();
            const std::string_view item = trim(list.substr(pos, comma - pos));
            if (!item.empty()) {
                std::optional<Endpoint> ep = parse_endpoint(item);
                if (!ep) {
                    if (bad != nullptr)
                        bad->assign(item);
                    return false;
                }
                out->push_back(std::move(*ep));
            }
            pos = comma + 1;
        }
        if (out->empty() && bad != nullptr)
            bad->clear();
        return !out->empty();
    } catch (const std::bad_alloc &) {
        return false;
    }
}

std::optional<Endpoint> parse_master_addr_reply(const redisReply *r) noexcept {
    if (r == nullptr || r->type != REDIS_REPLY_ARRAY || r->elements != 2 || r->element == nullptr)
        return std::nullopt;
    const std::optional<std::string_view> host = bulk_text(r->element[0]);
    const std::optional<std::string_view> port_text = bulk_text(r->element[1]);
    if (!host || host->empty() || !port_text)
        return std::nullopt;
    const std::optional<int> port = parse_port(*port_text);
    if (!port)
        return std::nullopt;
    try {
        return Endpoint{std::string(*host), *port};
    } catch (const std::bad_alloc &) {
        return std::nullopt;
    }
}

std::optional<std::string> parse_role_reply(const redisReply *r) noexcept {
    if (r == nullptr || r->type != REDIS_REPLY_ARRAY || r->elements == 0 || r->element == nullptr)
        return std::nullopt;
    const std::optional<std::string_view> role = bulk_text(r->element[0]);
    if (!role)
        return std::nullopt;
    try {
        return std::string(*role);
    } catch (const std::bad_alloc &) {
        return std::nullopt;
    }
}

std::optional<Endpoint> parse_moved(std::string_view text) noexcept {
    constexpr std::string_view kMoved = "MOVED ";
    if (text.substr(0, kMoved.size()) != kMoved)
        return std::nullopt;
    const size_t sp = text.find(' ', kMoved.size());
    if (sp == std::string_view::npos || sp == kMoved.size())
        return std::nullopt;
    for (char c : text.substr(kMoved.size(), sp - kMoved.size()))
        if (c < '0' || c > '9')
            return std::nullopt;
    const std::string_view addr = text.substr(sp + 1);
    if (addr.find(',') != std::string_view::npos)
        return std::nullopt;
    return parse_endpoint(addr);
}

}  // namespace lsnroute::ext
