// Taking host, hostaddr and port from a registry dsn, with libpq's parser.
#include "registry_dsn.hpp"

#include <libpq-fe.h>

#include <memory>

#include "config.hpp"

namespace lsnroute {
namespace {

struct OptionsFree {
    void operator()(PQconninfoOption *o) const noexcept { PQconninfoFree(o); }
};
using Options = std::unique_ptr<PQconninfoOption, OptionsFree>;

// libpq's parser, or null. Only explicitly given options carry a value: no
// defaults, environment or service file are consulted.
Options parse(std::string_view conninfo, std::string *error) {
    if (conninfo.find('\0') != std::string_view::npos) {
        if (error)
            *error = "contains a NUL byte";
        return nullptr;
    }
    const std::string text(conninfo);
    char *err = nullptr;
    Options o(PQconninfoParse(text.c_str(), &err));
    if (!o && error)
        *error = err ? err : "out of memory";
    if (err)
        PQfreemem(err);
    if (error && !error->empty() && error->back() == '\n')
        error->pop_back();
    return o;
}

bool is_kept(const char *key) noexcept {
    const std::string_view k(key);
    return k == "host" || k == "hostaddr" || k == "port";
}

// Calls fn(item) for each item of a comma-separated list.
template <typename Fn>
bool each_item(std::string_view list, Fn &&fn) {
    size_t pos = 0;
    while (true) {
        const size_t comma = list.find(',', pos);
        const std::string_view item = list.substr(
            pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos);
        if (!fn(item))
            return false;
        if (comma == std::string_view::npos)
            return true;
        pos = comma + 1;
    }
}

bool printable(std::string_view s) noexcept {
    for (char c : s)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            return false;
    return true;
}

bool valid_port(std::string_view p) noexcept {
    if (p.empty() || p.size() > 5)
        return false;
    long n = 0;
    for (char c : p) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    return n >= 1 && n <= 65535;
}

}  // namespace

std::optional<RegistryDsn> take_registry_dsn(std::string_view dsn, std::string &detail) {
    std::string error;
    Options o = parse(dsn, &error);
    if (!o) {
        detail = "dsn does not parse: " + error;
        return std::nullopt;
    }
    RegistryDsn out;
    for (const PQconninfoOption *opt = o.get(); opt->keyword; ++opt) {
        if (!opt->val)
            continue;
        if (!is_kept(opt->keyword)) {
            ++out.ignored_keys;
            continue;
        }
        const std::string_view key(opt->keyword), val(opt->val);
        const bool port = key == "port";
        const bool ok = each_item(val, [&](std::string_view item) {
            return port ? valid_port(item) : !item.empty() && printable(item);
        });
        if (!ok) {
            detail = "dsn " + std::string(key) + " is not usable";
            return std::nullopt;
        }
        append_conninfo_pair(out.conninfo, key, val);
    }
    return out;
}

std::optional<std::vector<std::string>> conninfo_hosts(std::string_view conninfo) {
    Options o = parse(conninfo, nullptr);
    if (!o)
        return std::nullopt;
    std::vector<std::string> hosts;
    for (const PQconninfoOption *opt = o.get(); opt->keyword; ++opt) {
        const std::string_view key(opt->keyword);
        if (!opt->val || (key != "host" && key != "hostaddr"))
            continue;
        each_item(opt->val, [&](std::string_view item) {
            hosts.emplace_back(item);
            return true;
        });
    }
    return hosts;
}

}  // namespace lsnroute
