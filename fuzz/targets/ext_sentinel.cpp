// The extension worker's Redis session (extension/src/redis_session.cpp):
// Sentinel discovery at connect (SENTINEL get-master-addr-by-name, then ROLE
// on the master) and the heartbeat's SentinelWatch, against fake servers
// answering fuzzed replies; and the address list of lsnroute.redis_sentinels.
// A crash here would take the worker, and with it the whole PostgreSQL node,
// down.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>

#include "check.hpp"
#include "fake_redis.hpp"
#include "redis_session.hpp"
#include "registry_answers.hpp"

using namespace lsnroute::ext;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static fuzz::FakeRedis sentinel, master;
    FuzzedDataProvider in(data, size);
    const std::string list = in.ConsumeRandomLengthString(64);
    try {
        for (const Endpoint &ep : parse_endpoints(list))
            FUZZ_CHECK(!ep.host.empty() && ep.port >= 1 && ep.port <= 65535);
    } catch (const RedisError &) {
    }
    RedisSettings s;
    s.sentinels = "127.0.0.1:" + std::to_string(sentinel.port());
    s.master_name = "mymaster";
    s.timeout_ms = 200;
    if (in.ConsumeBool())
        s.password = "secret";
    fuzz::RegistryAnswers answers(in, {master.port(), sentinel.port()});
    const fuzz::Serving serving({&sentinel, &master},
                                [&answers](const auto &argv) { return answers(argv); });
    try {
        RedisConnection c = open_session(s, nullptr);
        FUZZ_CHECK(c.endpoint().port >= 1);
    } catch (const RedisError &) {
    }
    SentinelWatch watch(s, nullptr);
    for (int i = 0; i < 2; ++i) {
        std::string why;
        if (const auto m = watch.master(&why))
            FUZZ_CHECK(!m->host.empty() && m->port >= 1 && m->port <= 65535);
    }
    return 0;
}
