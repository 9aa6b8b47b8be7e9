// The extension's shared memory: what the worker last did (for
// lsnroute.status()) and one wait slot per PGPROC (for lsnroute.wait_for_lsn()).
#pragma once

#include "pg.hpp"

extern "C" {

#define LSNR_ERROR_LEN 256
#define LSNR_NAME_LEN 129
#define LSNR_ROLE_LEN 8
#define LSNR_LAG_SOURCE_LEN 16

// Everything lsnroute.status() shows. Guarded by LsnrShared.mutex; writers copy
// a whole LsnrStatus in and readers copy it out, so no section is long.
typedef struct LsnrStatus {
    pid_t worker_pid;
    bool redis_connected;
    bool has_published;
    int64 publishes;
    int64 failures;
    uint64 seq;  // last published seq; survives a worker restart
    char node_name[LSNR_NAME_LEN];
    char role[LSNR_ROLE_LEN];
    XLogRecPtr replay_lsn;
    XLogRecPtr receive_lsn;
    XLogRecPtr flush_lsn;  // InvalidXLogRecPtr on a standby
    int64 lag_ms;
    char lag_source[LSNR_LAG_SOURCE_LEN];  // "" on a primary
    TimestampTz published_at;
    char last_error[LSNR_ERROR_LEN];
} LsnrStatus;

typedef struct LsnrShared {
    slock_t mutex;
    LsnrStatus status;
    // When this shared memory was initialised (unix ms, and CLOCK_MONOTONIC
    // ms): the node's start as the registry's started_at_ms sees it. A crash
    // restart re-initialises shared memory, so it changes then too. Written
    // once by the postmaster before any other process attaches.
    int64 started_at_ms;
    int64 started_mono_ms;
    // Number of backends inside wait_for_lsn(); the worker polls replay faster
    // while it is non-zero.
    pg_atomic_uint32 waiters;
    int n_wait_slots;
    // Indexed by PGPROC number: the LSN that backend waits for, 0 when none.
    pg_atomic_uint64 wait_target[FLEXIBLE_ARRAY_MEMBER];
} LsnrShared;

// NULL unless the library was loaded through shared_preload_libraries.
extern LsnrShared *lsnr_shared;

// Installs the shmem request and startup hooks (from _PG_init).
void lsnr_shared_install_hooks(void);

// CLOCK_MONOTONIC in milliseconds: the clock every schedule runs on (a
// wall-clock step must not stop or hurry the worker).
int64 lsnr_monotonic_ms(void);

// Copies the status out under the lock.
void lsnr_shared_read_status(LsnrStatus *out);

// Records a failure for lsnroute.status(): counts it, keeps its text (cut to
// LSNR_ERROR_LEN) and, when redis_lost, marks Redis unreachable. The worker
// is the only writer of the status.
void lsnr_shared_note_failure(const char *error, bool redis_lost);
}
