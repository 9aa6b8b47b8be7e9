// Token and floor storage in Redis.
#include "token_store.hpp"

#include <cstdio>

#include "monotonic_lsn_script.hpp"
#include "redis_protocol.hpp"
#include "registry_schema.hpp"

namespace lsnroute {
namespace {

// A value that is not an LSN, for an error text: at most a few dozen bytes,
// unprintable and non-ASCII bytes as \xNN, so that a huge or binary value can
// neither flood a log nor break a terminal.
std::string excerpt(std::string_view v) {
    constexpr size_t kMax = 40;
    std::string out;
    for (size_t i = 0; i < v.size() && i < kMax; ++i) {
        const unsigned char c = static_cast<unsigned char>(v[i]);
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != '\'') {
            out += static_cast<char>(c);
        } else {
            char buf[5];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        }
    }
    if (v.size() > kMax)
        out += "... (" + std::to_string(v.size()) + " bytes)";
    return out;
}

}  // namespace

std::optional<Lsn> parse_lsn_reply(const redisReply *r, std::string_view what) {
    if (!r)
        throw redis::Error(std::string(what) + ": no reply");
    if (r->type == REDIS_REPLY_NIL)
        return std::nullopt;
    // The key holds a list, a hash...: a bad value of this one key, not a
    // sign that Redis is failing.
    if (redis::is_error(r, "WRONGTYPE"))
        throw BadTokenError(std::string(what) + ": the key does not hold a string (WRONGTYPE)");
    if (r->type == REDIS_REPLY_ERROR)
        throw redis::Error(std::string(what) + ": " + std::string(redis::reply_text(r)));
    if (r->type != REDIS_REPLY_STRING)
        throw BadTokenError(std::string(what) + ": unexpected reply type");
    const std::string_view text(r->str, r->len);
    auto l = Lsn::parse(text);
    if (!l)
        throw BadTokenError(std::string(what) + ": '" + excerpt(text) + "' is not an LSN");
    return l;
}

TokenStore::TokenStore(redis::Client &client, std::string cluster, long token_ttl_ms,
                       int wait_replicas, long wait_ms)
    : client_(client),
      cluster_(std::move(cluster)),
      floor_key_(schema::floor_key(cluster_)),
      token_prefix_(schema::token_key(cluster_, "")),
      token_ttl_ms_(token_ttl_ms),
      wait_replicas_(wait_replicas),
      wait_ms_(wait_ms > 0 ? wait_ms : 1) {}

TokenRead TokenStore::read(std::string_view key) {
    TokenRead out;
    std::string tk;
    tk.reserve(token_prefix_.size() + key.size());
    tk.append(token_prefix_).append(key);
    redis::ReplyPtr token_reply;
    if (client_.single_server()) {
        auto replies = client_.pipeline(tk, {{"GET", tk}, {"GET", floor_key_}});
        if (replies.size() != 2)
            throw redis::Error("token read: short pipeline reply");
        token_reply = std::move(replies[0]);
        out.floor_read = true;
        try {
            out.floor = parse_lsn_reply(replies[1].get(), "floor");
        } catch (const BadTokenError &) {
            out.floor.reset();  // a garbled floor counts as missing: it gets raised
        }
    } else {
        token_reply = client_.command({"GET", tk});
    }
    try {
        out.token = parse_lsn_reply(token_reply.get(), "token of key '" + std::string(key) + "'");
    } catch (const BadTokenError &e) {
        out.token_malformed = true;
        out.malformed_value = e.what();
    }
    return out;
}

std::string TokenStore::sha() {
    std::lock_guard<std::mutex> lock(sha_mutex_);
    if (sha_.empty()) {
        auto r = client_.command({"SCRIPT", "LOAD", kMonotonicLsnScript});
        if (!r || r->type != REDIS_REPLY_STRING)
            throw redis::Error(
                std::string("SCRIPT LOAD failed") +
                (r && r->type == REDIS_REPLY_ERROR ? std::string(": ") + r->str : std::string()));
        sha_.assign(r->str, r->len);
    }
    return sha_;
}

Lsn TokenStore::run_script(const std::string &key, Lsn lsn, long ttl_ms, bool wait) {
    char text[Lsn::kMaxText];
    const std::string_view lsn_text(text, lsn.format(text, sizeof text));
    const std::string ttl = std::to_string(ttl_ms);
    for (int attempt = 0; attempt < 2; ++attempt) {
        // In Cluster mode SCRIPT LOAD reached one node only; EVALSHA on a key
        // of another node answers NOSCRIPT and the second attempt uses EVAL.
        const std::string script_sha = attempt == 0 ? sha() : std::string();
        const redis::ReplyPtr r =
            attempt == 0
                ? script_call(key, {"EVALSHA", script_sha, "1", key, lsn_text, ttl}, wait)
                : script_call(key, {"EVAL", kMonotonicLsnScript, "1", key, lsn_text, ttl}, wait);
        if (!r)
            throw redis::Error("monotonic LSN script: no reply");
        if (r->type == REDIS_REPLY_ERROR) {
            const std::string_view err(r->str, r->len);
            if (err.substr(0, 8) == "NOSCRIPT") {
                std::lock_guard<std::mutex> lock(sha_mutex_);
                sha_.clear();  // Redis restarted or flushed its script cache
                continue;
            }
            throw redis::Error("monotonic LSN script: " + std::string(err));
        }
        if (auto stored = parse_lsn_reply(r.get(), "monotonic LSN script"))
            return *stored;
        return lsn;
    }
    throw redis::Error("monotonic LSN script: NOSCRIPT after reload");
}

redis::ReplyPtr TokenStore::script_call(const std::string &key, const redis::Args &eval,
                                        bool wait) {
    if (!wait || wait_replicas_ <= 0)
        return client_.command(eval);
    // WAIT counts the replicas that acknowledged every write of *this*
    // connection: it must follow the script on the same one (a pipeline).
    const std::string n = std::to_string(wait_replicas_);
    const std::string ms = std::to_string(wait_ms_);
    auto replies = client_.pipeline(key, {eval, {"WAIT", n, ms}});
    if (replies.size() != 2)
        throw redis::Error("monotonic LSN script: short pipeline reply");
    const redisReply *w = replies[1].get();
    if (!w || w->type != REDIS_REPLY_INTEGER)
        throw redis::Error("WAIT " + n + " " + ms + ": unexpected reply");
    if (w->integer < wait_replicas_ && replies[0] && replies[0]->type != REDIS_REPLY_ERROR)
        throw UnreplicatedError("WAIT " + n + " " + ms + ": only " + std::to_string(w->integer) +
                                " Redis replicas confirmed the write");
    return std::move(replies[0]);
}

Lsn TokenStore::save(std::string_view key, Lsn lsn) {
    return run_script(token_prefix_ + std::string(key), lsn, token_ttl_ms_, true);
}

Lsn TokenStore::raise_floor(Lsn lsn) {
    // Not WAITed for: a floor lost in a failover is a missing floor key,
    // which itself makes every router raise it again.
    return run_script(floor_key_, lsn, 0, false);
}

std::optional<Lsn> TokenStore::read_floor() {
    auto r = client_.command({"GET", floor_key_});
    try {
        return parse_lsn_reply(r.get(), "floor");
    } catch (const BadTokenError &) {
        return std::nullopt;
    }
}

}  // namespace lsnroute
