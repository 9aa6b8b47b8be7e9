// Unit tests of the engine's pieces that decide its numbers: percentiles, the
// acknowledgement table, the think-time mix and the JSON output.
#include <gtest/gtest.h>

#include <random>
#include <thread>
#include <vector>

#include "ack_table.hpp"
#include "latency.hpp"
#include "summary.hpp"
#include "think_time.hpp"

namespace lsnroute::workload {
namespace {

TEST(LatencySamples, NearestRankPercentiles) {
    LatencySamples s;
    for (int i = 100; i >= 1; --i)
        s.add_ns(int64_t{i} * 1000);  // 1..100 us, unsorted
    const Percentiles p = s.percentiles();
    EXPECT_EQ(p.count, 100);
    EXPECT_DOUBLE_EQ(p.p50_us, 50);
    EXPECT_DOUBLE_EQ(p.p99_us, 99);
    EXPECT_DOUBLE_EQ(p.max_us, 100);
}

TEST(LatencySamples, EmptyAndSingle) {
    LatencySamples s;
    EXPECT_EQ(s.percentiles().count, 0);
    s.add_ns(7000);
    EXPECT_DOUBLE_EQ(s.percentiles().p99_us, 7);
    LatencySamples t;
    t.add_ns(1000);
    t.merge(s);
    EXPECT_EQ(t.percentiles().count, 2);
    EXPECT_DOUBLE_EQ(t.percentiles().p50_us, 1);
}

TEST(AckTable, OnlyEverRaisesUnderConcurrentWriters) {
    AckTable acks(1);
    EXPECT_EQ(acks.get(1).version, -1);
    std::vector<std::thread> threads;
    threads.reserve(4);
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&acks, t] {
            std::mt19937 rng(static_cast<unsigned>(t));
            for (int i = 0; i < 20000; ++i)
                acks.raise(1, static_cast<int64_t>(rng() % 100000), i);
        });
    threads.emplace_back([&acks] {
        int64_t last = -1;
        for (int i = 0; i < 20000; ++i) {
            const int64_t v = acks.get(1).version;
            EXPECT_GE(v, last);
            last = v;
        }
    });
    acks.raise(1, 100000, 1);
    for (auto &t : threads)
        t.join();
    EXPECT_EQ(acks.get(1).version, 100000);
    acks.raise(1, 5, 2);
    EXPECT_EQ(acks.get(1).version, 100000);
}

TEST(ThinkTime, ImmediateShareAndMean) {
    ThinkTime think{0.3, 100.0};
    std::mt19937_64 rng(42);
    int immediate = 0;
    double total_ms = 0;
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
        const auto d = think.draw(rng);
        if (d.count() == 0)
            ++immediate;
        else
            total_ms += static_cast<double>(d.count()) / 1000.0;
    }
    EXPECT_NEAR(static_cast<double>(immediate) / n, 0.3, 0.02);
    EXPECT_NEAR(total_ms / (n - immediate), 100.0, 5.0);
}

TEST(SummaryJson, EscapesAndCarriesTheNumbers) {
    Summary s;
    s.system = "quote\" back\\slash\nnewline";
    s.reads = 10;
    s.replica_reads = 7;
    s.reads_by_node["r1"] = 7;
    s.errors.push_back("tab\there");
    const std::string j = summary_json(s);
    EXPECT_NE(j.find(R"("system":"quote\" back\\slash\nnewline")"), std::string::npos) << j;
    EXPECT_NE(j.find(R"("replica_share":0.7000)"), std::string::npos) << j;
    EXPECT_NE(j.find(R"("reads_by_node":{"r1":7})"), std::string::npos) << j;
    EXPECT_NE(j.find(R"("errors":["tab\there"])"), std::string::npos) << j;
}

}  // namespace
}  // namespace lsnroute::workload
