// The registry node hash (client/src/registry_entry.cpp, the HGETALL of
// lsnroute:{C}:node:<node>), then what the registry refresh does with an
// accepted entry: the expiry test and the merge of its dsn with `pg`.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "check.hpp"
#include "config.hpp"
#include "registry_entry.hpp"
#include "resp.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzedDataProvider in(data, size);
    static const fuzz::Vocabulary vocab;
    const std::string node = fuzz::random_string(in, vocab);
    const int64_t now_ms = in.ConsumeIntegral<int64_t>();
    const int64_t ttl_ms = in.ConsumeIntegralInRange<int64_t>(1, 3600000);
    std::vector<std::pair<std::string, std::string>> fields;
    while (in.remaining_bytes() > 0 && fields.size() < 32) {
        std::string f = fuzz::random_string(in, vocab);
        fields.emplace_back(std::move(f), fuzz::random_string(in, vocab));
    }
    const lsnroute::EntryParse p = lsnroute::parse_node_hash(node, fields);
    if (!p.entry)
        return 0;
    FUZZ_CHECK(!p.entry->dsn.empty() && p.entry->lag_ms >= 0);
    (void)lsnroute::is_expired(*p.entry, now_ms, ttl_ms);
    (void)lsnroute::is_future(p.entry->published_at_ms, now_ms);
    try {
        (void)lsnroute::merge_conninfo(p.entry->dsn, "user=app connect_timeout=2");
    } catch (const lsnroute::ConfigError &) {
    }
    return 0;
}
