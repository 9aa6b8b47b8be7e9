// Keeps secrets of lsnroute settings out of the server log.
//
// On SIGHUP the postmaster logs every changed setting with its new value
// ("parameter "x" changed to "v"", guc-file.l) and every refused one with the
// refused value ("invalid value for parameter "x": "v""); GUC_SUPERUSER_ONLY
// stops neither. This hook rewrites those messages before they are emitted
// (to the log and to the client alike) for:
//  * lsnroute.redis_password: always a secret;
//  * lsnroute.node_dsn: its check hook refuses a value holding a password,
//    and the refusal must not print it (nor the statement, for ALTER SYSTEM).
#include "log_redaction.hpp"

#include "pg.hpp"

namespace {

emit_log_hook_type prev_emit_log_hook = nullptr;

constexpr const char kChangedFormat[] = "parameter \"%s\" changed to \"%s\"";
constexpr const char kInvalidFormat[] = "invalid value for parameter \"%s\": \"%s\"";

// The quoted name of the secret-bearing setting the message is about, or null.
const char *secret_setting(const char *message, bool changed) {
    if (strstr(message, "\"lsnroute.redis_password\"") != nullptr)
        return "lsnroute.redis_password";
    // A node_dsn that was accepted holds no password (the check hook saw to it).
    if (!changed && strstr(message, "\"lsnroute.node_dsn\"") != nullptr)
        return "lsnroute.node_dsn";
    return nullptr;
}

void redact_secrets(ErrorData *edata) {
    if (edata->message_id != nullptr && edata->message != nullptr) {
        const bool changed = strcmp(edata->message_id, kChangedFormat) == 0;
        const bool invalid = strcmp(edata->message_id, kInvalidFormat) == 0;
        const char *name = changed || invalid ? secret_setting(edata->message, changed) : nullptr;
        // EmitErrorReport runs in ErrorContext, which owns edata->message.
        if (name != nullptr && changed) {
            edata->message = psprintf("parameter \"%s\" changed", name);
        } else if (name != nullptr) {
            edata->message = psprintf("invalid value for parameter \"%s\" (value not shown)", name);
            edata->hide_stmt = true;  // ALTER SYSTEM ... would repeat it
        }
    }
    if (prev_emit_log_hook)
        prev_emit_log_hook(edata);
}

}  // namespace

extern "C" void lsnr_install_log_redaction(void) {
    prev_emit_log_hook = emit_log_hook;
    emit_log_hook = redact_secrets;
}
