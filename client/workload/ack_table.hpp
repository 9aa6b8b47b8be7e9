// Acknowledged versions per user: the reference for the stale-read check.
//
// When a request that wrote ends successfully, the version it wrote is
// acknowledged to the user. A read that begins afterwards must return at least
// that version. Raised with compare-and-swap so that concurrent writers of one
// user (several threads or app servers) can only move it up.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>

namespace lsnroute::workload {

class AckTable {
  public:
    struct Ack {
        int64_t version;  // -1: nothing acknowledged yet
        int64_t at_ns;    // steady-clock time of the acknowledgement
    };

    explicit AckTable(int64_t users) : slots_(new Slot[static_cast<size_t>(users) + 1]) {}

    void raise(int64_t user, int64_t version, int64_t at_ns) {
        Slot &s = slots_[static_cast<size_t>(user)];
        int64_t cur = s.version.load();
        while (cur < version && !s.version.compare_exchange_weak(cur, version)) {
        }
        if (cur < version)
            s.at_ns.store(at_ns);
    }
    Ack get(int64_t user) const {
        const Slot &s = slots_[static_cast<size_t>(user)];
        return Ack{s.version.load(), s.at_ns.load()};
    }

  private:
    struct Slot {
        std::atomic<int64_t> version{-1};
        std::atomic<int64_t> at_ns{0};
    };
    std::unique_ptr<Slot[]> slots_;
};

}  // namespace lsnroute::workload
