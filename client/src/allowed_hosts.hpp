// `allowed_hosts` (docs/design.md 1.1, configuration table): where the router may
// connect, whatever the registry says. Items, comma-separated: a host name
// (exact, or `*.suffix` for any name ending in `.suffix`), an IP address, a
// CIDR range, or a Unix socket directory written literally (starting with
// `/` or `@`). Names are compared case-insensitively and never resolved.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace lsnroute {

class AllowedHosts {
  public:
    // Throws ConfigError naming the bad item.
    static AllowedHosts parse(std::string_view text);

    bool empty() const noexcept { return items_ == 0; }
    // One host or hostaddr value of a conninfo. An empty list allows all.
    bool allows(std::string_view host) const noexcept;
    // Every value allowed (an empty set of values is not: libpq's default
    // then depends on the environment, which cannot be checked here).
    bool allows_all(const std::vector<std::string> &hosts) const noexcept;

  private:
    struct Net {
        int family = 0;  // AF_INET or AF_INET6
        std::array<unsigned char, 16> addr{};
        int bits = 0;
    };
    size_t items_ = 0;
    std::vector<std::string> names_;     // lower case
    std::vector<std::string> suffixes_;  // lower case, with the leading '.'
    std::vector<std::string> sockets_;   // as written
    std::vector<Net> nets_;              // an address is a /32 or /128 range
};

}  // namespace lsnroute
