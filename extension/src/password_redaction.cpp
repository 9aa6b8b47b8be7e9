// On SIGHUP the postmaster logs every changed setting with its new value
// ("parameter "x" changed to "v"", guc-file.l), and GUC_SUPERUSER_ONLY does
// not stop that. For our password this hook rewrites the message before it
// reaches the log so the value never gets there.
#include "password_redaction.hpp"

#include "pg.hpp"

namespace {

emit_log_hook_type prev_emit_log_hook = nullptr;

constexpr const char kChangedFormat[] = "parameter \"%s\" changed to \"%s\"";
constexpr const char kPasswordGuc[] = "\"lsnroute.redis_password\"";

void redact_password(ErrorData *edata) {
    if (edata->message_id != nullptr && edata->message != nullptr &&
        strcmp(edata->message_id, kChangedFormat) == 0 &&
        strstr(edata->message, kPasswordGuc) != nullptr) {
        // EmitErrorReport runs in ErrorContext, which owns edata->message.
        edata->message = pstrdup("parameter \"lsnroute.redis_password\" changed");
    }
    if (prev_emit_log_hook)
        prev_emit_log_hook(edata);
}

}  // namespace

extern "C" void lsnr_install_password_redaction(void) {
    prev_emit_log_hook = emit_log_hook;
    emit_log_hook = redact_password;
}
