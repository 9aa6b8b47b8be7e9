// A standby that crash-restarts reopens for reads at the position its crash
// recovery reached, possibly below the replay_lsn its old registry entry (an
// older started_at_ms) still shows until that entry expires. A client that
// chose the node by the old entry would read stale data. The worker
// publishes at once at start, which replaces the entry; until it has, new
// client connections wait here. The wait ends at the publish or when the old
// entry must have expired (node_ttl after shared memory was initialised),
// whichever comes first, so Redis being down costs each connection at most
// the rest of that window, and a node up for longer than node_ttl never waits.
#include "auth_wait.hpp"

#include "pg.hpp"
#include "settings.hpp"
#include "shared_state.hpp"

extern "C" {
#include "replication/walsender.h"

// From libpq/auth.h, which pulls in libpq-be.h and with it the GSSAPI headers
// (not needed here, and not installed everywhere): the hook alone, as declared.
struct Port;
typedef void (*ClientAuthentication_hook_type)(struct Port *, int);
extern PGDLLIMPORT ClientAuthentication_hook_type ClientAuthentication_hook;
}

namespace {

ClientAuthentication_hook_type prev_client_auth_hook = nullptr;

// Longest single sleep: the worker does not signal us, so poll the flag.
constexpr long kPollMs = 10;

bool published_since_start() {
    SpinLockAcquire(&lsnr_shared->mutex);
    const bool published = lsnr_shared->status.has_published;
    SpinLockRelease(&lsnr_shared->mutex);
    return published;
}

void wait_for_first_publish(Port *port, int status) {
    if (prev_client_auth_hook)
        prev_client_auth_hook(port, status);
    // Replication connections (cascading standbys) never read through the
    // registry; a primary has nothing to hide; a disabled worker never publishes.
    if (status != STATUS_OK || lsnr_shared == nullptr || am_walsender || !lsnr_enabled ||
        !RecoveryInProgress())
        return;
    const int64 deadline = lsnr_shared->started_mono_ms + lsnr_node_ttl_ms;
    for (;;) {
        if (published_since_start())
            return;
        const int64 left = deadline - lsnr_monotonic_ms();
        if (left <= 0)
            return;
        (void)WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
                        left < kPollMs ? left : kPollMs, PG_WAIT_EXTENSION);
        ResetLatch(MyLatch);
        // authentication_timeout and termination end the wait with their error.
        CHECK_FOR_INTERRUPTS();
    }
}

}  // namespace

extern "C" void lsnr_install_auth_wait(void) {
    prev_client_auth_hook = ClientAuthentication_hook;
    ClientAuthentication_hook = wait_for_first_publish;
}
