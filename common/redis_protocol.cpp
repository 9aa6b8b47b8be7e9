#include "redis_protocol.hpp"

#include <new>

namespace lsnroute::redis_protocol {

namespace {

// Decimal digits only, at most max_digits of them (no sign, no blanks).
std::optional<unsigned> parse_digits(std::string_view s, size_t max_digits) noexcept {
    if (s.empty() || s.size() > max_digits)
        return std::nullopt;
    unsigned v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + static_cast<unsigned>(c - '0');
    }
    return v;
}

// The first word of s (up to a blank) and what follows it.
std::string_view next_word(std::string_view &s) noexcept {
    auto blank = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    };
    size_t i = 0;
    while (i < s.size() && blank(s[i]))
        ++i;
    size_t end = i;
    while (end < s.size() && !blank(s[end]))
        ++end;
    const std::string_view word = s.substr(i, end - i);
    s.remove_prefix(end);
    return word;
}

// "<slot> <host>:<port>" of a MOVED or ASK; the host may be empty.
bool parse_target(std::string_view rest, Redirect &out) noexcept {
    const size_t space = rest.find(' ');
    if (space == std::string_view::npos)
        return false;
    const std::optional<unsigned> slot = parse_digits(rest.substr(0, space), 5);
    if (!slot || *slot >= 16384)
        return false;
    const std::string_view addr = rest.substr(space + 1);
    const size_t colon = addr.rfind(':');
    if (colon == std::string_view::npos)
        return false;
    const std::optional<int> port = parse_port(addr.substr(colon + 1));
    if (!port)
        return false;
    out.slot = static_cast<uint16_t>(*slot);
    out.target.host.assign(addr.substr(0, colon));
    out.target.port = *port;
    return true;
}

// An error text whose first word is `code`; *rest is what follows "code ".
bool starts_with_code(std::string_view text, std::string_view code,
                      std::string_view *rest) noexcept {
    if (text.size() < code.size() || text.substr(0, code.size()) != code)
        return false;
    if (text.size() > code.size() && text[code.size()] != ' ')
        return false;
    *rest = text.size() > code.size() ? text.substr(code.size() + 1) : std::string_view();
    return true;
}

}  // namespace

std::optional<int> parse_port(std::string_view text) noexcept {
    const std::optional<unsigned> port = parse_digits(text, 5);
    if (!port || *port < 1 || *port > 65535)
        return std::nullopt;
    return static_cast<int>(*port);
}

EndpointList parse_endpoint_list(std::string_view list, EndpointListRules rules) noexcept {
    using Error = EndpointList::Error;
    EndpointList out;
    try {
        auto parse = [&out, rules](std::string_view item) {
            if (item.empty()) {
                out.error = rules.skip_empty_items ? Error::None : Error::EmptyItem;
                return rules.skip_empty_items;
            }
            const size_t colon = item.rfind(':');
            Endpoint ep{std::string(item), rules.default_port};
            if (colon != std::string_view::npos || rules.default_port == 0) {
                const std::optional<int> port = colon == std::string_view::npos
                                                    ? std::nullopt
                                                    : parse_port(item.substr(colon + 1));
                if (!port) {
                    out.error = Error::BadPort;
                    out.bad_item.assign(item);
                    return false;
                }
                ep = Endpoint{std::string(item.substr(0, colon)), *port};
            }
            if (ep.host.empty()) {
                out.error = Error::NoHost;
                out.bad_item.assign(item);
                return false;
            }
            out.endpoints.push_back(std::move(ep));
            return true;
        };
        if (for_each_list_item(list, parse) && out.endpoints.empty())
            out.error = Error::Empty;
    } catch (const std::bad_alloc &) {
        out.error = Error::Empty;
        out.bad_item.clear();
    }
    if (out.error != Error::None)
        out.endpoints.clear();
    return out;
}

Redirect parse_redirect(std::string_view text) noexcept {
    Redirect r;
    std::string_view rest;
    try {
        if (starts_with_code(text, "MOVED", &rest)) {
            if (parse_target(rest, r))
                r.kind = Redirect::Moved;
        } else if (starts_with_code(text, "ASK", &rest)) {
            if (parse_target(rest, r))
                r.kind = Redirect::Ask;
        } else if (starts_with_code(text, "TRYAGAIN", &rest)) {
            r.kind = Redirect::TryAgain;
        } else if (starts_with_code(text, "CLUSTERDOWN", &rest)) {
            r.kind = Redirect::ClusterDown;
        }
    } catch (const std::bad_alloc &) {
        return Redirect{};
    }
    if (r.kind == Redirect::None)
        return Redirect{};
    return r;
}

std::string_view reply_text(const redisReply *r) noexcept {
    if (r == nullptr || r->str == nullptr)
        return {};
    return {r->str, r->len};
}

bool is_error(const redisReply *r) noexcept {
    return r != nullptr && r->type == REDIS_REPLY_ERROR;
}

bool is_error(const redisReply *r, std::string_view code) noexcept {
    std::string_view rest;
    return is_error(r) && starts_with_code(reply_text(r), code, &rest);
}

bool is_string(const redisReply *r) noexcept {
    return r != nullptr && (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS);
}

std::string describe_reply(const redisReply *r) noexcept {
    try {
        if (r == nullptr)
            return "(no reply)";
        switch (r->type) {
            case REDIS_REPLY_STRING:
            case REDIS_REPLY_STATUS:
            case REDIS_REPLY_ERROR:
                return std::string(reply_text(r));
            case REDIS_REPLY_INTEGER:
                return "(integer) " + std::to_string(r->integer);
            case REDIS_REPLY_NIL:
                return "(nil)";
            case REDIS_REPLY_ARRAY:
                return "(array of " + std::to_string(r->elements) + ")";
            default:
                return "(reply type " + std::to_string(r->type) + ")";
        }
    } catch (const std::bad_alloc &) {
        return {};
    }
}

std::optional<Endpoint> parse_master_addr_reply(const redisReply *r) noexcept {
    if (r == nullptr || r->type != REDIS_REPLY_ARRAY || r->elements != 2 || r->element == nullptr)
        return std::nullopt;
    if (!is_string(r->element[0]) || !is_string(r->element[1]))
        return std::nullopt;
    const std::string_view host = reply_text(r->element[0]);
    const std::optional<int> port = parse_port(reply_text(r->element[1]));
    if (host.empty() || !port)
        return std::nullopt;
    try {
        return Endpoint{std::string(host), *port};
    } catch (const std::bad_alloc &) {
        return std::nullopt;
    }
}

std::optional<std::string> parse_role_reply(const redisReply *r) noexcept {
    if (r == nullptr || r->type != REDIS_REPLY_ARRAY || r->elements == 0 || r->element == nullptr)
        return std::nullopt;
    if (!is_string(r->element[0]))
        return std::nullopt;
    try {
        return std::string(reply_text(r->element[0]));
    } catch (const std::bad_alloc &) {
        return std::nullopt;
    }
}

std::optional<Endpoint> parse_switch_master(std::string_view message,
                                            std::string_view master_name) noexcept {
    const std::string_view name = next_word(message);
    next_word(message);  // old ip
    next_word(message);  // old port
    const std::string_view new_ip = next_word(message);
    const std::optional<int> new_port = parse_port(next_word(message));
    if (name != master_name || new_ip.empty() || !new_port)
        return std::nullopt;
    try {
        return Endpoint{std::string(new_ip), *new_port};
    } catch (const std::bad_alloc &) {
        return std::nullopt;
    }
}

std::vector<SlotRange> parse_cluster_slots(const redisReply *r,
                                           std::string_view replied_host) noexcept {
    std::vector<SlotRange> ranges;
    if (r == nullptr || r->type != REDIS_REPLY_ARRAY || r->element == nullptr)
        return ranges;
    auto integer = [](const redisReply *e) {
        return e != nullptr && e->type == REDIS_REPLY_INTEGER;
    };
    try {
        for (size_t i = 0; i < r->elements; ++i) {
            const redisReply *e = r->element[i];
            if (e == nullptr || e->type != REDIS_REPLY_ARRAY || e->elements < 3 ||
                e->element == nullptr)
                continue;
            const redisReply *m = e->element[2];
            if (!integer(e->element[0]) || !integer(e->element[1]) || m == nullptr ||
                m->type != REDIS_REPLY_ARRAY || m->elements < 2 || m->element == nullptr ||
                !is_string(m->element[0]) || !integer(m->element[1]))
                continue;
            const long long first = e->element[0]->integer, last = e->element[1]->integer;
            const long long port = m->element[1]->integer;
            if (first < 0 || last > 16383 || first > last || port < 1 || port > 65535)
                continue;
            std::string_view host = reply_text(m->element[0]);
            if (host.empty() || host == "?")
                host = replied_host;
            ranges.push_back({static_cast<uint16_t>(first), static_cast<uint16_t>(last),
                              Endpoint{std::string(host), static_cast<int>(port)}});
        }
    } catch (const std::bad_alloc &) {
        ranges.clear();
    }
    return ranges;
}

Command auth_command(std::string_view user, std::string_view password) noexcept {
    try {
        Command auth{"AUTH"};
        if (!user.empty())
            auth.emplace_back(user);
        auth.emplace_back(password);
        return auth;
    } catch (const std::bad_alloc &) {
        return {};
    }
}

Command select_command(int db) noexcept {
    try {
        return {"SELECT", std::to_string(db)};
    } catch (const std::bad_alloc &) {
        return {};
    }
}

}  // namespace lsnroute::redis_protocol
