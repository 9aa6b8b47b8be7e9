// `lsnroute demo`: the multi-user read-after-write workload of `make demo`,
// through the router, against a running topology (scripts/demo.sh starts it).
#pragma once

namespace lsnroute::workload {

// argv[0] is the verb ("demo"). Options: see `demo --help`. Returns the exit
// status: 0 when the run had no stale read and no failed request.
int demo_main(int argc, char **argv);

}  // namespace lsnroute::workload
