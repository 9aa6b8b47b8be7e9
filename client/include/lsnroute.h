/*
 * lsnroute.h - the plain C API of the pg_lsnroute client library.
 *
 * Routes each request of a sticky key to a PostgreSQL streaming replica that
 * has replayed past the key's last write, else to the primary.
 * Every function is safe to call from many threads at once. No C++ exception
 * ever crosses this API. Functions returning int return 0 (LSNR_OK) on success
 * and a negative LSNR_E* code on error; lsnr_strerror() names the code.
 *
 * This header is part of the stable contract in docs/design.md: names are only
 * ever added, never renamed or removed.
 */
#ifndef LSNROUTE_H
#define LSNROUTE_H

#include <stddef.h>
#include <libpq-fe.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LSNR_OK 0
#define LSNR_EINVAL (-1)     /* a bad argument (NULL, too long, malformed LSN) */
#define LSNR_ENOMEM (-2)     /* out of memory */
#define LSNR_ECONFIG (-3)    /* malformed configuration string */
#define LSNR_EREDIS (-4)     /* Redis unreachable, timed out or answered an error */
#define LSNR_EPG (-5)        /* PostgreSQL connection or query failed */
#define LSNR_ENOPRIMARY (-6) /* no primary known (registry names none, no `primary` option) */
#define LSNR_ETRUNC (-7)     /* output buffer too small; output truncated */
#define LSNR_ESTATE (-8)     /* call not valid in this state */
#define LSNR_EINTERNAL (-9)  /* unexpected internal failure */
/* Added in 1.1: the request wrote and committed (do not retry the write), but
 * its token could not be stored in Redis within timeout_ms. The write is not
 * acknowledged to other app servers unless the caller carries the token
 * (lsnr_end_token still hands it out). */
#define LSNR_ETOKEN (-10)

/* Buffer sizes (1.1): the fields of lsnr_choice, and an LSN text with its NUL. */
#define LSNR_NODE_MAX 129
#define LSNR_DSN_MAX 1024
#define LSNR_TOKEN_MAX 18 /* "FFFFFFFF/FFFFFFFF" and its NUL */

typedef struct lsnr_router lsnr_router;
typedef struct lsnr_request lsnr_request;
typedef struct lsnr_choice {
    char node[LSNR_NODE_MAX];
    char dsn[LSNR_DSN_MAX];
    int is_primary;
    const char *reason; /* static string; stays valid for the life of the program */
} lsnr_choice;

lsnr_router *lsnr_router_new(const char *config, char *errbuf, size_t errlen);
void lsnr_router_free(lsnr_router *r);

/* Request mode: the library owns pooled libpq connections. The key's token is
 * read from Redis by the first lsnr_read that needs it (a request that writes
 * first reads none: its reads go to the primary). */
lsnr_request *lsnr_begin(lsnr_router *r, const char *key, size_t keylen);
PGconn *lsnr_read(lsnr_request *q);           /* replica if fresh, else primary */
PGconn *lsnr_write(lsnr_request *q);          /* primary; later reads of q go to the primary */
const char *lsnr_node(const lsnr_request *q); /* node of the last connection handed out */
int lsnr_end(lsnr_request *q); /* saves the token if q wrote; returns connections; frees q */

/* Advisory mode: the caller keeps its own driver and connections. */
int lsnr_choose(lsnr_router *r, const char *key, size_t keylen, lsnr_choice *out);
int lsnr_note_write(lsnr_router *r, const char *key, size_t keylen, const char *lsn);

/* Tokens carried by the caller (kept in the app's own session or cookie):
 * no Redis round trip for the token. token: an LSN text, NULL or "" for none. */
lsnr_request *lsnr_begin_at(lsnr_router *r, const char *token);
int lsnr_end_at(lsnr_request *q, char *token_out, size_t len); /* like lsnr_end, saves nothing
                                   in Redis; writes the request's new token (or the old one) */
int lsnr_choose_at(lsnr_router *r, const char *token, lsnr_choice *out);

/* Added in 1.1. Hint mode: the token is kept in Redis AND carried by the caller
 * (a cookie); the request uses max(token in Redis, hint), so a write whose token
 * reached only the caller still protects the user on every app server.
 * A malformed hint is treated as in lsnr_begin_at. */
lsnr_request *lsnr_begin_hint(lsnr_router *r, const char *key, size_t keylen, const char *hint);
/* lsnr_end, and writes the largest of the begin token, the hint and the commit
 * LSN ("" if none) to token_out; LSNR_ETOKEN wins over LSNR_ETRUNC. */
int lsnr_end_token(lsnr_request *q, char *token_out, size_t len);
/* Advisory mode with hints (for drivers such as psycopg2 or Django that keep
 * their own connections): writes the effective token max(token in Redis, floor,
 * hint) to out, for lsnr_choose_at; one Redis round trip. */
int lsnr_token(lsnr_router *r, const char *key, size_t keylen, const char *hint, char *out,
               size_t len);
/* Why the last call on q failed, or "" (owned by q, valid until the next call on q). */
const char *lsnr_request_errmsg(const lsnr_request *q);

/* Added in 1.1, for drivers that keep their own connections (the Python
 * package): the node writes go to now, i.e. the registry's primary, else the
 * `primary` option; is_primary = 1, reason "write". Not counted as a routed
 * read. LSNR_ENOPRIMARY when neither names one. */
int lsnr_primary(lsnr_router *r, lsnr_choice *out);

/* Operations */
int lsnr_blacklist(lsnr_router *r, const char *node, long ms);
int lsnr_metrics(lsnr_router *r, char *buf, size_t len); /* Prometheus text format */
const char *lsnr_strerror(int code);

#ifdef __cplusplus
}
#endif

#endif /* LSNROUTE_H */
