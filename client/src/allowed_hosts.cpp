// Parsing and matching of allowed_hosts.
#include "allowed_hosts.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "config.hpp"
#include "redis_protocol.hpp"

namespace lsnroute {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// An IP address in text form: its family and bytes, or family 0.
template <typename Net>
bool parse_address(std::string_view text, Net &out) noexcept {
    char buf[INET6_ADDRSTRLEN + 1];
    if (text.empty() || text.size() >= sizeof buf)
        return false;
    std::memcpy(buf, text.data(), text.size());
    buf[text.size()] = '\0';
    if (inet_pton(AF_INET, buf, out.addr.data()) == 1) {
        out.family = AF_INET;
        out.bits = 32;
        return true;
    }
    if (inet_pton(AF_INET6, buf, out.addr.data()) == 1) {
        out.family = AF_INET6;
        out.bits = 128;
        return true;
    }
    return false;
}

bool valid_name(std::string_view s) noexcept {
    if (s.empty() || s.size() > 253)
        return false;
    for (char c : s) {
        const bool ok =
            std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

}  // namespace

AllowedHosts AllowedHosts::parse(std::string_view text) {
    AllowedHosts a;
    if (text.find_first_not_of(" \t") == std::string_view::npos)
        return a;
    redis_protocol::for_each_list_item(text, [&a](std::string_view item) {
        auto bad = [&](const char *why) {
            return ConfigError("allowed_hosts: '" + std::string(item) + "' " + why);
        };
        if (item.empty())
            throw ConfigError("allowed_hosts: empty item");
        ++a.items_;
        if (item.front() == '/' || item.front() == '@') {
            a.sockets_.emplace_back(item);
            return true;
        }
        const size_t slash = item.find('/');
        if (slash != std::string_view::npos) {
            Net n;
            if (!parse_address(item.substr(0, slash), n))
                throw bad("is not a CIDR range (address/bits)");
            const std::string_view bits = item.substr(slash + 1);
            int b = 0;
            if (bits.empty() || bits.size() > 3)
                throw bad("has no valid prefix length");
            for (char c : bits) {
                if (c < '0' || c > '9')
                    throw bad("has no valid prefix length");
                b = b * 10 + (c - '0');
            }
            if (b > n.bits)
                throw bad("has a prefix length longer than the address");
            n.bits = b;
            a.nets_.push_back(n);
            return true;
        }
        Net n;
        if (parse_address(item, n)) {
            a.nets_.push_back(n);
            return true;
        }
        if (item.size() > 2 && item.substr(0, 2) == "*.") {
            if (!valid_name(item.substr(2)))
                throw bad("is not a host name pattern");
            a.suffixes_.push_back(lower(item.substr(1)));
            return true;
        }
        if (!valid_name(item))
            throw bad("is not a host name, IP address, CIDR range or socket directory");
        a.names_.push_back(lower(item));
        return true;
    });
    return a;
}

bool AllowedHosts::allows(std::string_view host) const noexcept {
    if (empty())
        return true;
    if (host.empty())
        return false;
    if (host.front() == '/' || host.front() == '@')
        return std::find(sockets_.begin(), sockets_.end(), host) != sockets_.end();
    Net addr;
    if (parse_address(host, addr)) {
        for (const Net &n : nets_) {
            if (n.family != addr.family)
                continue;
            const int full = n.bits / 8, rest = n.bits % 8;
            if (std::memcmp(n.addr.data(), addr.addr.data(), static_cast<size_t>(full)) != 0)
                continue;
            const auto mask = static_cast<unsigned char>(0xff << (8 - rest));
            if (rest && ((n.addr[full] ^ addr.addr[full]) & mask))
                continue;
            return true;
        }
        return false;
    }
    auto eq = [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
    };
    for (const std::string &n : names_)
        if (host.size() == n.size() && std::equal(host.begin(), host.end(), n.begin(), eq))
            return true;
    for (const std::string &s : suffixes_)
        if (host.size() > s.size() && std::equal(host.end() - static_cast<std::ptrdiff_t>(s.size()),
                                                 host.end(), s.begin(), eq))
            return true;
    return false;
}

bool AllowedHosts::allows_all(const std::vector<std::string> &hosts) const noexcept {
    if (empty())
        return true;
    if (hosts.empty())
        return false;
    for (const std::string &h : hosts)
        if (!allows(h))
            return false;
    return true;
}

}  // namespace lsnroute
