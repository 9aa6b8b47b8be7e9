// Entry point of the lsnroute library: GUCs, shared memory and the worker.
#include "auth_wait.hpp"
#include "commit_tracker.hpp"
#include "log_redaction.hpp"
#include "pg.hpp"
#include "settings.hpp"
#include "shared_state.hpp"

extern "C" {
PG_MODULE_MAGIC;

PGDLLEXPORT void _PG_init(void);
}

extern "C" void _PG_init(void) {
    lsnr_define_gucs();
    lsnr_commit_tracker_init();

    // Loaded by CREATE EXTENSION or a SQL call only: the SQL functions that
    // need no worker still work; status() explains what is missing.
    if (!process_shared_preload_libraries_in_progress)
        return;

    lsnr_shared_install_hooks();
    lsnr_install_log_redaction();
    lsnr_install_auth_wait();

    BackgroundWorker worker;
    memset(&worker, 0, sizeof worker);
    // Shared memory only, no database: it must run on a standby in recovery.
    // Started at a consistent state, not at postmaster start: during a
    // primary's crash recovery RecoveryInProgress() is true, and the primary
    // must never be published as a standby with a half-recovered replay LSN.
    worker.bgw_flags = BGWORKER_SHMEM_ACCESS;
    worker.bgw_start_time = BgWorkerStart_ConsistentState;
    worker.bgw_restart_time = 1;
    strlcpy(worker.bgw_library_name, "lsnroute", BGW_MAXLEN);
    strlcpy(worker.bgw_function_name, "lsnroute_worker_main", BGW_MAXLEN);
    strlcpy(worker.bgw_name, "lsnroute publisher", BGW_MAXLEN);
    strlcpy(worker.bgw_type, "lsnroute publisher", BGW_MAXLEN);
    RegisterBackgroundWorker(&worker);
}
