// Local and Redis blacklists.
#include "blacklist.hpp"

#include <cmath>
#include <cstdlib>
#include <limits>

#include "registry_schema.hpp"

namespace lsnroute {

void LocalBlacklist::add(std::string_view node, int64_t until_ms) {
    std::lock_guard<std::mutex> lock(write_mutex_);
    auto next = std::make_shared<Map>(*std::atomic_load(&entries_));
    auto &slot = (*next)[std::string(node)];
    if (until_ms > slot)
        slot = until_ms;
    std::atomic_store(&entries_, std::shared_ptr<const Map>(std::move(next)));
}

void LocalBlacklist::remove(std::string_view node) {
    std::lock_guard<std::mutex> lock(write_mutex_);
    auto next = std::make_shared<Map>(*std::atomic_load(&entries_));
    next->erase(std::string(node));
    std::atomic_store(&entries_, std::shared_ptr<const Map>(std::move(next)));
}

int64_t LocalBlacklist::until(std::string_view node) const noexcept {
    auto m = std::atomic_load(&entries_);
    if (m->empty())
        return 0;
    auto it = m->find(node);
    return it == m->end() ? 0 : it->second;
}

std::vector<std::pair<std::string, int64_t>> LocalBlacklist::list(int64_t now_ms) const {
    std::vector<std::pair<std::string, int64_t>> out;
    for (const auto &[n, u] : *std::atomic_load(&entries_))
        if (u > now_ms)
            out.emplace_back(n, u);
    return out;
}

namespace redis_blacklist {

void add(redis::Client &client, std::string_view cluster, std::string_view node, int64_t until_ms) {
    const std::string key = schema::blacklist_key(cluster);
    const std::string score = std::to_string(until_ms);
    // GT: a shorter verdict never shortens a longer one already in force.
    auto r = client.command({"ZADD", key, "GT", score, node});
    if (r && r->type == REDIS_REPLY_ERROR)
        throw redis::Error(std::string("ZADD: ") + r->str);
}

void remove(redis::Client &client, std::string_view cluster, std::string_view node) {
    auto r = client.command({"ZREM", schema::blacklist_key(cluster), node});
    if (r && r->type == REDIS_REPLY_ERROR)
        throw redis::Error(std::string("ZREM: ") + r->str);
}

std::vector<std::pair<std::string, int64_t>> parse_reply(const redisReply *reply) {
    std::vector<std::pair<std::string, int64_t>> out;
    if (!reply || reply->type != REDIS_REPLY_ARRAY)
        return out;
    for (size_t i = 0; i + 1 < reply->elements; i += 2) {
        const redisReply *m = reply->element[i];
        const redisReply *s = reply->element[i + 1];
        if (m->type != REDIS_REPLY_STRING || s->type != REDIS_REPLY_STRING)
            continue;
        // Scores come back as decimal text, possibly "1.7e12" style, or
        // "inf"; a NaN or a score past int64 must not reach the integer cast
        // (undefined behaviour: found by fuzz/targets/blacklist_reply.cpp).
        const double score = std::strtod(s->str, nullptr);
        if (std::isnan(score))
            continue;
        const int64_t until = score >= 9.2e18    ? std::numeric_limits<int64_t>::max()
                              : score <= -9.2e18 ? std::numeric_limits<int64_t>::min()
                                                 : static_cast<int64_t>(score);
        out.emplace_back(std::string(m->str, m->len), until);
    }
    return out;
}

std::vector<std::pair<std::string, int64_t>> read(redis::Client &client, std::string_view cluster,
                                                  int64_t now_ms) {
    const std::string key = schema::blacklist_key(cluster);
    const std::string now = std::to_string(now_ms);
    const std::string after = "(" + now;
    auto replies = client.pipeline(key, {{"ZREMRANGEBYSCORE", key, "-inf", now},
                                         {"ZRANGEBYSCORE", key, after, "+inf", "WITHSCORES"}});
    if (replies.size() != 2 || !replies[1])
        throw redis::Error("blacklist: short pipeline reply");
    if (replies[1]->type == REDIS_REPLY_ERROR)
        throw redis::Error(std::string("ZRANGEBYSCORE: ") + replies[1]->str);
    return parse_reply(replies[1].get());
}

}  // namespace redis_blacklist
}  // namespace lsnroute
