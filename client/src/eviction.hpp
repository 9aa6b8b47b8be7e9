// Whether Redis may evict keys (docs/design.md Faults): `maxmemory` > 0 with a
// `maxmemory_policy` other than `noeviction`. Eviction is silent and
// continuous -- no error, no reconnection, the floor survives while tokens
// (the keys with a TTL) vanish -- so no floor raise can cover it: while it is
// possible, a read whose token is absent goes to the primary. Read from INFO
// memory (CONFIG may be disabled), in the registry refresh's pipeline.
#pragma once

#include <hiredis/hiredis.h>

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace lsnroute {

struct EvictionInfo {
    long long maxmemory = 0;
    std::string policy;  // maxmemory_policy
    bool may_evict() const noexcept { return maxmemory > 0 && policy != "noeviction"; }
};

// Parses an INFO (memory) reply; nullopt when it has neither field (INFO
// refused or renamed, an error reply, another reply type).
std::optional<EvictionInfo> parse_eviction_info(const redisReply *r);
std::optional<EvictionInfo> parse_eviction_info(std::string_view info_text);

// The router's current view; thread-safe.
class EvictionState {
  public:
    // A fresh INFO answer; an unknown one (nullopt) keeps the last view.
    void update(const std::optional<EvictionInfo> &info);
    bool may_evict() const noexcept { return may_evict_.load(std::memory_order_acquire); }
    EvictionInfo info() const;

  private:
    std::atomic<bool> may_evict_{false};
    mutable std::mutex mu_;
    EvictionInfo info_;
    bool warned_ = false;
};

}  // namespace lsnroute
