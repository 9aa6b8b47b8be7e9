// What the fake Redis servers answer in the Redis-facing fuzz targets: for
// each command, either a reply of the shape a real Redis holding an lsnroute
// registry would give (node hashes, events, CLUSTER SLOTS, Sentinel and ROLE
// replies) with fuzzed contents, or any RESP at all, or a dropped
// connection. All of it is drawn from the fuzz input.
#pragma once

#include <fuzzer/FuzzedDataProvider.h>

#include <mutex>
#include <string>
#include <vector>

#include "fake_redis.hpp"
#include "resp.hpp"

namespace fuzz {

class RegistryAnswers {
  public:
    // `ports`: the fake servers, named in the addresses the answers give out.
    RegistryAnswers(FuzzedDataProvider &in, std::vector<int> ports);

    Answer operator()(const std::vector<std::string> &argv);

    // Well-formed pieces, also used by the targets directly (not under the
    // lock: only while no fake server answers with this object).
    std::string lsn_text();
    std::string cluster_slots();
    std::string master_addr();
    std::string role();
    std::string node_hash();
    std::string event_message();
    std::string port_text();

  private:
    std::string shaped(const std::string &cmd, const std::vector<std::string> &argv);

    std::mutex mu_;
    FuzzedDataProvider &in_;
    std::vector<int> ports_;
    Vocabulary vocab_;
};

}  // namespace fuzz
