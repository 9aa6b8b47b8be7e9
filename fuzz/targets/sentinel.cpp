// Redis Sentinel master discovery in the client (client/src/redis/sentinel.cpp):
// a fake Sentinel answers SENTINEL get-master-addr-by-name, a fake master
// answers ROLE, both with fuzzed (or any) replies.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>

#include "check.hpp"
#include "fake_redis.hpp"
#include "redis/sentinel.hpp"
#include "registry_answers.hpp"

using namespace lsnroute::redis;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static fuzz::FakeRedis sentinel, master;
    FuzzedDataProvider in(data, size);
    fuzz::RegistryAnswers answers(in, {master.port(), sentinel.port()});
    const fuzz::Serving serving({&sentinel, &master},
                                [&answers](const auto &argv) { return answers(argv); });
    SentinelResolver resolver({{"127.0.0.1", sentinel.port()}, {"127.0.0.1", sentinel.port()}},
                              "mymaster", Login{});
    try {
        ResolvedMaster m = resolver.resolve(Clock::now() + std::chrono::milliseconds(200));
        FUZZ_CHECK(m.connection != nullptr);
    } catch (const Error &) {
    }
    return 0;
}
