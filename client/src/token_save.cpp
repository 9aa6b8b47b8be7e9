// Saving a token (docs/design.md Faults, "token could not be saved") and hint mode.
#include <thread>

#include "clock.hpp"
#include "router_impl.hpp"

namespace lsnroute {
namespace {

// Pause between attempts of one save: long enough for a refused connection
// not to spin, short against timeout_ms.
constexpr int64_t kRetryPauseMs = 10;

}  // namespace

void Router::Impl::apply_hint(TokenView &tv, std::string_view hint) {
    if (hint.empty() || tv.reason == Reason::BadToken)
        return;
    auto h = Lsn::parse(hint);
    if (!h) {
        tv.replicas_ok = false;
        tv.reason = Reason::BadToken;
        tv.error =
            "hint '" + std::string(hint.substr(0, 40)) + "' is not an LSN (expected X/X hex)";
        return;
    }
    tv.token = max(tv.token, *h);
}

bool Router::Impl::save_token(std::string_view key, Lsn lsn, std::string &why,
                              Lsn *stored) noexcept {
    try {
        // With the breaker open Redis is known to be down: no attempt, the
        // caller learns at once that the token was not saved.
        if (!breaker.allow()) {
            metrics.token_save_failures.fetch_add(1, std::memory_order_relaxed);
            guard.mark_suspect();
            why = "Redis unavailable (circuit breaker open)";
            return false;
        }
        const int64_t deadline = steady_now_ms() + cfg.timeout_ms;
        bool lost_sign = false;  // an error that may mean lost tokens
        for (;;) {
            try {
                const Lsn after = tokens.save(key, lsn);
                if (stored)
                    *stored = after;
                metrics.token_saves.fetch_add(1, std::memory_order_relaxed);
                breaker.record_success();
                if (lost_sign)
                    guard.mark_suspect();
                guard.observe_generation(redis->generation());
                return true;
            } catch (const UnreplicatedError &e) {
                // The master has it, its replicas did not confirm it: not
                // saved, but no sign that Redis is down or lost anything.
                // Redis answered: that closes a half-open breaker.
                breaker.record_success();
                why = e.what();
            } catch (const redis::Error &e) {
                why = e.what();
                lost_sign = true;
            }
            if (steady_now_ms() + kRetryPauseMs >= deadline)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(kRetryPauseMs));
        }
        metrics.token_save_failures.fetch_add(1, std::memory_order_relaxed);
        if (lost_sign)
            redis_failed();
        else
            guard.mark_suspect();
        return false;
    } catch (...) {
        // Out of memory composing a message: still not saved.
        guard.mark_suspect();
        return false;
    }
}

}  // namespace lsnroute
