#include "redis_deployments.hpp"

#include <hiredis/hiredis.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include "redis_conn.hpp"

namespace lsnroute::bench {

namespace {

std::vector<RedisEndpoint> parse_endpoints(const std::string &list) {
    std::vector<RedisEndpoint> out;
    std::stringstream ss(list);
    std::string item;
    while (std::getline(ss, item, ',')) {
        const auto colon = item.rfind(':');
        if (colon == std::string::npos)
            continue;
        out.push_back({item.substr(0, colon), std::atoi(item.c_str() + colon + 1)});
    }
    return out;
}

int read_pid(const std::string &file) {
    std::ifstream f(file);
    int pid = 0;
    f >> pid;
    return pid;
}

// The topology's configuration with its redis= item replaced by `redis`.
std::string with_redis(const std::string &config, const std::string &redis) {
    std::stringstream in(config);
    std::string item, out;
    while (in >> item) {
        if (item.rfind("redis=", 0) == 0)
            continue;
        out += item + " ";
    }
    return out + redis;
}

}  // namespace

RedisDeployment standalone_deployment(const TopologyEnv &topo) {
    RedisDeployment d;
    d.name = "1 Redis";
    d.router_config = topo.router_config;
    d.masters.push_back({topo.redis_host, topo.redis_port});
    if (const char *pidfile = std::getenv("LSNR_REDIS_PIDFILE"))
        d.processes.push_back({"redis :" + std::to_string(topo.redis_port), read_pid(pidfile)});
    return d;
}

bool cluster_deployment(const TopologyEnv &topo, RedisDeployment &out, std::string &err) {
    const char *servers = std::getenv("BENCH_CLUSTER_SERVERS");
    const char *dir = std::getenv("BENCH_CLUSTER_DIR");
    if (!servers || !*servers || !dir || !*dir) {
        err = "BENCH_CLUSTER_SERVERS / BENCH_CLUSTER_DIR not set (bench/run.sh starts the Cluster)";
        return false;
    }
    out = RedisDeployment{};
    out.name = "Cluster (3 masters)";
    out.router_config =
        with_redis(topo.router_config, "redis=" + std::string(servers) + " redis_mode=cluster");
    for (const auto &e : parse_endpoints(servers)) {
        out.processes.push_back(
            {"redis :" + std::to_string(e.port),
             read_pid(std::string(dir) + "/" + std::to_string(e.port) + "/redis.pid")});
        RedisConn c(e.host, e.port, err);
        if (!c)
            return false;
        RedisReply role = c.command(err, {"ROLE"});
        if (!role)
            return false;
        if (role->type == REDIS_REPLY_ARRAY && role->elements > 0 &&
            role->element[0]->type == REDIS_REPLY_STRING &&
            std::string(role->element[0]->str) == "master") {
            out.masters.push_back(e);
            out.processes.back().name += " (master)";
        } else {
            out.processes.back().name += " (replica)";
        }
    }
    if (out.masters.empty()) {
        err = "no Cluster master answers ROLE";
        return false;
    }
    return true;
}

bool cluster_key_masters(const RedisDeployment &d, const std::vector<std::string> &keys,
                         std::vector<RedisEndpoint> &out, std::string &err) {
    RedisConn c(d.masters.front().host, d.masters.front().port, err);
    if (!c)
        return false;
    RedisReply slots = c.command(err, {"CLUSTER", "SLOTS"});
    if (!slots)
        return false;
    std::map<long long, RedisEndpoint> by_start;  // first slot -> master
    std::map<long long, long long> end_of;
    for (size_t i = 0; i < slots->elements; ++i) {
        const redisReply *range = slots->element[i];
        if (range->type != REDIS_REPLY_ARRAY || range->elements < 3)
            continue;
        const redisReply *master = range->element[2];
        by_start[range->element[0]->integer] = {master->element[0]->str,
                                                static_cast<int>(master->element[1]->integer)};
        end_of[range->element[0]->integer] = range->element[1]->integer;
    }
    out.clear();
    for (const auto &k : keys) {
        RedisReply slot = c.command(err, {"CLUSTER", "KEYSLOT", k});
        if (!slot)
            return false;
        auto it = by_start.upper_bound(slot->integer);
        if (it == by_start.begin() || end_of[std::prev(it)->first] < slot->integer) {
            err = "slot " + std::to_string(slot->integer) + " has no master";
            return false;
        }
        out.push_back(std::prev(it)->second);
    }
    return true;
}

double process_cpu_seconds(int pid) {
    std::ifstream f("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (pid <= 0 || !std::getline(f, line))
        return -1;
    // Fields after the ")" that closes the command name: state is field 3,
    // utime field 14, stime field 15.
    std::stringstream rest(line.substr(line.rfind(')') + 2));
    std::string field;
    long long utime = 0, stime = 0;
    for (int n = 3; n <= 15 && rest >> field; ++n) {
        if (n == 14)
            utime = std::atoll(field.c_str());
        if (n == 15)
            stime = std::atoll(field.c_str());
    }
    return double(utime + stime) / double(sysconf(_SC_CLK_TCK));
}

}  // namespace lsnroute::bench
