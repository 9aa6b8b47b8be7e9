// Token and floor storage in Redis.
#include "token_store.hpp"

#include "monotonic_lsn_script.hpp"
#include "registry_schema.hpp"

namespace lsnroute {

std::optional<Lsn> parse_lsn_reply(const redisReply *r, std::string_view what) {
    if (!r)
        throw redis::Error(std::string(what) + ": no reply");
    if (r->type == REDIS_REPLY_NIL)
        return std::nullopt;
    if (r->type == REDIS_REPLY_ERROR)
        throw redis::Error(std::string(what) + ": " + r->str);
    if (r->type != REDIS_REPLY_STRING)
        throw BadTokenError(std::string(what) + ": unexpected reply type");
    const std::string_view text(r->str, r->len);
    auto l = Lsn::parse(text);
    if (!l)
        throw BadTokenError(std::string(what) + ": '" + std::string(text) + "' is not an LSN");
    return l;
}

TokenStore::TokenStore(redis::Client &client, std::string cluster, long token_ttl_ms)
    : client_(client),
      cluster_(std::move(cluster)),
      floor_key_(schema::floor_key(cluster_)),
      token_prefix_(schema::token_key(cluster_, "")),
      token_ttl_ms_(token_ttl_ms) {}

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

Lsn TokenStore::run_script(const std::string &key, Lsn lsn, long ttl_ms) {
    char text[Lsn::kMaxText];
    const std::string_view lsn_text(text, lsn.format(text, sizeof text));
    const std::string ttl = std::to_string(ttl_ms);
    for (int attempt = 0; attempt < 2; ++attempt) {
        redis::ReplyPtr r;
        // In Cluster mode SCRIPT LOAD reached one node only; EVALSHA on a key
        // of another node answers NOSCRIPT and the second attempt uses EVAL.
        if (attempt == 0)
            r = client_.command({"EVALSHA", sha(), "1", key, lsn_text, ttl});
        else
            r = client_.command({"EVAL", kMonotonicLsnScript, "1", key, lsn_text, ttl});
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

Lsn TokenStore::save(std::string_view key, Lsn lsn) {
    return run_script(token_prefix_ + std::string(key), lsn, token_ttl_ms_);
}

Lsn TokenStore::raise_floor(Lsn lsn) {
    return run_script(floor_key_, lsn, 0);
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
