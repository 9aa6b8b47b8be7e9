// See lag_history.hpp.
#include "lag_history.hpp"

namespace lsnroute::cli {

void LagHistory::add(int64_t now_ms, const RegistryStatus &st) {
    std::lock_guard<std::mutex> lock(mu_);
    for (const NodeStatus &n : st.nodes)
        series_[n.name].emplace_back(now_ms, n.lag_ms);
    for (auto it = series_.begin(); it != series_.end();) {
        Series &s = it->second;
        while (!s.empty() && s.front().first < now_ms - window_ms_)
            s.pop_front();
        it = s.empty() ? series_.erase(it) : std::next(it);
    }
}

std::map<std::string, LagHistory::Series> LagHistory::snapshot() const {
    std::lock_guard<std::mutex> lock(mu_);
    return series_;
}

}  // namespace lsnroute::cli
