// SQL functions about this node: status(), last_commit_lsn(), wait_for_lsn().
// Plain C-style code: these call ereport(ERROR) and build tuples, so no C++
// object with a destructor may live in their frames.
#include "commit_tracker.hpp"
#include "lsn_waiters.hpp"
#include "node_probe.hpp"
#include "pg.hpp"
#include "shared_state.hpp"

extern "C" {
PG_FUNCTION_INFO_V1(lsnroute_status);
PG_FUNCTION_INFO_V1(lsnroute_last_commit_lsn);
PG_FUNCTION_INFO_V1(lsnroute_wait_for_lsn);
}

// One row from shared memory: what the worker last published and how its
// Redis connection fares.
extern "C" Datum lsnroute_status(PG_FUNCTION_ARGS) {
    if (lsnr_shared == nullptr)
        ereport(ERROR, (errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
                        errmsg("lsnroute is not loaded through shared_preload_libraries"),
                        errhint("Add lsnroute to shared_preload_libraries in postgresql.conf "
                                "and restart the server.")));

    TupleDesc tupdesc;
    if (get_call_result_type(fcinfo, nullptr, &tupdesc) != TYPEFUNC_COMPOSITE)
        ereport(ERROR,
                (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                 errmsg("lsnroute.status() must be called in a context that accepts a row")));
    tupdesc = BlessTupleDesc(tupdesc);

    LsnrStatus st;
    lsnr_shared_read_status(&st);

    // The 1.1 columns exist only once the SQL objects are 1.1 (ALTER
    // EXTENSION lsnroute UPDATE): fill as many columns as the caller has.
    constexpr int kColumns = 14;
    Datum values[kColumns];
    bool nulls[kColumns];
    memset(nulls, 0, sizeof nulls);
    const bool p = st.has_published;
    if (st.node_name[0] != '\0')
        values[0] = CStringGetTextDatum(st.node_name);
    else
        nulls[0] = true;
    if (p)
        values[1] = CStringGetTextDatum(st.role);
    else
        nulls[1] = true;
    values[2] = LSNGetDatum(st.replay_lsn);
    nulls[2] = !p;
    values[3] = LSNGetDatum(st.receive_lsn);
    nulls[3] = !p || st.receive_lsn == InvalidXLogRecPtr;
    values[4] = LSNGetDatum(st.flush_lsn);
    nulls[4] = !p || st.flush_lsn == InvalidXLogRecPtr;
    values[5] = Int64GetDatum(st.lag_ms);
    nulls[5] = !p;
    values[6] = TimestampTzGetDatum(st.published_at);
    nulls[6] = !p;
    values[7] = Int64GetDatum(st.publishes);
    values[8] = Int64GetDatum(st.failures);
    if (st.last_error[0] != '\0')
        values[9] = CStringGetTextDatum(st.last_error);
    else
        nulls[9] = true;
    values[10] = BoolGetDatum(st.redis_connected);
    // Added in 1.1. system_id as pg_control_system() shows it (bigint).
    values[11] = Int64GetDatum(static_cast<int64>(GetSystemIdentifier()));
    values[12] =
        TimestampTzGetDatum(lsnroute::ext::unix_ms_to_timestamptz(lsnr_shared->started_at_ms));
    if (p && st.lag_source[0] != '\0')
        values[13] = CStringGetTextDatum(st.lag_source);
    else
        nulls[13] = true;
    if (tupdesc->natts != 11 && tupdesc->natts != kColumns)
        ereport(ERROR, (errcode(ERRCODE_DATATYPE_MISMATCH),
                        errmsg("lsnroute.status() has %d columns, expected 11 or %d",
                               tupdesc->natts, kColumns),
                        errhint("Run ALTER EXTENSION lsnroute UPDATE.")));

    PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

// The exact token for this session's own writes: a replica that replayed up
// to here shows them (see commit_tracker.cpp for why not XactLastCommitEnd).
extern "C" Datum lsnroute_last_commit_lsn(PG_FUNCTION_ARGS) {
    (void)fcinfo;
    const uint64_t lsn = lsnr_last_commit_end();
    if (lsn == InvalidXLogRecPtr)
        PG_RETURN_NULL();
    PG_RETURN_LSN(lsn);
}

extern "C" Datum lsnroute_wait_for_lsn(PG_FUNCTION_ARGS) {
    const XLogRecPtr target = PG_GETARG_LSN(0);
    const int32 timeout_ms = PG_GETARG_INT32(1);
    if (timeout_ms < 0)
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("timeout_ms must not be negative, got %d", timeout_ms)));
    PG_RETURN_BOOL(lsnr_wait_for_lsn(target, timeout_ms));
}
