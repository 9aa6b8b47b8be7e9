// The Redis Cluster slot map (client/src/redis/cluster_slots.cpp): CLUSTER
// SLOTS answered by a fake node with fuzzed ranges (or anything else), then
// the lookups the Cluster client makes on the map it built.
#include <fuzzer/FuzzedDataProvider.h>

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "check.hpp"
#include "fake_redis.hpp"
#include "redis/cluster_slots.hpp"
#include "registry_answers.hpp"

using namespace lsnroute::redis;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static fuzz::FakeRedis node_a, node_b;
    FuzzedDataProvider in(data, size);
    fuzz::RegistryAnswers answers(in, {node_a.port(), node_b.port()});
    const fuzz::Serving serving({&node_a, &node_b},
                                [&answers](const auto &argv) { return answers(argv); });
    Options opts;
    opts.mode = Mode::Cluster;
    opts.seeds = {{"127.0.0.1", node_a.port()}};
    opts.timeout = std::chrono::milliseconds(200);
    std::atomic<uint64_t> generation{0};
    ClusterSlots slots(opts, &generation);
    for (int round = 0; round < 2; ++round) {
        try {
            slots.refresh(Clock::now() + opts.timeout);
        } catch (const Error &) {
        }
        const Deadline now = Clock::now();
        for (uint16_t slot : {uint16_t{0}, uint16_t{5460}, uint16_t{16383}}) {
            try {
                FUZZ_CHECK(slots.owner(slot, now) != nullptr);
            } catch (const Error &) {
            }
        }
        try {
            FUZZ_CHECK(!slots.masters(now).empty());
        } catch (const Error &) {
        }
        FUZZ_CHECK(slots.any(now) != nullptr);
    }
    return 0;
}
