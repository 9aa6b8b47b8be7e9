// Reads this node's replication state from PostgreSQL's shared memory.
#pragma once

#include <cstdint>

namespace lsnroute::ext {

// One consistent-enough look at the node. Times are unix milliseconds, 0 when
// unknown. On a primary, replay_lsn = receive_lsn = flush_lsn = its flush LSN:
// everything it has flushed is "replayed" for a reader of the primary.
struct NodeSnapshot {
    int64_t now_ms = 0;   // wall clock: what published_at_ms says
    int64_t mono_ms = 0;  // CLOCK_MONOTONIC: what every schedule runs on
    // Identity (1.1): the pg_control system identifier and when shared
    // memory was initialised (changes with every start, crash restarts too).
    uint64_t system_id = 0;
    int64_t started_at_ms = 0;
    bool in_recovery = false;
    uint32_t timeline = 0;
    uint64_t replay_lsn = 0;
    uint64_t receive_lsn = 0;  // standby: WAL receiver flush position, 0 if none
    uint64_t flush_lsn = 0;    // primary only
    int64_t replay_ts_ms = 0;  // commit time of the last replayed transaction
    bool paused = false;
    // The WAL receiver's view of the primary (standby only).
    bool receiver_streaming = false;  // connected to the primary and streaming
    uint64_t primary_wal_end = 0;     // latest WAL end the primary reported
    int64_t last_heard_ms = 0;        // last real message from the primary; 0: none seen now
};

// Fills a snapshot. Calls only PostgreSQL functions that take spinlocks and
// never raise errors, so it is safe from any frame.
NodeSnapshot probe_node() noexcept;

// The replay position alone (cheap: for waking wait_for_lsn() waiters).
uint64_t probe_replay_lsn(bool *in_recovery) noexcept;

// PostgreSQL TimestampTz (microseconds since 2000-01-01) to unix milliseconds.
int64_t timestamptz_to_unix_ms(int64_t ts) noexcept;
int64_t unix_ms_to_timestamptz(int64_t ms) noexcept;

}  // namespace lsnroute::ext
