// Parsing of registry node hashes and event messages (schema v1 and the
// fields added in 1.1).
#include "registry_entry.hpp"

#include <charconv>

#include "registry_dsn.hpp"
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
        case RejectReason::BadDsn:
            return "bad_dsn";
        case RejectReason::HostNotAllowed:
            return "host_not_allowed";
        case RejectReason::Future:
            return "future";
        case RejectReason::Count:
            break;
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

std::optional<uint64_t> parse_uint(std::string_view s) noexcept {
    uint64_t v = 0;
    if (s.empty() || s.front() == '-')
        return std::nullopt;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

namespace {

// Unix ms and counters are never negative: a negative value is garbage, and
// it would overflow `now - published_at_ms`.
std::optional<int64_t> parse_nonneg(std::string_view s) noexcept {
    auto v = parse_int(s);
    if (!v || *v < 0)
        return std::nullopt;
    return v;
}

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

// An unknown or empty source on a standby counts as unknown: ineligible.
LagSource parse_lag_source(std::string_view s, Role role) noexcept {
    if (s == schema::kLagSourceReceiver)
        return LagSource::Receiver;
    if (s == schema::kLagSourceSilence)
        return LagSource::Silence;
    if (s.empty() && role == Role::Primary)
        return LagSource::None;
    return LagSource::Unknown;
}

// An optional LSN field: empty is 0/0, anything else must parse.
bool optional_lsn(const std::string *text, Lsn &out) noexcept {
    if (!text || text->empty())
        return true;
    auto l = Lsn::parse(*text);
    if (l)
        out = *l;
    return l.has_value();
}

// The value of a field for a detail message: bounded, printable.
std::string shown(const std::string *v) {
    if (!v)
        return "(none)";
    std::string out;
    for (char c : v->substr(0, 64))
        out.push_back(static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f
                          ? c
                          : '?');
    return out;
}

}  // namespace

EntryParse parse_node_hash(std::string_view node, const HashFields &fields) {
    if (fields.empty())
        return reject(RejectReason::Missing, "no hash");
    const std::string *v = nullptr, *role = nullptr, *dsn = nullptr, *replay = nullptr,
                      *lag = nullptr, *published = nullptr, *receive = nullptr, *flush = nullptr,
                      *timeline = nullptr, *seq = nullptr, *system_id = nullptr, *started = nullptr,
                      *lag_source = nullptr;
    NodeEntry e;
    for (const auto &[f, val] : fields) {
        namespace fld = schema::field;
        const std::string **slot = f == fld::v                 ? &v
                                   : f == fld::role            ? &role
                                   : f == fld::dsn             ? &dsn
                                   : f == fld::replay_lsn      ? &replay
                                   : f == fld::lag_ms          ? &lag
                                   : f == fld::published_at_ms ? &published
                                   : f == fld::receive_lsn     ? &receive
                                   : f == fld::flush_lsn       ? &flush
                                   : f == fld::timeline        ? &timeline
                                   : f == fld::seq             ? &seq
                                   : f == fld::system_id       ? &system_id
                                   : f == fld::started_at_ms   ? &started
                                   : f == fld::lag_source      ? &lag_source
                                                               : nullptr;
        if (slot) {
            *slot = &val;
        } else if (f == fld::paused) {
            e.paused = val == "1";
        } else if (f == fld::pg_version) {
            e.pg_version = val.substr(0, 32);
        }
    }
    if (!v)
        return reject(RejectReason::Malformed, "no field v");
    if (*v != schema::kVersionText)
        return reject(RejectReason::UnknownVersion, "v=" + shown(v));
    if (!schema::valid_node_name(node))
        return reject(RejectReason::Malformed, "bad node name");
    e.name = std::string(node);
    auto r = role ? parse_role(*role) : std::nullopt;
    if (!r)
        return reject(RejectReason::Malformed, "role=" + shown(role));
    e.role = *r;
    if (!dsn || dsn->empty())
        return reject(RejectReason::Malformed, "no dsn");
    std::string why;
    auto taken = take_registry_dsn(*dsn, why);
    if (!taken)
        return reject(RejectReason::BadDsn, why);
    e.dsn = std::move(taken->conninfo);
    e.ignored_dsn_keys = taken->ignored_keys;
    std::optional<Lsn> rl = replay ? Lsn::parse(*replay) : std::nullopt;
    if (!rl)
        return reject(RejectReason::Malformed, "replay_lsn=" + shown(replay));
    e.replay_lsn = *rl;
    if (!optional_lsn(receive, e.receive_lsn))
        return reject(RejectReason::Malformed, "receive_lsn=" + shown(receive));
    if (!optional_lsn(flush, e.flush_lsn))
        return reject(RejectReason::Malformed, "flush_lsn=" + shown(flush));
    std::optional<int64_t> lg = lag ? parse_nonneg(*lag) : std::nullopt;
    if (!lg)
        return reject(RejectReason::Malformed, "lag_ms=" + shown(lag));
    e.lag_ms = *lg;
    std::optional<int64_t> pub = published ? parse_nonneg(*published) : std::nullopt;
    if (!pub)
        return reject(RejectReason::Malformed, "published_at_ms=" + shown(published));
    e.published_at_ms = *pub;
    std::optional<int64_t> tl = timeline ? parse_nonneg(*timeline) : std::nullopt;
    if (!tl)
        return reject(RejectReason::Malformed, "timeline=" + shown(timeline));
    e.timeline = *tl;
    std::optional<uint64_t> sq = seq ? parse_uint(*seq) : std::nullopt;
    if (!sq)
        return reject(RejectReason::Malformed, "seq=" + shown(seq));
    e.seq = *sq;
    // 1.1 identity: all or nothing (an entry with some of it is garbage).
    if (system_id || started || lag_source) {
        std::optional<uint64_t> sys = system_id ? parse_uint(*system_id) : std::nullopt;
        if (!sys || *sys == 0)
            return reject(RejectReason::Malformed, "system_id=" + shown(system_id));
        std::optional<int64_t> st = started ? parse_nonneg(*started) : std::nullopt;
        if (!st)
            return reject(RejectReason::Malformed, "started_at_ms=" + shown(started));
        e.has_identity = true;
        e.system_id = *sys;
        e.started_at_ms = *st;
        e.lag_source = parse_lag_source(lag_source ? *lag_source : std::string(), e.role);
    }
    EntryParse ok;
    ok.entry = std::move(e);
    return ok;
}

bool is_expired(const NodeEntry &e, int64_t now_ms, int64_t node_ttl_ms) noexcept {
    return now_ms - e.published_at_ms > node_ttl_ms;
}

bool is_future(int64_t stamp_ms, int64_t now_ms) noexcept {
    return stamp_ms - now_ms > kClockToleranceMs;
}

Event parse_event(std::string_view message) {
    Event ev;
    std::string_view v, node, role, replay, lag, published, seq, floor, system_id, started,
        lag_source, timeline;
    bool have_v = false, have_system = false, have_started = false, have_source = false,
         have_timeline = false;
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
        } else if (k == fld::system_id) {
            system_id = val;
            have_system = true;
        } else if (k == fld::started_at_ms) {
            started = val;
            have_started = true;
        } else if (k == fld::lag_source) {
            lag_source = val;
            have_source = true;
        } else if (k == fld::timeline) {
            timeline = val;
            have_timeline = true;
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
    auto lg = parse_nonneg(lag);
    auto pub = parse_nonneg(published);
    auto sq = parse_uint(seq);
    if (!schema::valid_node_name(node) || !r || !l || !lg || !pub || !sq)
        return ev;
    if (have_system || have_started) {
        auto sys = parse_uint(system_id);
        auto st = parse_nonneg(started);
        if (!sys || *sys == 0 || !st)
            return ev;
        ev.has_identity = true;
        ev.system_id = *sys;
        ev.started_at_ms = *st;
    }
    if (have_source)
        ev.lag_source = parse_lag_source(lag_source, *r);
    if (have_timeline) {
        ev.timeline = parse_nonneg(timeline);
        if (!ev.timeline)
            return ev;
    }
    ev.kind = Event::Kind::Node;
    ev.node = std::string(node);
    ev.role = *r;
    ev.replay_lsn = *l;
    ev.lag_ms = *lg;
    ev.published_at_ms = *pub;
    ev.seq = *sq;
    return ev;
}

EventEffect apply_event(NodeEntry &entry, const Event &ev) noexcept {
    if (entry.has_identity != ev.has_identity ||
        (ev.has_identity &&
         (ev.started_at_ms != entry.started_at_ms || ev.system_id != entry.system_id))) {
        entry.superseded = true;
        return EventEffect::Reread;
    }
    // Within one life of a 1.1 node seq orders its publishes. A 1.0 entry
    // has no start time: its worker counts seq from 1 again after a restart,
    // so the publish time comes first there.
    const bool newer = ev.has_identity
                           ? ev.seq > entry.seq
                           : (ev.published_at_ms > entry.published_at_ms ||
                              (ev.published_at_ms == entry.published_at_ms && ev.seq > entry.seq));
    if (!newer)
        return EventEffect::Stale;
    entry.role = ev.role;
    entry.replay_lsn = ev.replay_lsn;
    entry.lag_ms = ev.lag_ms;
    entry.published_at_ms = ev.published_at_ms;
    entry.seq = ev.seq;
    if (ev.lag_source)
        entry.lag_source = *ev.lag_source;
    if (ev.timeline)
        entry.timeline = *ev.timeline;
    return EventEffect::Applied;
}

}  // namespace lsnroute
