#include "lsn_waiters.hpp"

#include "node_probe.hpp"
#include "shared_state.hpp"

namespace {

// Without the worker (library not preloaded, or worker down) nobody sets our
// latch: sleep in short steps instead. With it, a long step is only a safety net.
constexpr long kPollWithoutWorkerMs = 10;
constexpr long kPollWithWorkerMs = 1000;

bool slot_registered = false;

int my_slot() {
    if (lsnr_shared == nullptr || MyProc == nullptr)
        return -1;
    const int slot = MyProc->pgprocno;
    return slot >= 0 && slot < lsnr_shared->n_wait_slots ? slot : -1;
}

void clear_slot(int slot) {
    if (slot < 0)
        return;
    if (pg_atomic_exchange_u64(&lsnr_shared->wait_target[slot], 0) != 0)
        pg_atomic_fetch_sub_u32(&lsnr_shared->waiters, 1);
}

// A FATAL exit (pg_terminate_backend) skips PG_FINALLY: free the slot on the
// way out so a later backend with the same PGPROC starts clean.
void clear_slot_at_exit(int, Datum) {
    clear_slot(my_slot());
}

bool worker_running() {
    if (lsnr_shared == nullptr)
        return false;
    SpinLockAcquire(&lsnr_shared->mutex);
    const bool running = lsnr_shared->status.worker_pid != 0;
    SpinLockRelease(&lsnr_shared->mutex);
    return running;
}

bool reached(uint64_t target) {
    bool in_recovery = false;
    const uint64_t replay = lsnroute::ext::probe_replay_lsn(&in_recovery);
    return !in_recovery || replay >= target;
}

}  // namespace

extern "C" bool lsnr_wake_waiters(uint64_t replay_lsn, bool in_recovery) {
    if (lsnr_shared == nullptr || pg_atomic_read_u32(&lsnr_shared->waiters) == 0)
        return false;
    for (int i = 0; i < lsnr_shared->n_wait_slots; i++) {
        const uint64_t target = pg_atomic_read_u64(&lsnr_shared->wait_target[i]);
        if (target != 0 && (!in_recovery || target <= replay_lsn))
            SetLatch(&ProcGlobal->allProcs[i].procLatch);
    }
    return true;
}

extern "C" bool lsnr_wait_for_lsn(uint64_t target, int64_t timeout_ms) {
    if (reached(target))
        return true;
    if (timeout_ms == 0)
        return false;

    // volatile: read again after a longjmp into PG_FINALLY.
    volatile int slot = my_slot();
    if (slot >= 0 && !slot_registered) {
        before_shmem_exit(clear_slot_at_exit, 0);
        slot_registered = true;
    }
    const TimestampTz deadline = TimestampTzPlusMilliseconds(GetCurrentTimestamp(), timeout_ms);
    volatile bool result = false;
    PG_TRY();
    {
        // Publish the target before re-checking replay: a wake-up sent between
        // the check and the sleep then leaves the latch set, not lost.
        if (slot >= 0 && pg_atomic_exchange_u64(&lsnr_shared->wait_target[slot], target) == 0)
            pg_atomic_fetch_add_u32(&lsnr_shared->waiters, 1);
        for (;;) {
            if (reached(target)) {
                result = true;
                break;
            }
            const long remaining = TimestampDifferenceMilliseconds(GetCurrentTimestamp(), deadline);
            if (remaining <= 0)
                break;
            const long step =
                slot >= 0 && worker_running() ? kPollWithWorkerMs : kPollWithoutWorkerMs;
            (void)WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
                            remaining < step ? remaining : step, PG_WAIT_EXTENSION);
            ResetLatch(MyLatch);
            CHECK_FOR_INTERRUPTS();
        }
    }
    PG_FINALLY();
    { clear_slot(slot); }
    PG_END_TRY();
    return result;
}
