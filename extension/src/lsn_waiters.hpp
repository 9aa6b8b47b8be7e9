// wait_for_lsn() without a busy loop: a waiting backend puts its target LSN in
// its own shared slot and sleeps on its latch; the worker, which polls replay
// anyway (every millisecond while anyone waits), sets the latch of every
// backend whose target has been replayed.
#pragma once

#include <cstdint>

extern "C" {

// Worker side: wakes every waiter whose target <= replay_lsn, or all of them
// when the node is no longer in recovery. Returns whether anyone is waiting.
bool lsnr_wake_waiters(uint64_t replay_lsn, bool in_recovery);

// Backend side. Waits until replay >= target or timeout_ms passed; true when
// reached. Honours query cancel and termination (may ereport). Must be
// called from a frame without C++ objects.
bool lsnr_wait_for_lsn(uint64_t target, int64_t timeout_ms);
}
