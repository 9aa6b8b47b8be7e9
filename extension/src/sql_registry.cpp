// SQL functions over the Redis registry: registry(), blacklist(),
// unblacklist(). The Redis work happens in registry_reader.cpp and blacklist_writer.cpp (C++,
// catches everything); these wrappers only validate, convert and raise errors.
#include "node_probe.hpp"
#include "pg.hpp"
#include "blacklist_writer.hpp"
#include "registry_reader.hpp"
#include "registry_schema.hpp"

extern "C" {
PG_FUNCTION_INFO_V1(lsnroute_registry);
PG_FUNCTION_INFO_V1(lsnroute_blacklist);
PG_FUNCTION_INFO_V1(lsnroute_unblacklist);
}

namespace {

// Polled while a backend waits on Redis: a query cancel or a termination
// request ends the wait at once (the wrapper then raises it), instead of
// after lsnroute.redis_timeout. Only reads the flags: no longjmp from here.
bool interrupt_pending() {
    return QueryCancelPending || ProcDiePending;
}

void raise_redis_error(LsnrRedisResult rc, const char *err) {
    if (rc == LSNR_INTERRUPTED) {
        CHECK_FOR_INTERRUPTS();  // raises the cancel / terminate error
        ereport(ERROR, (errcode(ERRCODE_QUERY_CANCELED),
                        errmsg("lsnroute: Redis request interrupted: %s", err)));
    }
    const int code = rc == LSNR_UNREACHABLE   ? ERRCODE_CONNECTION_FAILURE
                     : rc == LSNR_REDIS_ERROR ? ERRCODE_EXTERNAL_ROUTINE_EXCEPTION
                                              : ERRCODE_INTERNAL_ERROR;
    ereport(ERROR,
            (errcode(code), errmsg("lsnroute: Redis request failed: %s", err),
             rc == LSNR_UNREACHABLE
                 ? errhint("Check lsnroute.redis_host, lsnroute.redis_port and that Redis is up.")
                 : 0));
}

int64 now_unix_ms() {
    return lsnroute::ext::timestamptz_to_unix_ms(GetCurrentTimestamp());
}

// The node argument becomes part of a Redis key: same rule as the registry.
void check_node_name(text *node_text) {
    char *node = text_to_cstring(node_text);
    if (!lsnroute::schema::valid_node_name(node))
        ereport(ERROR,
                (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid node name \"%s\"", node),
                 errdetail("A node name is 1 to 128 characters of A-Z a-z 0-9 _ . : -")));
    pfree(node);
}

}  // namespace

extern "C" Datum lsnroute_registry(PG_FUNCTION_ARGS) {
    ReturnSetInfo *rsinfo = reinterpret_cast<ReturnSetInfo *>(fcinfo->resultinfo);
    InitMaterializedSRF(fcinfo, 0);
    if (rsinfo->setDesc->natts != 7 && rsinfo->setDesc->natts != 10)
        ereport(ERROR, (errcode(ERRCODE_DATATYPE_MISMATCH),
                        errmsg("lsnroute.registry() has %d columns, expected 7 or 10",
                               rsinfo->setDesc->natts),
                        errhint("Run ALTER EXTENSION lsnroute UPDATE.")));

    LsnrRegistryRow *rows = nullptr;
    size_t n = 0;
    char err[512];
    const LsnrRedisResult rc =
        lsnr_registry_fetch(&rows, &n, now_unix_ms(), interrupt_pending, err, sizeof err);
    if (rc != LSNR_OK)
        raise_redis_error(rc, err);

    for (size_t i = 0; i < n; i++) {
        const LsnrRegistryRow &r = rows[i];
        // 1.0 SQL objects have 7 columns, 1.1 ones 10: fill what the caller has.
        Datum values[10];
        bool nulls[10];
        memset(nulls, 0, sizeof nulls);
        values[0] = CStringGetTextDatum(r.node);
        values[1] = CStringGetTextDatum(r.role);
        values[2] = CStringGetTextDatum(r.dsn);
        values[3] = LSNGetDatum(r.replay_lsn);
        nulls[3] = !r.has_replay;
        values[4] = Int64GetDatum(r.lag_ms);
        nulls[4] = !r.has_lag;
        values[5] = TimestampTzGetDatum(lsnroute::ext::unix_ms_to_timestamptz(r.published_at_ms));
        nulls[5] = !r.has_published;
        values[6] =
            TimestampTzGetDatum(lsnroute::ext::unix_ms_to_timestamptz(r.blacklisted_until_ms));
        nulls[6] = !r.has_blacklist;
        values[7] = Int64GetDatum(r.system_id);
        nulls[7] = !r.has_system_id;
        values[8] = TimestampTzGetDatum(lsnroute::ext::unix_ms_to_timestamptz(r.started_at_ms));
        nulls[8] = !r.has_started_at;
        nulls[9] = r.lag_source[0] == '\0';
        if (!nulls[9])
            values[9] = CStringGetTextDatum(r.lag_source);
        tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
    }
    free(rows);
    return (Datum)0;
}

extern "C" Datum lsnroute_blacklist(PG_FUNCTION_ARGS) {
    text *node = PG_GETARG_TEXT_PP(0);
    Interval *duration = PG_GETARG_INTERVAL_P(1);
    check_node_name(node);
    // An interval's months have no fixed length; count them as 30 days, like
    // interval comparison does.
    const int64 us = duration->time + (int64)duration->day * USECS_PER_DAY +
                     (int64)duration->month * DAYS_PER_MONTH * USECS_PER_DAY;
    if (us < 0)
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("blacklist duration must not be negative")));
    char *name = text_to_cstring(node);
    char err[512];
    const LsnrRedisResult rc = lsnr_registry_blacklist(name, now_unix_ms() + us / 1000,
                                                       interrupt_pending, err, sizeof err);
    if (rc != LSNR_OK)
        raise_redis_error(rc, err);
    PG_RETURN_VOID();
}

extern "C" Datum lsnroute_unblacklist(PG_FUNCTION_ARGS) {
    text *node = PG_GETARG_TEXT_PP(0);
    check_node_name(node);
    char *name = text_to_cstring(node);
    char err[512];
    const LsnrRedisResult rc =
        lsnr_registry_blacklist(name, -1, interrupt_pending, err, sizeof err);
    if (rc != LSNR_OK)
        raise_redis_error(rc, err);
    PG_RETURN_VOID();
}
