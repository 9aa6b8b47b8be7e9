#include "bench_options.hpp"

#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace lsnroute::bench {

namespace {

const char *const kUsage = R"(usage: lsnroute-bench [options]
Runs the reference workload against every system on the topology described by
the LSNR_* variables of scripts/topology.sh, then writes latest.md, latest.json
and latest.dat into --out and prints the Markdown report.

  --systems LIST         comma-separated, default: all, in this order:
                         primary-only,naive-replica,pgpool,replica-polling,
                         remote-apply,lsnroute-request,lsnroute-hint,
                         lsnroute-advisory,lsnroute-carried,
                         lsnroute-carried-roundtrips (carried mode plus
                         request mode's Redis round trips made by hand),
                         lsnroute-request-wait{0,2,5,20} (request mode with
                         replica_wait_ms=N, any N: the replica_wait_ms table);
                         "quick": the same without -wait2, -wait5 and -wait20
                         (bench/run.sh --quick)
  --runs N               runs per system (default 3); run k uses seed+k-1
  --duration SECONDS     per run (default 20)
  --users N  --threads N --seed N      workload size and seed
  --hook CMD             run as `CMD <phase> <system> <run>` around systems/runs
  --pgpool-port N        where the hook starts pgpool-II
  --pool-nodes-file F    SHOW pool_nodes saved by the hook after a pgpool run
  --out DIR              default bench/results
  --command TEXT         the command to name in the report
  --publish-interval D   lsnroute.publish_interval of the topology (for the report)
  --overhead-iterations N  --freshness-samples N
  --redis-seconds N      token save+load throughput per Redis deployment (1 Redis,
                         the Cluster of BENCH_CLUSTER_SERVERS); 0 skips the Redis
                         section (default 10)
  --many-users N         sticky keys whose tokens the "many users" row saves
                         (default 100000; 0 skips it)
  --many-users-on WHERE  "both" (1 Redis and the Cluster, default) or "cluster"
)";

bool to_int(const std::string &s, long long &v) {
    char *end = nullptr;
    v = std::strtoll(s.c_str(), &end, 10);
    return !s.empty() && *end == '\0';
}

}  // namespace

std::optional<long> request_wait_ms(const std::string &name) {
    const std::string prefix = "lsnroute-request-wait";
    long long v = 0;
    if (name.compare(0, prefix.size(), prefix) != 0 || !to_int(name.substr(prefix.size()), v) ||
        v < 0 || v > 10000)
        return std::nullopt;
    return static_cast<long>(v);
}

const std::vector<std::string> &all_systems() {
    static const std::vector<std::string> names = {"primary-only",
                                                   "naive-replica",
                                                   "pgpool",
                                                   "replica-polling",
                                                   "remote-apply",
                                                   "lsnroute-request",
                                                   "lsnroute-hint",
                                                   "lsnroute-advisory",
                                                   "lsnroute-carried",
                                                   "lsnroute-carried-roundtrips",
                                                   "lsnroute-request-wait0",
                                                   "lsnroute-request-wait2",
                                                   "lsnroute-request-wait5",
                                                   "lsnroute-request-wait20"};
    return names;
}

std::string describe_system(const std::string &name) {
    if (name == "primary-only")
        return "every read and write on the primary (the safe baseline)";
    if (name == "naive-replica")
        return "reads on a random replica per request, no tokens";
    if (name == "pgpool")
        return "pgpool-II streaming-replication mode, statement-level load balancing over the "
               "replicas, sr_check_period = 1 s, delay_threshold = 1 byte";
    if (name == "replica-polling")
        return "GitLab-style: token in Redis, each request asks the replicas for "
               "pg_last_wal_replay_lsn() (random order, first caught up), no registry";
    if (name == "remote-apply")
        return "synchronous_commit = remote_apply, synchronous_standby_names = 'ANY 2 (r1, r2)', "
               "reads on a random replica, no tokens";
    if (name == "lsnroute-request")
        return "pg_lsnroute request mode (token in Redis, library pool)";
    if (auto ms = request_wait_ms(name))
        return "pg_lsnroute request mode with replica_wait_ms=" + std::to_string(*ms) +
               ": with no replica eligible, wait up to " + std::to_string(*ms) +
               " ms on the registry for the one expected to pass the token, then the primary";
    if (name == "lsnroute-carried")
        return "pg_lsnroute with the token carried by the application (lsnr_begin_at/lsnr_end_at)";
    if (name == "lsnroute-carried-roundtrips")
        return "pg_lsnroute carried mode plus, made by hand with hiredis, the Redis round trips "
               "of request mode (token and floor before the first read, the monotonic save after "
               "a write): request mode minus this is what the library spends beyond them";
    if (name == "lsnroute-hint")
        return "pg_lsnroute hint mode: token in Redis and carried as a cookie "
               "(lsnr_begin_hint/lsnr_end_token)";
    if (name == "lsnroute-advisory")
        return "pg_lsnroute advisory mode: lsnr_choose/lsnr_note_write, the application's own "
               "connections";
    return name;
}

bool parse_bench_options(int argc, char **argv, BenchOptions &o, std::string &err) {
    o.systems = all_systems();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "-h" || a == "--help") {
            std::fputs(kUsage, stdout);
            std::exit(0);
        }
        if (i + 1 >= argc) {
            err = "unknown option or missing value: " + a;
            return false;
        }
        const std::string v = argv[++i];
        long long n = 0;
        const bool numeric = to_int(v, n);
        auto need_num = [&](long long min) {
            if (!numeric || n < min)
                err.append(a)
                    .append(" wants a number >= ")
                    .append(std::to_string(min))
                    .append(", got '")
                    .append(v)
                    .append("'");
            return err.empty();
        };
        if (a == "--systems") {
            o.systems.clear();
            if (v == "quick") {
                for (const auto &k : all_systems())
                    if (request_wait_ms(k).value_or(0) == 0)
                        o.systems.push_back(k);
                continue;
            }
            std::stringstream ss(v);
            std::string s;
            while (std::getline(ss, s, ',')) {
                bool known = false;
                for (const auto &k : all_systems())
                    known = known || k == s;
                known = known || request_wait_ms(s).has_value();
                if (!known) {
                    err = "unknown system '" + s + "'";
                    return false;
                }
                o.systems.push_back(s);
            }
        } else if (a == "--runs") {
            if (!need_num(1))
                return false;
            o.runs = int(n);
        } else if (a == "--duration") {
            if (!need_num(1))
                return false;
            o.workload.duration = std::chrono::seconds(n);
        } else if (a == "--users") {
            if (!need_num(1))
                return false;
            o.workload.users = n;
        } else if (a == "--threads") {
            if (!need_num(1))
                return false;
            o.workload.threads = int(n);
        } else if (a == "--seed") {
            if (!need_num(0))
                return false;
            o.workload.seed = uint64_t(n);
        } else if (a == "--pgpool-port") {
            if (!need_num(1))
                return false;
            o.pgpool_port = int(n);
        } else if (a == "--overhead-iterations") {
            if (!need_num(0))
                return false;
            o.overhead_iterations = int(n);
        } else if (a == "--freshness-samples") {
            if (!need_num(0))
                return false;
            o.freshness_samples = int(n);
        } else if (a == "--redis-seconds") {
            if (!need_num(0))
                return false;
            o.redis_seconds = int(n);
        } else if (a == "--many-users") {
            if (!need_num(0))
                return false;
            o.many_users = n;
        } else if (a == "--many-users-on") {
            if (v != "both" && v != "cluster") {
                err = "--many-users-on wants both or cluster, got '" + v + "'";
                return false;
            }
            o.many_users_cluster_only = v == "cluster";
        } else if (a == "--hook") {
            o.hook = v;
        } else if (a == "--pool-nodes-file") {
            o.pool_nodes_file = v;
        } else if (a == "--out") {
            o.out_dir = v;
        } else if (a == "--command") {
            o.command = v;
        } else if (a == "--topology") {
            o.topology = v;
        } else if (a == "--publish-interval") {
            o.publish_interval = v;
        } else {
            err = "unknown option " + a + " (see --help)";
            return false;
        }
    }
    return true;
}

}  // namespace lsnroute::bench
