#!/usr/bin/env bash
# Measures the lsnroute worker on a standby (issue 3 "done when"):
#   1. its CPU use (utime+stime from /proc/<pid>/stat) over DURATION seconds
#      on an idle standby, then while pgbench writes on the primary;
#   2. the delay between replay on the standby and the new replay_lsn arriving
#      on the events channel, p50/p99: a probe polls pg_last_wal_replay_lsn()
#      on the standby every ~1 ms and subscribes to the channel; for each
#      event it finds when the poller first saw replay >= the event's LSN.
#
#   scripts/measure-worker.sh [--duration SECONDS] [--interval DUR] [--streaming-interval DUR]
#
# --interval sets lsnroute.publish_interval (default 10ms, the default),
# --streaming-interval lsnroute.streaming_interval on the standby (default:
# left at its default, 2ms; 0 = poll at publish_interval only, as in 1.0).
# The load average is printed with the results: on a shared machine the
# delay quantiles mostly measure how busy it is.
#
# Runs on scripts/topology.sh (1 replica); needs the extension installed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
duration=60
interval=10ms
streaming=
while [[ $# -gt 0 ]]; do
    case "$1" in
        --duration) duration=$2; shift 2 ;;
        --interval) interval=$2; shift 2 ;;
        --streaming-interval) streaming=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "measure-worker: unknown option '$1'" >&2; exit 2 ;;
    esac
done

if [[ -z "${LSNR_TOPO_DIR:-}" ]]; then
    exec "$ROOT/scripts/topology.sh" -q --replicas 1 --interval "$interval" -- \
        "$0" --duration "$duration" --interval "$interval" ${streaming:+--streaming-interval "$streaming"}
fi

# --- inside the topology -------------------------------------------------
PROBE_DIR=$(mktemp -d /tmp/lsnr-measure.XXXXXX)
trap 'rm -rf "$PROBE_DIR"' EXIT

cat >"$PROBE_DIR/probe.cpp" <<'EOF'
// Replay-to-Redis delay probe: polls replay on the standby, listens to the
// registry events, prints one delay (ms) per event whose LSN is new.
#include <hiredis/hiredis.h>
#include <libpq-fe.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "lsn.hpp"
#include "registry_schema.hpp"

using Clock = std::chrono::steady_clock;
static double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

int main(int argc, char **argv) {
    if (argc != 6) {
        std::fprintf(stderr, "usage: probe CONNINFO REDIS_PORT CLUSTER NODE SECONDS\n");
        return 2;
    }
    const std::string node = argv[4];
    const double seconds = std::atof(argv[5]);
    const Clock::time_point t0 = Clock::now();

    std::mutex mu;
    std::vector<std::pair<uint64_t, double>> seen;    // first time replay >= lsn
    std::vector<std::pair<uint64_t, double>> events;  // event lsn, arrival
    std::atomic<bool> stop{false};

    std::thread sub([&] {
        redisContext *c = redisConnect("127.0.0.1", std::atoi(argv[2]));
        if (c == nullptr || c->err) { std::fprintf(stderr, "probe: redis connect failed\n"); std::exit(1); }
        struct timeval tv = {0, 200000};
        redisSetTimeout(c, tv);
        const std::string ch = lsnroute::schema::events_channel(argv[3]);
        redisReply *r = static_cast<redisReply *>(redisCommand(c, "SUBSCRIBE %s", ch.c_str()));
        freeReplyObject(r);
        while (!stop) {
            void *raw = nullptr;
            if (redisGetReply(c, &raw) != REDIS_OK) {
                if (c->err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                    c->err = 0;
                    continue;
                }
                break;
            }
            redisReply *m = static_cast<redisReply *>(raw);
            const double at = ms_since(t0);
            if (m->type == REDIS_REPLY_ARRAY && m->elements == 3) {
                std::string msg(m->element[2]->str, m->element[2]->len);
                std::string n, lsn;
                lsnroute::schema::for_each_event_pair(msg, [&](std::string_view k, std::string_view v) {
                    if (k == "node") n = v;
                    if (k == "replay_lsn") lsn = v;
                });
                if (n == node)
                    if (auto l = lsnroute::Lsn::parse(lsn)) {
                        std::lock_guard<std::mutex> g(mu);
                        events.emplace_back(l->value(), at);
                    }
            }
            freeReplyObject(m);
        }
        redisFree(c);
    });

    PGconn *pg = PQconnectdb(argv[1]);
    if (PQstatus(pg) != CONNECTION_OK) { std::fprintf(stderr, "probe: %s", PQerrorMessage(pg)); return 1; }
    uint64_t last = 0;
    while (ms_since(t0) < seconds * 1000) {
        PGresult *res = PQexec(pg, "SELECT pg_last_wal_replay_lsn()");
        const double at = ms_since(t0);
        if (PQresultStatus(res) == PGRES_TUPLES_OK)
            if (auto l = lsnroute::Lsn::parse(PQgetvalue(res, 0, 0)))
                if (l->value() > last) {
                    last = l->value();
                    std::lock_guard<std::mutex> g(mu);
                    seen.emplace_back(last, at);
                }
        PQclear(res);
        std::this_thread::sleep_for(std::chrono::microseconds(1000));
    }
    stop = true;
    sub.join();
    PQfinish(pg);

    // For each event carrying a new LSN: arrival minus the first poll that
    // saw replay at or beyond that LSN (polls are ascending in both).
    uint64_t prev = 0;
    size_t i = 0;
    for (const auto &[lsn, at] : events) {
        if (lsn <= prev) continue;
        prev = lsn;
        while (i < seen.size() && seen[i].first < lsn) i++;
        if (i == seen.size()) break;
        if (seen[i].second > at) continue;  // the poller saw it only after the event
        std::printf("%.3f\n", at - seen[i].second);
    }
    return 0;
}
EOF
g++ -std=c++17 -O2 -I"$ROOT/common" -I/usr/include/postgresql "$PROBE_DIR/probe.cpp" \
    -o "$PROBE_DIR/probe" -lpq -lhiredis -pthread

PSQL=("$LSNR_PGBIN/psql" -XAtq -h 127.0.0.1 -U postgres -d postgres)
R1_PORT=$LSNR_PORT_r1
R1_DIR=$LSNR_DATADIR_r1
postmaster_pid=$(head -1 "$R1_DIR/postmaster.pid")
worker_pid=$(ps -o pid=,args= --ppid "$postmaster_pid" | awk '/lsnroute publisher/ {print $1}')
[[ -n "$worker_pid" ]] || { echo "measure-worker: no lsnroute worker under r1" >&2; exit 1; }
tck=$(getconf CLK_TCK)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# Prints the worker's CPU use over $duration s as a percentage of one core.
measure_cpu() {
    local t0 c0 t1 c1
    t0=$(date +%s%N); c0=$(cpu_ticks "$worker_pid")
    sleep "$duration"
    t1=$(date +%s%N); c1=$(cpu_ticks "$worker_pid")
    awk -v c=$((c1 - c0)) -v hz="$tck" -v ns=$((t1 - t0)) \
        'BEGIN { printf "%.3f%% of one core (%d ticks in %.1f s)", 100 * c / hz / (ns / 1e9), c, ns / 1e9 }'
}
publishes() { "${PSQL[@]}" -p "$R1_PORT" -c "SELECT publishes FROM lsnroute.status()"; }
quantiles() { sort -n | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "no samples"; exit }
    printf "n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms", NR, v[int(NR * 0.5 + 0.5)], v[int(NR * 0.99 + 0.5)], v[NR] }'; }

if [[ -n "$streaming" ]]; then
    "${PSQL[@]}" -p "$R1_PORT" -c "ALTER SYSTEM SET lsnroute.streaming_interval = '$streaming'" >/dev/null
    "${PSQL[@]}" -p "$R1_PORT" -c "SELECT pg_reload_conf()" >/dev/null
    sleep 1
fi
echo "lsnroute worker on standby r1 (pid $worker_pid), publish_interval=$interval," \
    "streaming_interval=$("${PSQL[@]}" -p "$R1_PORT" -c 'SHOW lsnroute.streaming_interval'), ${duration}s per phase"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

p0=$(publishes)
echo "idle standby:   $(measure_cpu); publishes: $(( $(publishes) - p0 ))"

"$LSNR_PGBIN/pgbench" -i -q -s 5 -h 127.0.0.1 -p "$LSNR_PRIMARY_PORT" -U postgres postgres >/dev/null 2>&1
"$LSNR_PGBIN/pgbench" -n -c 4 -j 2 -T "$((duration + 5))" -h 127.0.0.1 -p "$LSNR_PRIMARY_PORT" \
    -U postgres postgres >"$PROBE_DIR/pgbench.out" 2>&1 &
bench=$!
sleep 2
p0=$(publishes)
echo "busy standby:   $(measure_cpu); publishes: $(( $(publishes) - p0 ))"
wait $bench || true
echo "pgbench on the primary: $(grep -E '^tps' "$PROBE_DIR/pgbench.out" | head -1)"

# Replay -> Redis delay, under a lighter steady write load.
probe_secs=$(( duration < 20 ? duration : 20 ))
"$LSNR_PGBIN/pgbench" -n -c 1 -R 200 -T "$((probe_secs + 3))" -h 127.0.0.1 -p "$LSNR_PRIMARY_PORT" \
    -U postgres postgres >/dev/null 2>&1 &
bench=$!
sleep 1
"$PROBE_DIR/probe" "host=127.0.0.1 port=$R1_PORT user=postgres dbname=postgres" \
    "$LSNR_REDIS_PORT" "$LSNR_CLUSTER" r1 "$probe_secs" >"$PROBE_DIR/delays"
wait $bench || true
echo "replay -> event delay (pgbench -R 200 on the primary): $(quantiles <"$PROBE_DIR/delays")"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
