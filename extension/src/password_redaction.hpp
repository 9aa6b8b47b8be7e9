// Keeps lsnroute.redis_password out of the server log.
#pragma once

extern "C" {
// Installs an emit_log_hook (from _PG_init, in the postmaster).
void lsnr_install_password_redaction(void);
}
