// The workload's table, created on the primary:
//
//     lsnr_demo_users(id int primary key, version bigint, payload text)
//
// One row per simulated user; a write bumps `version`, a read returns it.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace lsnroute::workload {

// The statements the engine runs (one autocommit statement each).
// Read: $1 = user id -> version, the serving node's lsnroute.node_name, and
// whether that node is in recovery (a replica).
extern const char *const kReadSql;
// Write: $1 = user id, $2 = payload -> the new version.
extern const char *const kWriteSql;

// (Re)creates the table with rows 1..users at version 0, then waits until every
// streaming replica of the primary has replayed it (pg_stat_replication), at
// most `wait`. Returns "" on success, else the error.
std::string prepare_schema(const std::string &primary_conninfo, int64_t users,
                           std::chrono::milliseconds wait = std::chrono::seconds(60));

}  // namespace lsnroute::workload
