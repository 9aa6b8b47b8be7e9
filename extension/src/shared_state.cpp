// Shared memory of lsnroute, requested and attached the PG15 way
// (shmem_request_hook, then shmem_startup_hook under AddinShmemInitLock).
#include "shared_state.hpp"

#include "node_probe.hpp"

#include <time.h>

extern "C" {
LsnrShared *lsnr_shared = nullptr;
}

namespace {

shmem_request_hook_type prev_shmem_request_hook = nullptr;
shmem_startup_hook_type prev_shmem_startup_hook = nullptr;

// One slot per PGPROC, the same count InitProcGlobal allocates, so a backend
// indexes its own slot by pgprocno and never has to search or lock.
int wait_slot_count() {
    return MaxBackends + NUM_AUXILIARY_PROCS + max_prepared_xacts;
}

Size shared_size() {
    return add_size(offsetof(LsnrShared, wait_target),
                    mul_size(sizeof(pg_atomic_uint64), wait_slot_count()));
}

void lsnr_shmem_request() {
    if (prev_shmem_request_hook)
        prev_shmem_request_hook();
    RequestAddinShmemSpace(shared_size());
}

void lsnr_shmem_startup() {
    if (prev_shmem_startup_hook)
        prev_shmem_startup_hook();
    LWLockAcquire(AddinShmemInitLock, LW_EXCLUSIVE);
    bool found = false;
    lsnr_shared = static_cast<LsnrShared *>(ShmemInitStruct("lsnroute", shared_size(), &found));
    if (!found) {
        memset(lsnr_shared, 0, shared_size());
        SpinLockInit(&lsnr_shared->mutex);
        pg_atomic_init_u32(&lsnr_shared->waiters, 0);
        lsnr_shared->started_at_ms = lsnroute::ext::timestamptz_to_unix_ms(GetCurrentTimestamp());
        lsnr_shared->started_mono_ms = lsnr_monotonic_ms();
        lsnr_shared->n_wait_slots = wait_slot_count();
        for (int i = 0; i < lsnr_shared->n_wait_slots; i++)
            pg_atomic_init_u64(&lsnr_shared->wait_target[i], 0);
    }
    LWLockRelease(AddinShmemInitLock);
}

}  // namespace

extern "C" void lsnr_shared_install_hooks(void) {
    prev_shmem_request_hook = shmem_request_hook;
    shmem_request_hook = lsnr_shmem_request;
    prev_shmem_startup_hook = shmem_startup_hook;
    shmem_startup_hook = lsnr_shmem_startup;
}

extern "C" int64 lsnr_monotonic_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<int64>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

extern "C" void lsnr_shared_read_status(LsnrStatus *out) {
    SpinLockAcquire(&lsnr_shared->mutex);
    *out = lsnr_shared->status;
    SpinLockRelease(&lsnr_shared->mutex);
}

extern "C" void lsnr_shared_note_failure(const char *error, bool redis_lost) {
    SpinLockAcquire(&lsnr_shared->mutex);
    lsnr_shared->status.failures++;
    if (redis_lost)
        lsnr_shared->status.redis_connected = false;
    strlcpy(lsnr_shared->status.last_error, error, sizeof lsnr_shared->status.last_error);
    SpinLockRelease(&lsnr_shared->mutex);
}
