// The Redis eviction policy, from INFO memory.
#include "eviction.hpp"

#include <cstdlib>

#include "log.hpp"

namespace lsnroute {
namespace {

// The value of `field:` on its own line of an INFO text.
std::optional<std::string_view> info_field(std::string_view text, std::string_view field) {
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.size() > field.size() && line.substr(0, field.size()) == field &&
            line[field.size()] == ':')
            return line.substr(field.size() + 1);
        pos = end + 1;
    }
    return std::nullopt;
}

}  // namespace

std::optional<EvictionInfo> parse_eviction_info(std::string_view text) {
    const auto mem = info_field(text, "maxmemory");
    const auto policy = info_field(text, "maxmemory_policy");
    if (!mem || !policy)
        return std::nullopt;
    const std::string digits(mem->substr(0, 20));
    char *end = nullptr;
    const long long v = std::strtoll(digits.c_str(), &end, 10);
    if (digits.empty() || *end != '\0' || v < 0)
        return std::nullopt;
    EvictionInfo out;
    out.maxmemory = v;
    out.policy = std::string(policy->substr(0, 64));
    return out;
}

std::optional<EvictionInfo> parse_eviction_info(const redisReply *r) {
    if (!r || (r->type != REDIS_REPLY_STRING && r->type != REDIS_REPLY_STATUS) || !r->str)
        return std::nullopt;
    return parse_eviction_info(std::string_view(r->str, r->len));
}

void EvictionState::update(const std::optional<EvictionInfo> &info) {
    if (!info)
        return;
    bool warn = false;
    {
        std::lock_guard<std::mutex> g(mu_);
        info_ = *info;
        warn = info->may_evict() && !warned_;
        warned_ = info->may_evict();
    }
    may_evict_.store(info->may_evict(), std::memory_order_release);
    if (warn)
        log_warning("Redis may evict keys (maxmemory " + std::to_string(info->maxmemory) +
                    ", maxmemory-policy " + info->policy +
                    "): reads of keys without a token go to the primary; noeviction is the "
                    "supported setting");
}

EvictionInfo EvictionState::info() const {
    std::lock_guard<std::mutex> g(mu_);
    return info_;
}

}  // namespace lsnroute
