// Parsing of registry node hashes and event messages (schema v1).
#include "registry_entry.hpp"

#include <charconv>

#include "registry_schema.hpp"

namespace lsnroute {

std::string_view reject_reason_name(RejectReason r) noexcept {
    switch (r) {
        case RejectReason::Missing:
            return "missing";
        case RejectReason::Malformed:
            return "malformed";
        case RejectReason::UnknownVersion:
            return "unknown_version";
        case RejectReason::Expired:
            return "expired";
    }
    return "malformed";
}

std::optional<int64_t> parse_int(std::string_view s) noexcept {
    int64_t v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

namespace {

EntryParse reject(RejectReason r, std::string detail) {
    EntryParse p;
    p.reason = r;
    p.detail = std::move(detail);
    return p;
}

std::optional<Role> parse_role(std::string_view s) noexcept {
    if (s == schema::kRolePrimary)
        return Role::Primary;
    if (s == schema::kRoleStandby)
        return Role::Standby;
    return std::nullopt;
}

}  // namespace

EntryParse parse_node_hash(std::string_view node,
                           const std::vector<std::pair<std::string, std::string>> &fields) {
    if (fields.empty())
        return reject(RejectReason::Missing, "no hash");
    const std::string *v = nullptr, *role = nullptr, *dsn = nullptr, *replay = nullptr,
                      *lag = nullptr, *published = nullptr;
    NodeEntry e;
    e.name = std::string(node);
    std::string bad;
    for (const auto &[f, val] : fields) {
        namespace fld = schema::field;
        if (f == fld::v) {
            v = &val;
        } else if (f == fld::role) {
            role = &val;
        } else if (f == fld::dsn) {
            dsn = &val;
        } else if (f == fld::replay_lsn) {
            replay = &val;
        } else if (f == fld::lag_ms) {
            lag = &val;
        } else if (f == fld::published_at_ms) {
            published = &val;
        } else if (f == fld::receive_lsn) {
            if (auto l = Lsn::parse(val))
                e.receive_lsn = *l;
        } else if (f == fld::flush_lsn) {
            if (auto l = Lsn::parse(val))
                e.flush_lsn = *l;
        } else if (f == fld::timeline) {
            e.timeline = parse_int(val).value_or(0);
        } else if (f == fld::seq) {
            e.seq = static_cast<uint64_t>(parse_int(val).value_or(0));
        } else if (f == fld::paused) {
            e.paused = val == "1";
        } else if (f == fld::pg_version) {
            e.pg_version = val;
        }
    }
    if (!v)
        return reject(RejectReason::Malformed, "no field v");
    if (*v != schema::kVersionText)
        return reject(RejectReason::UnknownVersion, "v=" + *v);
    if (!schema::valid_node_name(node))
        return reject(RejectReason::Malformed, "bad node name");
    if (!role || !parse_role(*role))
        return reject(RejectReason::Malformed, "role=" + (role ? *role : std::string("(none)")));
    e.role = *parse_role(*role);
    if (!dsn || dsn->empty())
        return reject(RejectReason::Malformed, "no dsn");
    e.dsn = *dsn;
    std::optional<Lsn> rl = replay ? Lsn::parse(*replay) : std::nullopt;
    if (!rl)
        return reject(RejectReason::Malformed,
                      "replay_lsn=" + (replay ? *replay : std::string("(none)")));
    e.replay_lsn = *rl;
    std::optional<int64_t> lg = lag ? parse_int(*lag) : std::nullopt;
    if (!lg || *lg < 0)
        return reject(RejectReason::Malformed, "lag_ms=" + (lag ? *lag : std::string("(none)")));
    e.lag_ms = *lg;
    std::optional<int64_t> pub = published ? parse_int(*published) : std::nullopt;
    if (!pub)
        return reject(RejectReason::Malformed,
                      "published_at_ms=" + (published ? *published : std::string("(none)")));
    e.published_at_ms = *pub;
    EntryParse ok;
    ok.entry = std::move(e);
    return ok;
}

bool is_expired(const NodeEntry &e, int64_t now_ms, int64_t node_ttl_ms) noexcept {
    return now_ms - e.published_at_ms > node_ttl_ms;
}

Event parse_event(std::string_view message) {
    Event ev;
    std::string_view v, node, role, replay, lag, published, seq, floor;
    bool have_v = false;
    schema::for_each_event_pair(message, [&](std::string_view k, std::string_view val) {
        namespace fld = schema::field;
        if (k == fld::v) {
            v = val;
            have_v = true;
        } else if (k == fld::node) {
            node = val;
        } else if (k == fld::role) {
            role = val;
        } else if (k == fld::replay_lsn) {
            replay = val;
        } else if (k == fld::lag_ms) {
            lag = val;
        } else if (k == fld::published_at_ms) {
            published = val;
        } else if (k == fld::seq) {
            seq = val;
        } else if (k == fld::floor) {
            floor = val;
        }
    });
    if (!have_v)
        return ev;
    if (v != schema::kVersionText) {
        ev.reason = RejectReason::UnknownVersion;
        return ev;
    }
    if (!floor.empty() && node.empty()) {
        auto f = Lsn::parse(floor);
        if (!f)
            return ev;
        ev.kind = Event::Kind::Floor;
        ev.floor = *f;
        return ev;
    }
    auto r = parse_role(role);
    auto l = Lsn::parse(replay);
    auto lg = parse_int(lag);
    auto pub = parse_int(published);
    auto sq = parse_int(seq);
    if (!schema::valid_node_name(node) || !r || !l || !lg || *lg < 0 || !pub || !sq || *sq < 0)
        return ev;
    ev.kind = Event::Kind::Node;
    ev.node = std::string(node);
    ev.role = *r;
    ev.replay_lsn = *l;
    ev.lag_ms = *lg;
    ev.published_at_ms = *pub;
    ev.seq = static_cast<uint64_t>(*sq);
    return ev;
}

bool apply_event(NodeEntry &entry, const Event &ev) noexcept {
    // seq restarts at a worker restart; the publish time then tells which is newer.
    const bool newer = ev.seq > entry.seq || ev.published_at_ms > entry.published_at_ms;
    if (!newer)
        return false;
    entry.role = ev.role;
    entry.replay_lsn = ev.replay_lsn;
    entry.lag_ms = ev.lag_ms;
    entry.published_at_ms = ev.published_at_ms;
    entry.seq = ev.seq;
    return true;
}

}  // namespace lsnroute
