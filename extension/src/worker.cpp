// The lsnroute background worker: polls the node's state every
// lsnroute.publish_interval and publishes it to the Redis registry.
//
// The loop itself runs in a frame without C++ objects (PostgreSQL may
// longjmp out of ProcessConfigFile or WaitLatch); the C++ publisher lives on
// the heap and is only entered through the noexcept helpers below.
#include "lsn_waiters.hpp"
#include "node_probe.hpp"
#include "registry_publisher.hpp"
#include "settings.hpp"
#include "shared_state.hpp"

#include <new>

using lsnroute::ext::NodeSnapshot;
using lsnroute::ext::RegistryPublisher;

namespace {

RegistryPublisher *publisher = nullptr;

// Called by the Redis I/O while it waits: gives up at once on SIGTERM instead
// of waiting out the timeout, and keeps wait_for_lsn() waiters prompt.
bool keep_up_while_waiting() {
    bool in_recovery = false;
    const uint64_t replay = lsnroute::ext::probe_replay_lsn(&in_recovery);
    (void)lsnr_wake_waiters(replay, in_recovery);
    return ShutdownRequestPending || !PostmasterIsAlive();
}

void note_error(const char *what) {
    SpinLockAcquire(&lsnr_shared->mutex);
    lsnr_shared->status.failures++;
    strlcpy(lsnr_shared->status.last_error, what, sizeof lsnr_shared->status.last_error);
    SpinLockRelease(&lsnr_shared->mutex);
}

bool publisher_start(int64_t now_ms) noexcept {
    try {
        publisher =
            new RegistryPublisher(lsnroute::ext::current_settings(), keep_up_while_waiting, now_ms);
        return true;
    } catch (...) {
        note_error("out of memory starting the publisher");
        return false;
    }
}

void publisher_reload() noexcept {
    try {
        publisher->reload(lsnroute::ext::current_settings());
    } catch (...) {
        note_error("out of memory reloading settings");
    }
}

void publisher_tick(const NodeSnapshot &node) noexcept {
    try {
        publisher->tick(node);
    } catch (...) {
        note_error("unexpected error in the publisher");
    }
}

void publisher_stop() noexcept {
    delete publisher;  // closes the Redis connection
    publisher = nullptr;
}

void worker_exit(int, Datum) {
    if (lsnr_shared == nullptr)
        return;
    SpinLockAcquire(&lsnr_shared->mutex);
    lsnr_shared->status.worker_pid = 0;
    lsnr_shared->status.redis_connected = false;
    SpinLockRelease(&lsnr_shared->mutex);
}

}  // namespace

extern "C" PGDLLEXPORT void lsnroute_worker_main(Datum) {
    pqsignal(SIGHUP, SignalHandlerForConfigReload);
    pqsignal(SIGTERM, SignalHandlerForShutdownRequest);
    BackgroundWorkerUnblockSignals();

    if (lsnr_shared == nullptr)
        ereport(ERROR, (errmsg("lsnroute: shared memory is missing")));
    before_shmem_exit(worker_exit, 0);
    SpinLockAcquire(&lsnr_shared->mutex);
    lsnr_shared->status.worker_pid = MyProcPid;
    SpinLockRelease(&lsnr_shared->mutex);

    NodeSnapshot node = lsnroute::ext::probe_node();
    if (!publisher_start(node.now_ms))
        proc_exit(1);

    int64_t next_poll_ms = 0;
    while (!ShutdownRequestPending) {
        if (ConfigReloadPending) {
            ConfigReloadPending = false;
            ProcessConfigFile(PGC_SIGHUP);
            publisher_reload();
            next_poll_ms = 0;
        }

        bool in_recovery = false;
        const uint64_t replay = lsnroute::ext::probe_replay_lsn(&in_recovery);
        const bool waiters = lsnr_wake_waiters(replay, in_recovery);

        const int64_t now_ms = lsnroute::ext::timestamptz_to_unix_ms(GetCurrentTimestamp());
        if (now_ms >= next_poll_ms) {
            node = lsnroute::ext::probe_node();
            publisher_tick(node);
            // A fixed cadence: the time a publish takes does not stretch the
            // period (unless we fell a whole interval behind).
            next_poll_ms += lsnr_publish_interval_ms;
            if (next_poll_ms <= node.now_ms)
                next_poll_ms = node.now_ms + lsnr_publish_interval_ms;
        }

        // While a backend sits in wait_for_lsn(), look at replay every
        // millisecond so it wakes promptly; otherwise sleep a whole interval.
        const int64_t after_ms = lsnroute::ext::timestamptz_to_unix_ms(GetCurrentTimestamp());
        long sleep_ms = static_cast<long>(next_poll_ms - after_ms);
        if (waiters && sleep_ms > 1)
            sleep_ms = 1;
        if (sleep_ms < 1)
            sleep_ms = 1;
        (void)WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH, sleep_ms,
                        PG_WAIT_EXTENSION);
        ResetLatch(MyLatch);
    }
    publisher_stop();
    proc_exit(0);
}
