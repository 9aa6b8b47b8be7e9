#include "redis_costs.hpp"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

#include "redis_conn.hpp"
#include "registry_mirror.hpp"
#include "registry_schema.hpp"
#include "system_factory.hpp"
#include "systems/router_handle.hpp"

namespace lsnroute::bench {

namespace {

// Runs fn(thread index) on `threads` threads and waits for them.
template <typename Fn>
void on_threads(int threads, Fn fn) {
    std::vector<std::thread> ts;
    ts.reserve(static_cast<size_t>(threads));
    for (int t = 0; t < threads; ++t)
        ts.emplace_back(fn, t);
    for (auto &t : ts)
        t.join();
}

// LSNs below any real position of the topology (its WAL is past 0/1000000),
// so a load never makes a read wait or be refused: what is timed is Redis.
std::string small_lsn(int64_t n) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0/%llX", static_cast<unsigned long long>(n % 0xF00000 + 1));
    return buf;
}

bool info_field(RedisConn &c, const std::string &section, const std::string &field, int64_t &value,
                std::string &err) {
    RedisReply r = c.command(err, {"INFO", section});
    if (!r)
        return false;
    const std::string text(r->str, r->len);
    const auto at = text.find(field + ":");
    if (at == std::string::npos) {
        err = "INFO " + section + " has no " + field;
        return false;
    }
    value = std::atoll(text.c_str() + at + field.size() + 1);
    return true;
}

bool dbsize(RedisConn &c, int64_t &n, std::string &err) {
    RedisReply r = c.command(err, {"DBSIZE"});
    if (!r)
        return false;
    n = r->integer;
    return true;
}

std::vector<double> cpu_now(const RedisDeployment &d) {
    std::vector<double> v;
    for (const auto &p : d.processes)
        v.push_back(process_cpu_seconds(p.pid));
    v.push_back(process_cpu_seconds(getpid()));
    return v;
}

bool token_throughput(const RedisDeployment &d, const RedisCostsOptions &o, TokenThroughput &out,
                      std::string &err) {
    auto router = workload::make_router(d.router_config, err);
    if (!router || !wait_router_ready(router.get(), err))
        return false;
    out.deployment = d.name;
    out.threads = o.threads;
    std::atomic<int64_t> pairs{0}, errors{0};
    const auto duration = std::chrono::duration<double>(o.throughput_seconds);
    const std::vector<double> cpu0 = cpu_now(d);
    const auto t0 = std::chrono::steady_clock::now();
    on_threads(o.threads, [&](int t) {
        std::mt19937_64 rng(42 + uint64_t(t));
        std::uniform_int_distribution<int64_t> user(1, o.users);
        lsnr_choice choice;
        int64_t n = 0, bad = 0;
        while (std::chrono::steady_clock::now() - t0 < duration) {
            const std::string key = "u" + std::to_string(user(rng));
            const std::string lsn = small_lsn(n * o.threads + t);
            bad += lsnr_note_write(router.get(), key.data(), key.size(), lsn.c_str()) != LSNR_OK;
            bad += lsnr_choose(router.get(), key.data(), key.size(), &choice) != LSNR_OK;
            ++n;
        }
        pairs += n;
        errors += bad;
    });
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const std::vector<double> cpu1 = cpu_now(d);
    for (size_t i = 0; i < d.processes.size(); ++i)
        out.redis_cpu.push_back(
            {d.processes[i].name, cpu0[i] < 0 || cpu1[i] < 0 ? -1 : cpu1[i] - cpu0[i]});
    out.bench_cpu_s = cpu1.back() - cpu0.back();
    out.pairs = pairs;
    out.errors = errors;
    return true;
}

bool many_users(const RedisDeployment &d, const RedisCostsOptions &o, ManyUsers &out,
                std::string &err) {
    auto router = workload::make_router(d.router_config, err);
    if (!router)
        return false;
    std::vector<std::unique_ptr<RedisConn>> masters;
    std::vector<int64_t> keys_before;
    out.deployment = d.name;
    out.tokens = o.many_users;
    for (const auto &m : d.masters) {
        masters.push_back(std::make_unique<RedisConn>(m.host, m.port, err));
        int64_t used = 0, keys = 0;
        if (!*masters.back() || !info_field(*masters.back(), "memory", "used_memory", used, err) ||
            !dbsize(*masters.back(), keys, err))
            return false;
        out.used_memory_before += used;
        keys_before.push_back(keys);
    }
    std::atomic<int64_t> next{1}, errors{0};
    on_threads(o.threads, [&](int) {
        for (int64_t i; (i = next++) <= o.many_users;) {
            const std::string key = "many" + std::to_string(i);
            errors += lsnr_note_write(router.get(), key.data(), key.size(), small_lsn(i).c_str()) !=
                      LSNR_OK;
        }
    });
    out.errors = errors;
    for (size_t i = 0; i < masters.size(); ++i) {
        int64_t used = 0, keys = 0;
        if (!info_field(*masters[i], "memory", "used_memory", used, err) ||
            !dbsize(*masters[i], keys, err))
            return false;
        out.used_memory_after += used;
        out.keys_per_master.emplace_back(
            d.masters[i].host + ":" + std::to_string(d.masters[i].port), keys - keys_before[i]);
    }
    return true;
}

}  // namespace

void measure_redis_costs(const TopologyEnv &topo, const RedisCostsOptions &o, RedisCosts &out,
                         std::vector<std::string> &notes) {
    std::string err;
    RedisDeployment cluster;
    if (!cluster_deployment(topo, cluster, err)) {
        notes.push_back("Redis Cluster not measured: " + err);
        return;
    }
    const std::vector<RedisDeployment> deployments = {standalone_deployment(topo), cluster};
    // The registry, copied into the Cluster while its routers measure.
    std::vector<RedisEndpoint> registry_master;
    RegistryMirror mirror;
    if (!cluster_key_masters(cluster, {schema::nodes_key(topo.cluster)}, registry_master, err) ||
        !mirror.start(deployments.front().masters.front(), registry_master.front(), topo.cluster,
                      err)) {
        notes.push_back("Redis Cluster not measured: registry copy: " + err);
        return;
    }
    for (const auto &d : deployments) {
        std::fprintf(stderr, "  token save + load on %s: %d threads, %.0f s\n", d.name.c_str(),
                     o.threads, o.throughput_seconds);
        TokenThroughput t;
        if (token_throughput(d, o, t, err))
            out.throughput.push_back(std::move(t));
        else
            notes.push_back("token throughput on " + d.name + ": " + err);
    }
    if (o.overhead_iterations > 0) {
        std::fprintf(stderr, "  routing overhead with redis_mode=cluster: %d iterations\n",
                     o.overhead_iterations);
        std::vector<std::string> token_keys;
        for (int64_t u = 1; u <= o.users; ++u)
            token_keys.push_back(schema::token_key(topo.cluster, "u" + std::to_string(u)));
        std::vector<RedisEndpoint> key_masters;
        auto router = workload::make_router(cluster.router_config, err);
        out.have_cluster_overhead =
            router && wait_router_ready(router.get(), err) &&
            cluster_key_masters(cluster, token_keys, key_masters, err) &&
            measure_routing_overhead(router.get(), key_masters, topo.cluster, o.users,
                                     o.overhead_iterations, false, out.cluster_overhead, err);
        if (!out.have_cluster_overhead)
            notes.push_back("routing overhead with redis_mode=cluster not measured: " + err);
    }
    if (o.many_users > 0)
        for (const auto &d : deployments) {
            if (o.many_users_cluster_only && &d == &deployments.front())
                continue;
            std::fprintf(stderr, "  many users: %lld tokens on %s\n",
                         static_cast<long long>(o.many_users), d.name.c_str());
            ManyUsers m;
            if (many_users(d, o, m, err))
                out.many_users.push_back(std::move(m));
            else
                notes.push_back("many users on " + d.name + ": " + err);
        }
}

}  // namespace lsnroute::bench
