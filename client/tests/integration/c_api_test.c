/*
 * The C API from a plain C program (compiled as C99, linked like any C
 * application would link liblsnroute): request mode, carried tokens,
 * advisory mode, metrics and errors, against the real topology.
 * Run through scripts/topology.sh, which sets LSNROUTE_CONFIG.
 */
#define _POSIX_C_SOURCE 200809L /* nanosleep under -std=c99 */

#include <lsnroute.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int failures = 0;

#define CHECK(cond, ...)                                                      \
    do {                                                                      \
        if (!(cond)) {                                                        \
            fprintf(stderr, "%s:%d: FAILED %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                     \
            fprintf(stderr, "\n");                                            \
            failures++;                                                       \
        }                                                                     \
    } while (0)

static void sleep_ms(long ms) {
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* Runs sql on c; returns the first value of the first row (static buffer),
 * or NULL on failure. */
static const char *query(PGconn *c, const char *sql) {
    static char value[256];
    PGresult *r = PQexec(c, sql);
    const char *out = NULL;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0) {
        snprintf(value, sizeof value, "%s", PQgetvalue(r, 0, 0));
        out = value;
    } else if (PQresultStatus(r) == PGRES_COMMAND_OK) {
        value[0] = '\0';
        out = value;
    } else {
        fprintf(stderr, "query `%s`: %s", sql, PQerrorMessage(c));
    }
    PQclear(r);
    return out;
}

static int is_lsn(const char *s) {
    unsigned hi, lo;
    char end;
    return s && sscanf(s, "%X/%X%c", &hi, &lo, &end) == 2;
}

int main(void) {
    const char *config = getenv("LSNROUTE_CONFIG");
    char err[256] = "";
    char sql[256];
    char key[32];
    if (!config) {
        fprintf(stderr, "LSNROUTE_CONFIG is not set: run through scripts/topology.sh\n");
        return 2;
    }

    /* A bad configuration is refused with a message naming the value. */
    lsnr_router *bad = lsnr_router_new("max_lag_ms=soon", err, sizeof err);
    CHECK(bad == NULL, "a malformed config was accepted");
    CHECK(strstr(err, "soon") != NULL, "the error does not name the bad value: '%s'", err);
    if (bad)
        lsnr_router_free(bad);

    lsnr_router *r = lsnr_router_new(config, err, sizeof err);
    if (!r) {
        fprintf(stderr, "lsnr_router_new: %s\n", err);
        return 1;
    }
    CHECK(strlen(lsnr_strerror(LSNR_EREDIS)) > 0, "no text for LSNR_EREDIS");
    CHECK(lsnr_begin(NULL, "k", 1) == NULL, "lsnr_begin accepted a NULL router");

    /* Wait until the registry is loaded and a replica is fresh. */
    lsnr_choice ch;
    int tries = 0;
    while (tries++ < 3000) {
        memset(&ch, 0, sizeof ch);
        if (lsnr_choose_at(r, "", &ch) == LSNR_OK && !ch.is_primary)
            break;
        sleep_ms(20);
    }
    CHECK(!ch.is_primary, "the router never chose a replica");
    CHECK(ch.node[0] != '\0' && ch.dsn[0] != '\0' && ch.reason != NULL, "empty choice");

    /* Request mode: a write, then a later request of the same key reads it. */
    lsnr_request *q = lsnr_begin(r, "c-setup", 7);
    CHECK(q != NULL, "lsnr_begin");
    PGconn *w = q ? lsnr_write(q) : NULL;
    CHECK(w != NULL, "lsnr_write");
    if (w)
        CHECK(query(w, "CREATE TABLE IF NOT EXISTS lsnr_c_api (k text PRIMARY KEY, v bigint)"),
              "create table");
    if (q)
        CHECK(lsnr_end(q) == LSNR_OK, "lsnr_end after create");

    int stale = 0, replica_reads = 0, reads = 0;
    for (int i = 1; i <= 300; i++) {
        snprintf(key, sizeof key, "c-user-%d", i % 20);
        q = lsnr_begin(r, key, strlen(key));
        w = q ? lsnr_write(q) : NULL;
        CHECK(w != NULL, "lsnr_write %d", i);
        if (!w)
            break;
        snprintf(sql, sizeof sql,
                 "INSERT INTO lsnr_c_api VALUES ('%s', %d) "
                 "ON CONFLICT (k) DO UPDATE SET v = excluded.v",
                 key, i);
        CHECK(query(w, sql) != NULL, "write %d", i);
        CHECK(strcmp(lsnr_node(q), "primary") == 0, "a write went to %s", lsnr_node(q));
        CHECK(lsnr_end(q) == LSNR_OK, "lsnr_end %d", i);

        q = lsnr_begin(r, key, strlen(key));
        PGconn *c = q ? lsnr_read(q) : NULL;
        CHECK(c != NULL, "lsnr_read %d", i);
        if (!c)
            break;
        snprintf(sql, sizeof sql, "SELECT v FROM lsnr_c_api WHERE k = '%s'", key);
        const char *v = query(c, sql);
        reads++;
        if (!v || atoi(v) != i)
            stale++;
        if (strcmp(lsnr_node(q), "primary") != 0)
            replica_reads++;
        lsnr_end(q);
        if (i % 3 == 0)
            sleep_ms(15); /* sometimes give the replicas time to catch up */
    }
    CHECK(stale == 0, "%d of %d reads did not see the write before them", stale, reads);
    CHECK(replica_reads > 0, "no read after a write ever went to a replica");

    /* Carried tokens: the token comes back to the caller, not to Redis. */
    q = lsnr_begin_at(r, NULL);
    w = q ? lsnr_write(q) : NULL;
    CHECK(w != NULL, "lsnr_write (carried)");
    if (w)
        CHECK(query(w, "UPDATE lsnr_c_api SET v = 1000 WHERE k = 'c-user-1'") != NULL,
              "carried write");
    char token[32] = "";
    if (q)
        CHECK(lsnr_end_at(q, token, sizeof token) == LSNR_OK, "lsnr_end_at");
    CHECK(is_lsn(token), "lsnr_end_at gave no LSN: '%s'", token);
    q = lsnr_begin_at(r, token);
    PGconn *c = q ? lsnr_read(q) : NULL;
    CHECK(c != NULL, "lsnr_read (carried)");
    if (c) {
        const char *v = query(c, "SELECT v FROM lsnr_c_api WHERE k = 'c-user-1'");
        CHECK(v && atoi(v) == 1000, "carried-token read saw %s on %s", v ? v : "(error)",
              lsnr_node(q));
    }
    char token2[32] = "";
    if (q)
        CHECK(lsnr_end_at(q, token2, sizeof token2) == LSNR_OK, "lsnr_end_at (read only)");
    CHECK(strcmp(token, token2) == 0, "a read-only request changed the token: %s -> %s", token,
          token2);
    /* A malformed token is refused, or (docs/design.md) the request gets the primary. */
    q = lsnr_begin_at(r, "not-an-lsn");
    if (q) {
        CHECK(lsnr_read(q) != NULL && strcmp(lsnr_node(q), "primary") == 0,
              "a request with a malformed token read from %s", lsnr_node(q));
        lsnr_end(q);
    }
    CHECK(lsnr_choose_at(r, token, &ch) == LSNR_OK, "lsnr_choose_at");

    /* Advisory mode. */
    CHECK(lsnr_choose(r, "c-user-1", 8, &ch) == LSNR_OK, "lsnr_choose");
    CHECK(ch.dsn[0] != '\0', "lsnr_choose gave no dsn");
    CHECK(lsnr_note_write(r, "c-user-1", 8, "zz") == LSNR_EINVAL, "a malformed LSN was accepted");
    CHECK(lsnr_note_write(r, "c-user-1", 8, token) == LSNR_OK, "lsnr_note_write");

    /* Operations. */
    char metrics[65536];
    CHECK(lsnr_metrics(r, metrics, sizeof metrics) == LSNR_OK, "lsnr_metrics");
    CHECK(strlen(metrics) > 0 && strstr(metrics, "# TYPE") != NULL,
          "metrics are not Prometheus text");
    char tiny[8];
    CHECK(lsnr_metrics(r, tiny, sizeof tiny) == LSNR_ETRUNC, "a small buffer was not reported");

    lsnr_router_free(r);
    printf("RESULT c-api reads=%d stale=%d replica_reads=%d failures=%d\n", reads, stale,
           replica_reads, failures);
    return failures == 0 ? 0 : 1;
}
