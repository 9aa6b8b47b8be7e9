// The trust boundary of a registry `dsn` (docs/design.md 1.1, Faults: "someone who
// can write to Redis forges entries"): only where to connect (host, hostaddr,
// port) is taken from Redis; who to connect as and how (user, password, TLS)
// always comes from the application's own `pg` option.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lsnroute {

struct RegistryDsn {
    std::string conninfo;  // host/hostaddr/port only, keyword=value form
    int ignored_keys = 0;  // other keys the published dsn had (dropped)
};

// Parses a published dsn with libpq's own parser (keyword/value or URI form)
// and keeps host, hostaddr and port. nullopt, with `detail` saying why, when
// it does not parse or a kept value is unusable (empty list item, a byte
// outside printable ASCII, a port that is not 1..65535). Never throws but
// std::bad_alloc.
std::optional<RegistryDsn> take_registry_dsn(std::string_view dsn, std::string &detail);

// Every host and hostaddr value of a conninfo, comma-separated lists split
// (what allowed_hosts is matched against). nullopt when it does not parse.
std::optional<std::vector<std::string>> conninfo_hosts(std::string_view conninfo);

}  // namespace lsnroute
