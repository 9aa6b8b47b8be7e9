// The trust boundary of a registry dsn (client/src/registry_dsn.cpp): what
// is kept of a published dsn, its hosts, and the allowed_hosts list
// (client/src/allowed_hosts.cpp) they are matched against. The input is
// "<allowed_hosts>\n<dsn>".
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "allowed_hosts.hpp"
#include "check.hpp"
#include "config.hpp"
#include "registry_dsn.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const size_t nl = input.find('\n');
    const std::string_view allowed_text = nl == std::string_view::npos ? "" : input.substr(0, nl);
    const std::string_view dsn = nl == std::string_view::npos ? input : input.substr(nl + 1);

    std::string detail;
    const auto kept = lsnroute::take_registry_dsn(dsn, detail);
    if (kept) {
        // What is kept parses again, to the same thing, and names its hosts.
        std::string again_detail;
        const auto again = lsnroute::take_registry_dsn(kept->conninfo, again_detail);
        FUZZ_CHECK(again && again->conninfo == kept->conninfo && again->ignored_keys == 0);
        FUZZ_CHECK(lsnroute::conninfo_hosts(kept->conninfo).has_value());
        for (char c : kept->conninfo)
            FUZZ_CHECK(c >= 0x20 && c < 0x7f);
    }
    try {
        const auto allowed = lsnroute::AllowedHosts::parse(allowed_text);
        if (const auto hosts = lsnroute::conninfo_hosts(kept ? kept->conninfo : dsn)) {
            (void)allowed.allows_all(*hosts);
            for (const auto &h : *hosts)
                (void)allowed.allows(h);
        }
    } catch (const lsnroute::ConfigError &) {
    }
    return 0;
}
