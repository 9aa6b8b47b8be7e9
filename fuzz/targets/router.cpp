// A real router (lsnr_router_new, its registry watcher and subscriber
// threads) in front of fake Redis servers answering random RESP, driven
// through the C API by a request sequence drawn from the input: standalone,
// Cluster (two fake nodes) or Sentinel (a fake Sentinel naming a fake
// master). Nothing may crash, hang or throw past the C API.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "check.hpp"
#include "fake_redis.hpp"
#include "lsnroute.h"
#include "registry_answers.hpp"

namespace {

std::string config(FuzzedDataProvider &in, int a, int b, int s) {
    const std::string pa = std::to_string(a), pb = std::to_string(b), ps = std::to_string(s);
    std::string c;
    switch (in.ConsumeIntegralInRange<int>(0, 2)) {
        case 0:
            c = "redis=127.0.0.1:" + pa;
            break;
        case 1:
            c = "redis=127.0.0.1:" + pa + ",127.0.0.1:" + pb + " redis_mode=cluster";
            break;
        default:
            c = "redis=127.0.0.1:" + ps + " redis_mode=sentinel redis_master_name=mymaster";
            break;
    }
    static const char *const policies[] = {"least_lag", "random", "round_robin"};
    c += " cluster=fuzz timeout_ms=" + std::to_string(in.ConsumeIntegralInRange<int>(5, 50));
    c += " refresh_ms=" + std::to_string(in.ConsumeIntegralInRange<int>(1, 20));
    c += " max_lag_ms=" + std::to_string(in.ConsumeIntegralInRange<int>(0, 10000));
    c += " replica_wait_ms=" + std::to_string(in.ConsumeIntegralInRange<int>(0, 20));
    c += std::string(" policy=") + policies[in.ConsumeIntegralInRange<int>(0, 2)];
    c += " pool_size=2 pg='connect_timeout=1'";
    if (in.ConsumeBool())
        c += " primary='host=127.0.0.1 port=" + pa + "'";
    return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static fuzz::FakeRedis node_a, node_b, sentinel;
    FuzzedDataProvider in(data, size);
    const std::string conf = config(in, node_a.port(), node_b.port(), sentinel.port());
    const int ops = in.ConsumeIntegralInRange<int>(0, 12);
    fuzz::RegistryAnswers answers(in, {node_a.port(), node_b.port(), sentinel.port()});
    const fuzz::Serving serving({&node_a, &node_b, &sentinel},
                                [&answers](const auto &argv) { return answers(argv); });
    char err[256];
    lsnr_router *r = lsnr_router_new(conf.c_str(), err, sizeof err);
    FUZZ_CHECK(r != nullptr);  // the configuration is always valid
    const char *const keys[] = {"user:1", "user:2", ""};
    const char *const lsns[] = {"0/16B3748", "FFFFFFFF/FFFFFFFF", "0/0", "junk", ""};
    for (int i = 0; i < ops; ++i) {
        const char *key = keys[i % 3];
        const char *lsn = lsns[i % 5];
        lsnr_choice choice;
        char token[LSNR_TOKEN_MAX];
        switch (i % 8) {
            case 0:
                if (lsnr_choose(r, key, std::strlen(key), &choice) == LSNR_OK)
                    FUZZ_CHECK(std::memchr(choice.dsn, '\0', sizeof choice.dsn) != nullptr);
                break;
            case 1:
                (void)lsnr_note_write(r, key, std::strlen(key), lsn);
                break;
            case 2: {
                lsnr_request *q = lsnr_begin_at(r, lsn);
                if (q) {
                    (void)lsnr_read(q);
                    if (lsnr_end_at(q, token, sizeof token) == LSNR_OK)
                        FUZZ_CHECK(std::memchr(token, '\0', sizeof token) != nullptr);
                }
                break;
            }
            case 3:
                (void)lsnr_choose_at(r, lsn, &choice);
                break;
            case 4: {
                lsnr_request *q = lsnr_begin(r, key, std::strlen(key));
                if (q) {
                    (void)lsnr_read(q);
                    (void)lsnr_end(q);
                }
                break;
            }
            case 5: {
                lsnr_request *q = lsnr_begin(r, key, std::strlen(key));
                if (q) {
                    (void)lsnr_write(q);
                    (void)lsnr_node(q);
                    (void)lsnr_end(q);
                }
                break;
            }
            case 6:
                (void)lsnr_blacklist(r, "n1", 10);
                break;
            default: {
                char metrics[8192];
                (void)lsnr_metrics(r, metrics, sizeof metrics);
                break;
            }
        }
    }
    lsnr_router_free(r);
    return 0;
}
