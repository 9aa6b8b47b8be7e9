// Client backends on a restarted standby wait, in ClientAuthentication_hook,
// until the worker has published after this start (bounded by node_ttl from
// the start), so nobody reads below what the node's old registry entry still
// promises while that entry is live (docs/design.md, Routing rule step 1).
#pragma once

extern "C" {
// Installs the hook (from _PG_init, preloaded only).
void lsnr_install_auth_wait(void);
}
