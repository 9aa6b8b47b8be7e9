// Primary load of one run: rows the primary fetched or returned for the run
// (pg_stat_database.tup_fetched + tup_returned of the workload's database).
//
// PostgreSQL 15 backends flush their statistics to shared memory at most once
// a second while busy and up to 10 s later when idle, but always when they
// exit. So a run's delta is only exact once every connection of the run has
// closed: after_run() waits until no other client backend is left on the
// primary before it reads the counters.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace lsnroute::bench {

class PrimaryLoad {
  public:
    explicit PrimaryLoad(std::string primary_conninfo) : conninfo_(std::move(primary_conninfo)) {}

    // Waits for quiet, then remembers the counters. false: err says why.
    bool before_run(std::string &err);
    // Waits for quiet, then returns the rows counted since before_run() (-1
    // with err set when the counters could not be read). `quiet` tells
    // whether every other client backend had gone; when it is false the
    // number may miss up to the last second of a backend still connected.
    int64_t after_run(bool &quiet, std::string &err);

  private:
    bool wait_quiet(std::chrono::milliseconds wait, std::string &err);
    bool read_rows(int64_t &rows, std::string &err);

    std::string conninfo_;
    int64_t start_ = 0;
};

}  // namespace lsnroute::bench
