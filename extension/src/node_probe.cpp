// Node state straight from shared memory: no SQL, no database connection, so
// the worker can run on a standby that is still starting up.
#include "node_probe.hpp"

#include "pg.hpp"
#include "shared_state.hpp"

namespace lsnroute::ext {

namespace {
constexpr int64_t kEpochShiftMs =
    int64_t(POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY * 1000;
}

int64_t timestamptz_to_unix_ms(int64_t ts) noexcept {
    return ts == 0 ? 0 : ts / 1000 + kEpochShiftMs;
}

int64_t unix_ms_to_timestamptz(int64_t ms) noexcept {
    return (ms - kEpochShiftMs) * 1000;
}

uint64_t probe_replay_lsn(bool *in_recovery) noexcept {
    *in_recovery = RecoveryInProgress();
    if (*in_recovery)
        return GetXLogReplayRecPtr(nullptr);
    TimeLineID tli;
    return GetFlushRecPtr(&tli);
}

NodeSnapshot probe_node() noexcept {
    NodeSnapshot s;
    s.now_ms = timestamptz_to_unix_ms(GetCurrentTimestamp());
    s.mono_ms = lsnr_monotonic_ms();
    s.system_id = GetSystemIdentifier();
    s.started_at_ms = lsnr_shared != nullptr ? lsnr_shared->started_at_ms : 0;
    s.in_recovery = RecoveryInProgress();
    if (!s.in_recovery) {
        TimeLineID tli = 0;
        s.flush_lsn = GetFlushRecPtr(&tli);
        s.replay_lsn = s.receive_lsn = s.flush_lsn;
        s.timeline = tli;
        return s;
    }
    TimeLineID replay_tli = 0;
    s.replay_lsn = GetXLogReplayRecPtr(&replay_tli);
    s.timeline = replay_tli;
    s.receive_lsn = GetWalRcvFlushRecPtr(nullptr, nullptr);
    s.replay_ts_ms = timestamptz_to_unix_ms(GetLatestXTime());
    s.paused = GetRecoveryPauseState() != RECOVERY_NOT_PAUSED;

    WalRcvData *rcv = WalRcv;
    SpinLockAcquire(&rcv->mutex);
    const WalRcvState state = rcv->walRcvState;
    const bool connected = rcv->ready_to_display;
    const XLogRecPtr wal_end = rcv->latestWalEnd;
    const TimestampTz received = rcv->lastMsgReceiptTime;
    const TimestampTz sent = rcv->lastMsgSendTime;
    SpinLockRelease(&rcv->mutex);
    // A starting WAL receiver says STREAMING and sets lastMsgSendTime =
    // lastMsgReceiptTime = now before it has even connected (and again on
    // every retry while the primary is down). Only a connected receiver
    // streams, and only a message from the primary (its send time is the
    // primary's clock, never exactly our receipt time) counts as hearing it.
    s.receiver_streaming = state == WALRCV_STREAMING && connected;
    s.primary_wal_end = wal_end;
    s.last_heard_ms = connected && received != sent ? timestamptz_to_unix_ms(received) : 0;
    return s;
}

}  // namespace lsnroute::ext
