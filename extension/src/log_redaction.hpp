// Keeps the values of secret-bearing lsnroute settings out of the server log:
// lsnroute.redis_password always, lsnroute.node_dsn when its check hook
// refused it for holding a password.
#pragma once

extern "C" {
// Installs an emit_log_hook (from _PG_init, in the postmaster).
void lsnr_install_log_redaction(void);
}
