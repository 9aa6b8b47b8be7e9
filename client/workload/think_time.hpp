// Think time between two requests of one simulated user: with probability
// `immediate_share` the next request follows at once (a redirect after a form
// post, a page's follow-up XHR: the case that tests read-your-writes hardest),
// otherwise after an exponentially distributed pause with mean `mean_ms`.
#pragma once

#include <chrono>
#include <random>

namespace lsnroute::workload {

struct ThinkTime {
    double immediate_share = 0.3;
    double mean_ms = 100.0;

    template <class Rng>
    std::chrono::microseconds draw(Rng &rng) const {
        std::uniform_real_distribution<double> coin(0.0, 1.0);
        if (coin(rng) < immediate_share || mean_ms <= 0)
            return std::chrono::microseconds(0);
        std::exponential_distribution<double> pause(1.0 / mean_ms);
        return std::chrono::microseconds(static_cast<long long>(pause(rng) * 1000.0));
    }
};

}  // namespace lsnroute::workload
