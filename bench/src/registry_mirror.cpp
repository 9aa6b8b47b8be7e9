#include "registry_mirror.hpp"

#include <chrono>
#include <memory>
#include <vector>

#include "redis_conn.hpp"
#include "registry_schema.hpp"

namespace lsnroute::bench {

bool RegistryMirror::copy_once(RedisConn &from, RedisConn &to, std::string &err) {
    RedisReply nodes = from.command(err, {"SMEMBERS", schema::nodes_key(cluster_)});
    if (!nodes)
        return false;
    std::vector<std::string> sadd = {"SADD", schema::nodes_key(cluster_)};
    for (size_t i = 0; i < nodes->elements; ++i) {
        const std::string node(nodes->element[i]->str, nodes->element[i]->len);
        const std::string key = schema::node_key(cluster_, node);
        RedisReply entry = from.command(err, {"HGETALL", key});
        if (!entry)
            return false;
        std::vector<std::string> hset = {"HSET", key};
        for (size_t k = 0; k < entry->elements; ++k)
            hset.emplace_back(entry->element[k]->str, entry->element[k]->len);
        if (hset.size() > 2 && !to.command(err, hset))
            return false;
        sadd.push_back(node);
    }
    if (sadd.size() > 2 && !to.command(err, sadd))
        return false;
    RedisReply floor = from.command(err, {"GET", schema::floor_key(cluster_)});
    if (!floor)
        return false;
    if (floor->type == REDIS_REPLY_STRING &&
        !to.command(err, {"SET", schema::floor_key(cluster_), std::string(floor->str, floor->len)}))
        return false;
    return true;
}

bool RegistryMirror::start(const RedisEndpoint &from, const RedisEndpoint &to_master,
                           const std::string &cluster, std::string &err) {
    cluster_ = cluster;
    auto src = std::make_shared<RedisConn>(from.host, from.port, err);
    if (!*src)
        return false;
    auto dst = std::make_shared<RedisConn>(to_master.host, to_master.port, err);
    if (!*dst || !copy_once(*src, *dst, err))
        return false;
    thread_ = std::thread([this, src, dst] {
        std::string ignored;  // a failed copy is retried; the router copes with a stale entry
        while (!stop_) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            (void)copy_once(*src, *dst, ignored);
        }
    });
    return true;
}

RegistryMirror::~RegistryMirror() {
    stop_ = true;
    if (thread_.joinable())
        thread_.join();
}

}  // namespace lsnroute::bench
