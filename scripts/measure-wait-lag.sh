#!/usr/bin/env bash
# Measures whether reads that wait for a replica hold its replay back
# (issue 12, item 1): replay lag on replica r1 while pgbench updates rows on
# the primary, in three phases of DURATION seconds each:
#
#   none    pgbench alone;
#   router  pgbench, plus THREADS client threads that each write through the
#           router and read back at once, so the read waits (replica_wait_ms)
#           on the router's registry snapshot for r1 to replay the write;
#   sql     pgbench, plus THREADS sessions on r1 running 1.0's wait,
#           SELECT lsnroute.wait_for_lsn(<primary's LSN>, 10) in a loop: each
#           wait holds a snapshot on r1 for up to 10 ms.
#
# The standby runs with PostgreSQL's default hot_standby_feedback = off, so a
# snapshot held on r1 conflicts with the replay of pgbench's row cleanup
# (replay then waits, up to max_standby_streaming_delay). Lag is sampled
# every 10 ms as the bytes between pg_current_wal_lsn() on the primary and
# pg_last_wal_replay_lsn() on r1, and as pg_stat_replication.replay_lag.
#
#   scripts/measure-wait-lag.sh [--duration SECONDS] [--threads N]
#
# Runs on scripts/topology.sh (1 replica); needs the extension and the client
# library installed (make install). Prints one line per phase.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
duration=20
threads=8
while [[ $# -gt 0 ]]; do
    case "$1" in
        --duration) duration=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "measure-wait-lag: unknown option '$1'" >&2; exit 2 ;;
    esac
done

if [[ -z "${LSNR_TOPO_DIR:-}" ]]; then
    exec "$ROOT/scripts/topology.sh" -q --replicas 1 --set 'hot_standby_feedback = off' -- \
        "$0" --duration "$duration" --threads "$threads"
fi

# --- inside the topology -------------------------------------------------
PROBE_DIR=$(mktemp -d /tmp/lsnr-waitlag.XXXXXX)
trap 'rm -rf "$PROBE_DIR"' EXIT

cat >"$PROBE_DIR/probe.cpp" <<'EOF'
// Waiting readers (router or sql) for `secs` seconds while the main thread
// samples r1's replay lag every 10 ms; prints
//   <phase> lag_bytes p50 p99 max  replay_lag_ms p50 p99 max  <phase counters>
#include <libpq-fe.h>
#include <lsnroute.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

std::atomic<bool> stop{false};
std::atomic<long> reads_replica{0}, reads_primary{0}, waits_sql{0}, errors{0};

PGconn *connect_or_die(const char *dsn) {
    PGconn *c = PQconnectdb(dsn);
    if (PQstatus(c) != CONNECTION_OK) {
        std::fprintf(stderr, "connect %s: %s", dsn, PQerrorMessage(c));
        std::exit(1);
    }
    return c;
}

// One text value of a one-row query ("" on error or NULL).
std::string value(PGconn *c, const char *sql) {
    PGresult *r = PQexec(c, sql);
    std::string v;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 && !PQgetisnull(r, 0, 0))
        v = PQgetvalue(r, 0, 0);
    PQclear(r);
    return v;
}

bool exec_ok(PGconn *c, const char *sql) {
    PGresult *r = PQexec(c, sql);
    const ExecStatusType s = PQresultStatus(r);
    PQclear(r);
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

void router_reader(lsnr_router *router, int id) {
    const std::string key = "waitlag-" + std::to_string(id);
    while (!stop.load()) {
        lsnr_request *q = lsnr_begin(router, key.data(), key.size());
        PGconn *w = q != nullptr ? lsnr_write(q) : nullptr;
        const bool wrote = w != nullptr && exec_ok(w, "INSERT INTO waitlag_probe DEFAULT VALUES");
        if (q == nullptr || lsnr_end(q) != 0 || !wrote) {
            errors++;
            continue;
        }
        // The read-back: its token is the commit just made, which r1 has
        // most likely not replayed yet, so the router waits for it.
        q = lsnr_begin(router, key.data(), key.size());
        PGconn *r = q != nullptr ? lsnr_read(q) : nullptr;
        if (r == nullptr || !exec_ok(r, "SELECT 1")) {
            errors++;
        } else if (std::strcmp(lsnr_node(q), "primary") == 0) {
            reads_primary++;
        } else {
            reads_replica++;
        }
        if (q != nullptr)
            lsnr_end(q);
    }
}

void sql_waiter(const char *primary_dsn, const char *replica_dsn) {
    PGconn *p = connect_or_die(primary_dsn);
    PGconn *r = connect_or_die(replica_dsn);
    while (!stop.load()) {
        const std::string lsn = value(p, "SELECT pg_current_wal_insert_lsn()");
        const std::string q = "SELECT lsnroute.wait_for_lsn('" + lsn + "', 10)";
        if (lsn.empty() || !exec_ok(r, q.c_str()))
            errors++;
        else
            waits_sql++;
    }
    PQfinish(p);
    PQfinish(r);
}

double quantile(std::vector<double> v, double q) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char **argv) {
    if (argc != 7) {
        std::fprintf(stderr, "usage: probe none|router|sql THREADS SECS PRIMARY_DSN R1_DSN CONFIG\n");
        return 2;
    }
    const std::string phase = argv[1];
    const int nthreads = std::atoi(argv[2]);
    const int secs = std::atoi(argv[3]);
    const char *primary_dsn = argv[4], *replica_dsn = argv[5];

    lsnr_router *router = nullptr;
    std::vector<std::thread> workers;
    if (phase == "router") {
        char err[512];
        router = lsnr_router_new(argv[6], err, sizeof err);
        if (router == nullptr) {
            std::fprintf(stderr, "lsnr_router_new: %s\n", err);
            return 1;
        }
        for (int i = 0; i < nthreads; i++)
            workers.emplace_back(router_reader, router, i);
    } else if (phase == "sql") {
        for (int i = 0; i < nthreads; i++)
            workers.emplace_back(sql_waiter, primary_dsn, replica_dsn);
    }

    PGconn *p = connect_or_die(primary_dsn);
    PGconn *r = connect_or_die(replica_dsn);
    std::vector<double> bytes, lag_ms;
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(secs);
    while (std::chrono::steady_clock::now() < end) {
        const std::string primary_lsn = value(p, "SELECT pg_current_wal_lsn()");
        const std::string q = "SELECT pg_wal_lsn_diff('" + primary_lsn +
                              "', pg_last_wal_replay_lsn())";
        const std::string behind = primary_lsn.empty() ? "" : value(r, q.c_str());
        if (!behind.empty())
            bytes.push_back(std::max(0.0, std::atof(behind.c_str())));
        const std::string lag = value(
            p, "SELECT COALESCE(EXTRACT(EPOCH FROM replay_lag) * 1000, 0) FROM pg_stat_replication");
        if (!lag.empty())
            lag_ms.push_back(std::atof(lag.c_str()));
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    stop = true;
    for (std::thread &t : workers)
        t.join();

    std::string counters;
    if (router != nullptr) {
        static char metrics[1 << 16];
        long waits = 0;
        if (lsnr_metrics(router, metrics, sizeof metrics) >= 0) {
            const char *m = std::strstr(metrics, "\nlsnroute_replica_waits_total ");
            if (m != nullptr)
                waits = std::atol(m + std::strlen("\nlsnroute_replica_waits_total "));
        }
        counters = " read-backs on r1=" + std::to_string(reads_replica.load()) +
                   " on primary=" + std::to_string(reads_primary.load()) +
                   " waits on the snapshot=" + std::to_string(waits);
        lsnr_router_free(router);
    } else if (phase == "sql") {
        counters = " wait_for_lsn calls=" + std::to_string(waits_sql.load());
    }
    std::printf("%-7s lag bytes p50=%.0f p99=%.0f max=%.0f | replay_lag p50=%.1f ms p99=%.1f ms "
                "max=%.1f ms | samples=%zu errors=%ld%s\n",
                phase.c_str(), quantile(bytes, 0.5), quantile(bytes, 0.99), quantile(bytes, 1.0),
                quantile(lag_ms, 0.5), quantile(lag_ms, 0.99), quantile(lag_ms, 1.0), bytes.size(),
                errors.load(), counters.c_str());
    PQfinish(p);
    PQfinish(r);
    return 0;
}
EOF
g++ -std=c++17 -O2 -I/usr/include/postgresql "$PROBE_DIR/probe.cpp" -o "$PROBE_DIR/probe" \
    -llsnroute -lpq -pthread

PSQL=("$LSNR_PGBIN/psql" -XAtq -h 127.0.0.1 -U postgres -d postgres)
PRIMARY_DSN="host=127.0.0.1 port=$LSNR_PRIMARY_PORT user=postgres dbname=postgres"
R1_DSN="host=127.0.0.1 port=$LSNR_PORT_r1 user=postgres dbname=postgres"
"${PSQL[@]}" -p "$LSNR_PRIMARY_PORT" -c "CREATE TABLE IF NOT EXISTS waitlag_probe (id bigserial)"
"$LSNR_PGBIN/pgbench" -i -q -s 5 -h 127.0.0.1 -p "$LSNR_PRIMARY_PORT" -U postgres postgres \
    >/dev/null 2>&1

echo "replica r1, hot_standby_feedback=$("${PSQL[@]}" -p "$LSNR_PORT_r1" -c 'SHOW hot_standby_feedback')," \
    "max_standby_streaming_delay=$("${PSQL[@]}" -p "$LSNR_PORT_r1" -c 'SHOW max_standby_streaming_delay');" \
    "pgbench -c 2 on the primary; $threads waiting threads; ${duration}s per phase"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for phase in none router sql; do
    "$LSNR_PGBIN/pgbench" -n -c 2 -j 2 -T "$((duration + 2))" -h 127.0.0.1 \
        -p "$LSNR_PRIMARY_PORT" -U postgres postgres >"$PROBE_DIR/pgbench.$phase" 2>&1 &
    bench=$!
    sleep 1
    "$PROBE_DIR/probe" "$phase" "$threads" "$duration" "$PRIMARY_DSN" "$R1_DSN" \
        "$LSNROUTE_CONFIG replica_wait_ms=10"
    wait $bench || true
    echo "        pgbench: $(grep -E '^tps' "$PROBE_DIR/pgbench.$phase" | head -1)"
    # Conflicts the phase caused on r1 (cumulative counters).
    echo "        r1 conflicts so far (snapshot): $("${PSQL[@]}" -p "$LSNR_PORT_r1" \
        -c "SELECT confl_snapshot FROM pg_stat_database_conflicts WHERE datname = 'postgres'")"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
