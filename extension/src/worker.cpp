// The lsnroute background worker: polls the node's state and publishes it to
// the Redis registry.
//
// The poll runs at lsnroute.publish_interval, and at the faster
// lsnroute.streaming_interval on a standby while WAL streams in (receive or
// replay moved recently) or while a backend waits in wait_for_lsn(): fresh
// while it matters, nearly idle otherwise. The schedule runs on the
// monotonic clock, so a wall-clock step neither stops nor hurries it.
//
// The loop itself runs in a frame without C++ objects (PostgreSQL may
// longjmp out of ProcessConfigFile, WaitLatch or ereport); the C++ publisher
// lives on the heap and is only entered through the noexcept helpers below.
#include "lsn_waiters.hpp"
#include "node_probe.hpp"
#include "poll_schedule.hpp"
#include "registry_publisher.hpp"
#include "settings.hpp"
#include "shared_state.hpp"

#include <new>

using lsnroute::ext::NodeSnapshot;
using lsnroute::ext::RegistryPublisher;

namespace {

constexpr size_t kLogLineLen = 1024;
// A publish's replies are left for the next poll only when it comes this
// soon (streaming_interval, the default publish_interval); with a slower
// poll they are read at once, so status() and failures are never late by
// more than this.
constexpr long kDeferRepliesMaxMs = 20;

RegistryPublisher *publisher = nullptr;

// Called by the Redis I/O while it waits: gives up at once on SIGTERM instead
// of waiting out the timeout, and keeps wait_for_lsn() waiters prompt.
bool keep_up_while_waiting() {
    bool in_recovery = false;
    const uint64_t replay = lsnroute::ext::probe_replay_lsn(&in_recovery);
    (void)lsnr_wake_waiters(replay, in_recovery);
    return ShutdownRequestPending || !PostmasterIsAlive();
}

// A failure of the worker itself, not of Redis: redis_connected stays what
// the publisher last saw.
void note_error(const char *what) {
    lsnr_shared_note_failure(what, false);
}

bool publisher_start(int64_t mono_ms) noexcept {
    try {
        publisher = new RegistryPublisher(lsnroute::ext::current_settings(), keep_up_while_waiting,
                                          mono_ms);
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

void publisher_finish(int64_t mono_ms) noexcept {
    try {
        publisher->finish_publish(mono_ms);
    } catch (...) {
        note_error("unexpected error in the publisher");
    }
}

// Copies the next queued log line into buf; false when none.
bool publisher_next_log(char *buf, size_t len) noexcept {
    try {
        std::string line;
        if (!publisher->take_log(&line))
            return false;
        strlcpy(buf, line.c_str(), len);
        return true;
    } catch (...) {
        return false;
    }
}

void publisher_stop() noexcept {
    delete publisher;  // closes the Redis connection
    publisher = nullptr;
}

// Emits what the publisher queued for the log (here: ereport may longjmp).
void emit_logs() {
    char line[kLogLineLen];
    while (publisher_next_log(line, sizeof line))
        ereport(LOG, (errmsg("%s", line)));
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
    if (!publisher_start(node.mono_ms))
        proc_exit(1);
    emit_logs();

    lsnroute::ext::PollSchedule schedule;
    schedule.set_intervals(lsnr_publish_interval_ms, lsnr_streaming_interval_ms);
    while (!ShutdownRequestPending) {
        if (ConfigReloadPending) {
            ConfigReloadPending = false;
            ProcessConfigFile(PGC_SIGHUP);
            publisher_reload();
            schedule.set_intervals(lsnr_publish_interval_ms, lsnr_streaming_interval_ms);
            schedule.poll_now();
        }

        bool in_recovery = false;
        const uint64_t replay = lsnroute::ext::probe_replay_lsn(&in_recovery);
        const bool waiters = lsnr_wake_waiters(replay, in_recovery);

        if (schedule.due(lsnr_monotonic_ms())) {
            node = lsnroute::ext::probe_node();
            publisher_tick(node);
            schedule.polled(node.mono_ms, node.in_recovery, node.replay_lsn, node.receive_lsn);
            // Waiting for Redis' answer here would be one more sleep and
            // wake-up per publish: while the next poll is near, its tick
            // reads the answer, which has arrived by then.
            const int64_t now = lsnr_monotonic_ms();
            if (static_cast<long>(schedule.wait_ms(now)) > kDeferRepliesMaxMs)
                publisher_finish(now);
            emit_logs();
        }

        // While a backend sits in wait_for_lsn(), look at replay every
        // millisecond so it wakes promptly; otherwise sleep until the next poll.
        long sleep_ms = static_cast<long>(schedule.wait_ms(lsnr_monotonic_ms()));
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
