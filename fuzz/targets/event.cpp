// The events channel message (client/src/registry_entry.cpp, parse_event
// over common/registry_schema.hpp's field=value pairs) and its application
// to an entry of the registry, ordered by (started_at_ms, seq).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "registry_entry.hpp"
#include "registry_schema.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const std::string_view msg(reinterpret_cast<const char *>(data), size);
    const lsnroute::Event ev = lsnroute::parse_event(msg);
    if (ev.kind != lsnroute::Event::Kind::Node)
        return 0;
    FUZZ_CHECK(lsnroute::schema::valid_node_name(ev.node) && ev.lag_ms >= 0);
    lsnroute::NodeEntry e;
    e.name = ev.node;
    e.seq = 7;
    e.published_at_ms = 1700000000000;
    e.has_identity = ev.has_identity && (ev.seq & 1) == 0;  // both kinds of entry
    e.started_at_ms = ev.started_at_ms;
    e.system_id = ev.system_id;
    const lsnroute::NodeEntry before = e;
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    return 0;
}
