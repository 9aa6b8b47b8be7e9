// The C API of lsnroute.h over the C++ API. Every entry point catches every
// exception: nothing crosses into C.
#include <cstring>
#include <new>
#include <string>

#include "clock.hpp"
#include "lsnroute.h"
#include "lsnroute/lsnroute.hpp"

struct lsnr_router {
    lsnroute::Router router;
    explicit lsnr_router(std::string_view config) : router(config) {}
};

struct lsnr_request {
    lsnroute::Request request;
    explicit lsnr_request(lsnroute::Request q) : request(std::move(q)) {}
};

namespace {

// Copies src into dst[len] with a NUL; false when it did not fit.
bool copy_out(char *dst, size_t len, std::string_view src) {
    if (!dst || len == 0)
        return false;
    const size_t n = src.size() < len - 1 ? src.size() : len - 1;
    std::memcpy(dst, src.data(), n);
    dst[n] = '\0';
    return n == src.size();
}

int code_of(const lsnroute::Error &e) {
    return static_cast<int>(e.code());
}

template <typename Fn>
int guarded(Fn &&fn) noexcept {
    try {
        return fn();
    } catch (const lsnroute::Error &e) {
        return code_of(e);
    } catch (const std::bad_alloc &) {
        return LSNR_ENOMEM;
    } catch (...) {
        return LSNR_EINTERNAL;
    }
}

// The token text for the caller to carry: "" for none.
int token_out_text(const std::optional<lsnroute::Lsn> &t, char *out, size_t len) {
    if (!out || len == 0)
        return LSNR_OK;
    return copy_out(out, len, t ? t->str() : std::string()) ? LSNR_OK : LSNR_ETRUNC;
}

// Ends q and writes the token to carry; frees q. LSNR_ETOKEN (and any other
// failure of end) wins over LSNR_ETRUNC.
int end_with_token(lsnr_request *q, char *token_out, size_t len) {
    int rc = LSNR_OK;
    try {
        q->request.end();
    } catch (const lsnroute::Error &e) {
        rc = code_of(e);
    } catch (const std::bad_alloc &) {
        rc = LSNR_ENOMEM;
    } catch (...) {
        rc = LSNR_EINTERNAL;
    }
    const int out_rc = guarded([&] { return token_out_text(q->request.token(), token_out, len); });
    delete q;
    return rc != LSNR_OK ? rc : out_rc;
}

int fill_choice(const lsnroute::Choice &c, lsnr_choice *out) {
    // Both copies run, even when the first is cut short.
    const bool node_ok = copy_out(out->node, sizeof out->node, c.node);
    const bool dsn_ok = copy_out(out->dsn, sizeof out->dsn, c.dsn);
    const bool ok = node_ok && dsn_ok;
    out->is_primary = c.is_primary ? 1 : 0;
    out->reason = c.reason;
    return ok ? LSNR_OK : LSNR_ETRUNC;
}

}  // namespace

extern "C" {

lsnr_router *lsnr_router_new(const char *config, char *errbuf, size_t errlen) {
    try {
        return new lsnr_router(config ? config : "");
    } catch (const std::exception &e) {
        copy_out(errbuf, errlen, e.what());
    } catch (...) {
        copy_out(errbuf, errlen, "internal error");
    }
    return nullptr;
}

void lsnr_router_free(lsnr_router *r) {
    try {
        delete r;
    } catch (...) {
    }
}

lsnr_request *lsnr_begin(lsnr_router *r, const char *key, size_t keylen) {
    if (!r || !key)
        return nullptr;
    try {
        return new lsnr_request(r->router.begin(std::string_view(key, keylen)));
    } catch (...) {
        return nullptr;
    }
}

lsnr_request *lsnr_begin_hint(lsnr_router *r, const char *key, size_t keylen, const char *hint) {
    if (!r || !key)
        return nullptr;
    try {
        return new lsnr_request(
            r->router.begin_hint(std::string_view(key, keylen), hint ? hint : ""));
    } catch (...) {
        return nullptr;
    }
}

const char *lsnr_request_errmsg(const lsnr_request *q) {
    if (!q)
        return "";
    return q->request.error().c_str();
}

PGconn *lsnr_read(lsnr_request *q) {
    if (!q)
        return nullptr;
    try {
        return q->request.read();
    } catch (...) {
        return nullptr;
    }
}

PGconn *lsnr_write(lsnr_request *q) {
    if (!q)
        return nullptr;
    try {
        return q->request.write();
    } catch (...) {
        return nullptr;
    }
}

const char *lsnr_node(const lsnr_request *q) {
    if (!q)
        return "";
    return q->request.node().c_str();
}

int lsnr_end(lsnr_request *q) {
    if (!q)
        return LSNR_EINVAL;
    return end_with_token(q, nullptr, 0);
}

int lsnr_end_token(lsnr_request *q, char *token_out, size_t len) {
    if (!q)
        return LSNR_EINVAL;
    return end_with_token(q, token_out, len);
}

int lsnr_choose(lsnr_router *r, const char *key, size_t keylen, lsnr_choice *out) {
    if (!r || !key || !out)
        return LSNR_EINVAL;
    return guarded(
        [&] { return fill_choice(r->router.choose(std::string_view(key, keylen)), out); });
}

int lsnr_note_write(lsnr_router *r, const char *key, size_t keylen, const char *lsn) {
    if (!r || !key || !lsn)
        return LSNR_EINVAL;
    return guarded([&] {
        auto l = lsnroute::Lsn::parse(lsn);
        if (!l)
            return LSNR_EINVAL;
        r->router.note_write(std::string_view(key, keylen), *l);
        return LSNR_OK;
    });
}

lsnr_request *lsnr_begin_at(lsnr_router *r, const char *token) {
    if (!r)
        return nullptr;
    try {
        // A malformed token still gets a request (on the primary only);
        // the bad value is counted in the metrics.
        return new lsnr_request(r->router.begin_at(token ? token : "", /*lenient=*/true));
    } catch (...) {
        return nullptr;
    }
}

int lsnr_end_at(lsnr_request *q, char *token_out, size_t len) {
    if (!q)
        return LSNR_EINVAL;
    return end_with_token(q, token_out, len);
}

int lsnr_token(lsnr_router *r, const char *key, size_t keylen, const char *hint, char *out,
               size_t len) {
    if (!r || !key || !out || len == 0)
        return LSNR_EINVAL;
    out[0] = '\0';
    return guarded([&] {
        return token_out_text(r->router.token(std::string_view(key, keylen), hint ? hint : ""), out,
                              len);
    });
}

int lsnr_choose_at(lsnr_router *r, const char *token, lsnr_choice *out) {
    if (!r || !out)
        return LSNR_EINVAL;
    return guarded([&] {
        const lsnroute::Choice c = r->router.choose_at(token ? token : "");
        const int rc = fill_choice(c, out);
        // The read still has a node (the primary), but the caller learns the
        // token was malformed.
        if (rc == LSNR_OK && std::strcmp(c.reason, "bad_token") == 0)
            return LSNR_EINVAL;
        return rc;
    });
}

int lsnr_primary(lsnr_router *r, lsnr_choice *out) {
    if (!r || !out)
        return LSNR_EINVAL;
    return guarded([&] { return fill_choice(r->router.primary(), out); });
}

int lsnr_blacklist(lsnr_router *r, const char *node, long ms) {
    if (!r || !node || ms < 0)
        return LSNR_EINVAL;
    return guarded([&] {
        if (ms == 0)
            r->router.unblacklist(node);
        else
            r->router.blacklist(node, std::chrono::milliseconds(ms));
        return LSNR_OK;
    });
}

int lsnr_metrics(lsnr_router *r, char *buf, size_t len) {
    if (!r || !buf || len == 0)
        return LSNR_EINVAL;
    return guarded([&] { return copy_out(buf, len, r->router.metrics()) ? LSNR_OK : LSNR_ETRUNC; });
}

const char *lsnr_strerror(int code) {
    switch (code) {
        case LSNR_OK:
            return "success";
        case LSNR_EINVAL:
            return "invalid argument (NULL, too long or malformed LSN)";
        case LSNR_ENOMEM:
            return "out of memory";
        case LSNR_ECONFIG:
            return "malformed configuration string";
        case LSNR_EREDIS:
            return "Redis unreachable, timed out or answered an error";
        case LSNR_EPG:
            return "PostgreSQL connection or query failed";
        case LSNR_ENOPRIMARY:
            return "no primary known (registry names none, no `primary` option)";
        case LSNR_ETRUNC:
            return "output buffer too small; output truncated";
        case LSNR_ESTATE:
            return "call not valid in this state";
        case LSNR_EINTERNAL:
            return "unexpected internal failure";
        case LSNR_ETOKEN:
            return "the write committed but its token could not be saved in Redis";
        default:
            return "unknown lsnroute error code";
    }
}

}  // extern "C"
