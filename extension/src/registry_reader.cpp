// lsnroute.registry(): the node set, the blacklist and every node's hash in
// two pipelined round trips.
#include "registry_reader.hpp"

#include "copy_bounded.hpp"
#include "lsn.hpp"
#include "registry_call.hpp"
#include "registry_schema.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <cstdint>
#include <map>
#include <optional>

namespace lsnroute::ext {
namespace {

std::string reply_text(const redisReply *r) {
    return r != nullptr && r->type == REDIS_REPLY_STRING ? std::string(r->str, r->len)
                                                         : std::string();
}

bool parse_int(const std::string &s, int64_t &out) {
    if (s.empty())
        return false;
    char *end = nullptr;
    out = std::strtoll(s.c_str(), &end, 10);
    return end != nullptr && *end == '\0';
}

// A decimal uint64 (the system identifier), digits only.
std::optional<uint64_t> parse_u64(const std::string &s) {
    if (s.empty() || s.size() > 20)
        return std::nullopt;
    uint64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const uint64_t d = static_cast<uint64_t>(c - '0');
        if (v > (UINT64_MAX - d) / 10)
            return std::nullopt;
        v = v * 10 + d;
    }
    return v;
}

void fetch_from(RedisConnection &conn, const Settings &s, LsnrRegistryRow **rows_out, size_t *n_out,
                int64_t now_ms) {
    std::vector<Reply> first = conn.pipeline({
        {"SMEMBERS", schema::nodes_key(s.cluster)},
        {"ZRANGE", schema::blacklist_key(s.cluster), "0", "-1", "WITHSCORES"},
    });
    for (const Reply &r : first)
        if (r->type == REDIS_REPLY_ERROR)
            throw RedisReplyError(describe_reply(r.get()));

    std::vector<std::string> nodes;
    for (size_t i = 0; i < first[0]->elements; i++)
        nodes.push_back(reply_text(first[0]->element[i]));
    std::sort(nodes.begin(), nodes.end());

    std::map<std::string, int64_t> blacklist;
    for (size_t i = 0; i + 1 < first[1]->elements; i += 2) {
        // Scores come back as decimal text, possibly "1.7e12"-style for large ones.
        const std::optional<int64_t> until = schema::blacklist_until_ms(
            std::strtod(reply_text(first[1]->element[i + 1]).c_str(), nullptr));
        if (until)
            blacklist[reply_text(first[1]->element[i])] = *until;
    }

    std::vector<Command> reads;
    reads.reserve(nodes.size());
    for (const std::string &node : nodes)
        reads.push_back({"HMGET", schema::node_key(s.cluster, node), "role", "dsn", "replay_lsn",
                         "lag_ms", "published_at_ms", std::string(schema::field::system_id),
                         std::string(schema::field::started_at_ms),
                         std::string(schema::field::lag_source)});
    std::vector<Reply> hashes;
    if (!reads.empty())
        hashes = conn.pipeline(reads);

    std::vector<LsnrRegistryRow> rows;
    for (size_t i = 0; i < nodes.size(); i++) {
        const redisReply *h = hashes[i].get();
        if (h->type == REDIS_REPLY_ERROR)
            throw RedisReplyError(describe_reply(h));
        if (h->type != REDIS_REPLY_ARRAY || h->elements != 8)
            continue;
        const std::string role = reply_text(h->element[0]);
        if (role.empty())
            continue;  // hash expired: the node is absent
        LsnrRegistryRow row;
        std::memset(&row, 0, sizeof row);
        copy_bounded(row.node, sizeof row.node, nodes[i]);
        copy_bounded(row.role, sizeof row.role, role);
        copy_bounded(row.dsn, sizeof row.dsn, reply_text(h->element[1]));
        if (std::optional<Lsn> lsn = Lsn::parse(reply_text(h->element[2]))) {
            row.has_replay = true;
            row.replay_lsn = lsn->value();
        }
        row.has_lag = parse_int(reply_text(h->element[3]), row.lag_ms);
        row.has_published = parse_int(reply_text(h->element[4]), row.published_at_ms);
        const std::string system_id = reply_text(h->element[5]);
        if (std::optional<uint64_t> id = parse_u64(system_id)) {
            row.has_system_id = true;
            row.system_id = static_cast<int64_t>(*id);
        }
        row.has_started_at = parse_int(reply_text(h->element[6]), row.started_at_ms);
        copy_bounded(row.lag_source, sizeof row.lag_source, reply_text(h->element[7]));
        auto bl = blacklist.find(nodes[i]);
        if (bl != blacklist.end() && bl->second > now_ms) {
            row.has_blacklist = true;
            row.blacklisted_until_ms = bl->second;
        }
        rows.push_back(row);
    }

    *n_out = rows.size();
    *rows_out = nullptr;
    if (rows.empty())
        return;
    *rows_out = static_cast<LsnrRegistryRow *>(std::malloc(rows.size() * sizeof(LsnrRegistryRow)));
    if (*rows_out == nullptr)
        throw std::bad_alloc();
    std::memcpy(*rows_out, rows.data(), rows.size() * sizeof(LsnrRegistryRow));
}

void fetch(LsnrRegistryRow **rows_out, size_t *n_out, int64_t now_ms, LsnrAbortCheck abort_check) {
    const Settings s = current_settings();
    with_session(s, abort_check,
                 [&](RedisConnection &conn) { fetch_from(conn, s, rows_out, n_out, now_ms); });
}

}  // namespace
}  // namespace lsnroute::ext

extern "C" LsnrRedisResult lsnr_registry_fetch(LsnrRegistryRow **rows, size_t *n, int64_t now_ms,
                                               LsnrAbortCheck abort_check, char *err,
                                               size_t errlen) {
    *rows = nullptr;
    *n = 0;
    return lsnroute::ext::guarded(abort_check, err, errlen,
                                  [&] { lsnroute::ext::fetch(rows, n, now_ms, abort_check); });
}
