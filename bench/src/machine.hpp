// The facts a reader needs to judge the numbers: when, on what machine, with
// which server versions.
#pragma once

#include <string>

namespace lsnroute::bench {

struct Machine {
    std::string date_utc;  // ISO 8601, when the benchmark started
    int nproc = 0;
    std::string cpu_model;
    std::string kernel;
    std::string pg_version;     // server_version of the primary
    std::string redis_version;  // INFO server
    std::string pgpool_version;
};

// Reads what it can; a fact it cannot read is "unknown".
Machine read_machine(const std::string &primary_conninfo, const std::string &redis_host,
                     int redis_port);

}  // namespace lsnroute::bench
