// Internal queries on libpq connections, bounded in time on the client side:
// a black-holed server (packets dropped, no RST) would otherwise block
// PQexec until TCP gives up, stalling a request's end, the maintenance
// thread or lsnr_router_free. After a timeout the connection has a query in
// flight and must be discarded (the pool closes it).
#pragma once

#include <libpq-fe.h>

#include <string>
#include <vector>

#include "pg_result.hpp"

namespace lsnroute {

// How long the router waits for the answer to one internal query (the
// commit LSN, the primary's insert LSN, a replica's replay position, a
// session reset), and the statement_timeout it sets for it on the server.
constexpr long kInternalQueryTimeoutMs = 2000;

// Sends `sql` (one or more statements, simple protocol) and returns every
// result in order, waiting at most timeout_ms for all of them. Throws PgError
// on a timeout or a broken connection (not on an SQL error: that is a result).
std::vector<PgResultPtr> exec_bounded(PGconn *conn, const std::string &sql, long timeout_ms);

// The two halves of exec_bounded, for a query whose answer is read later
// (a pooled connection's reset): send_query sends `sql` within timeout_ms,
// collect_results waits at most timeout_ms for every result of the query in
// flight. Both throw PgError as exec_bounded does.
void send_query(PGconn *conn, const std::string &sql, long timeout_ms);
std::vector<PgResultPtr> collect_results(PGconn *conn, long timeout_ms);

// `query` run under statement_timeout = timeout_ms, restored afterwards, in
// one round trip; returns the result of `query` itself (an error result if it
// failed). Throws PgError as exec_bounded does.
PgResultPtr exec_internal(PGconn *conn, const std::string &query,
                          long timeout_ms = kInternalQueryTimeoutMs);

// PQerrorMessage without its trailing newline.
std::string pg_error_text(PGconn *conn);

}  // namespace lsnroute
