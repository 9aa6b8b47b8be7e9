// XactLastCommitEnd alone is not the token: RecordTransactionCommit() also sets
// it for transactions without an xid that merely wrote WAL (hint-bit full page
// images, HOT pruning), so a read-only transaction would move it. Only a
// transaction with an xid writes a COMMIT record; we remember
// XactLastCommitEnd right after such a commit.
#include "commit_tracker.hpp"

#include "pg.hpp"

namespace {

XLogRecPtr last_commit_end = InvalidXLogRecPtr;
bool tracking = false;
// Preloaded: the callback is inherited by every backend and has seen all of
// its commits. Loaded later (first call in a session): commits before that
// are unknown, and XactLastCommitEnd (never below the real value) stands in.
bool tracking_from_session_start = false;

void on_xact_event(XactEvent event, void *) {
    // XACT_EVENT_COMMIT runs after RecordTransactionCommit(), while the
    // transaction's xid is still visible.
    if (event == XACT_EVENT_COMMIT && TransactionIdIsValid(GetTopTransactionIdIfAny()))
        last_commit_end = XactLastCommitEnd;
}

}  // namespace

extern "C" void lsnr_commit_tracker_init(void) {
    if (tracking)
        return;
    tracking_from_session_start = process_shared_preload_libraries_in_progress;
    RegisterXactCallback(on_xact_event, nullptr);
    tracking = true;
}

extern "C" uint64_t lsnr_last_commit_end(void) {
    if (last_commit_end != InvalidXLogRecPtr || tracking_from_session_start)
        return last_commit_end;
    return XactLastCommitEnd;
}
