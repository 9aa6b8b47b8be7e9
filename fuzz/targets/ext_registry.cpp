// lsnroute.registry() in a backend (extension/src/registry_reader.cpp):
// the node set, the blacklist ZSET and every node's HMGET, as a fake Redis
// answers them (fuzzed registry contents, any reply, dropped connections).
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "check.hpp"
#include "fake_redis.hpp"
#include "registry_answers.hpp"
#include "registry_reader.hpp"
#include "settings.hpp"

namespace {
fuzz::FakeRedis &server() {
    static fuzz::FakeRedis s;
    return s;
}
}  // namespace

// The GUC snapshot of extension/src/settings.cpp, which needs a backend:
// here it names the fake server.
lsnroute::ext::Settings lsnroute::ext::current_settings() {
    Settings s;
    s.redis.host = "127.0.0.1";
    s.redis.port = server().port();
    s.redis.timeout_ms = 200;
    s.cluster = "fuzz";
    s.node_name = "fuzz";
    return s;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzedDataProvider in(data, size);
    const int64_t now_ms = in.ConsumeIntegral<int64_t>();
    fuzz::RegistryAnswers answers(in, {server().port()});
    const fuzz::Serving serving({&server()},
                                [&answers](const auto &argv) { return answers(argv); });
    LsnrRegistryRow *rows = nullptr;
    size_t n = 0;
    char err[256];
    const LsnrRedisResult rc = lsnr_registry_fetch(&rows, &n, now_ms, nullptr, err, sizeof err);
    if (rc == LSNR_OK) {
        for (size_t i = 0; i < n; ++i) {
            FUZZ_CHECK(std::memchr(rows[i].node, '\0', sizeof rows[i].node) != nullptr);
            FUZZ_CHECK(std::memchr(rows[i].dsn, '\0', sizeof rows[i].dsn) != nullptr);
        }
    } else {
        FUZZ_CHECK(rows == nullptr && std::memchr(err, '\0', sizeof err) != nullptr);
    }
    std::free(rows);
    return 0;
}
