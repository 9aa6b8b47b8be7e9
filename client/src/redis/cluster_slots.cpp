#include "redis/cluster_slots.hpp"

#include <thread>

#include "redis_protocol.hpp"

namespace lsnroute::redis {

ClusterSlots::ClusterSlots(const Options &opts, std::atomic<uint64_t> *generation)
    : login_(Login::from(opts)),
      max_connections_(opts.max_connections),
      seeds_(opts.seeds),
      generation_(generation) {
    owner_.fill(kNone);
    std::unique_lock<std::shared_mutex> lk(mu_);
    for (const auto &s : seeds_)
        index_locked(s);
}

size_t ClusterSlots::index_locked(const Endpoint &ep) {
    auto key = ep.str();
    auto it = index_.find(key);
    if (it != index_.end())
        return it->second;
    pools_.push_back(std::make_shared<ConnectionPool>(ep, login_, max_connections_, generation_));
    index_.emplace(std::move(key), pools_.size() - 1);
    return pools_.size() - 1;
}

std::shared_ptr<ConnectionPool> ClusterSlots::pool_for(const Endpoint &ep) {
    {
        std::shared_lock<std::shared_mutex> lk(mu_);
        auto it = index_.find(ep.str());
        if (it != index_.end())
            return pools_[it->second];
    }
    std::unique_lock<std::shared_mutex> lk(mu_);
    return pools_[index_locked(ep)];
}

std::shared_ptr<ConnectionPool> ClusterSlots::owner(uint16_t slot, Deadline deadline) {
    for (;;) {
        if (stale_.load() || !known())
            refresh(deadline);
        {
            std::shared_lock<std::shared_mutex> lk(mu_);
            if (owner_[slot] != kNone)
                return pools_[owner_[slot]];
        }
        if (expired(deadline)) {
            throw Error("redis cluster: no node known to serve slot " + std::to_string(slot) +
                        " (no node answered CLUSTER SLOTS in time)");
        }
        // Another thread is reading the map, or no node answered: shortly again.
        std::this_thread::sleep_until(
            std::min(deadline, Clock::now() + std::chrono::milliseconds(5)));
    }
}

std::shared_ptr<ConnectionPool> ClusterSlots::any(Deadline deadline) {
    if (stale_.load() || !known())
        refresh(deadline);
    // Stepping by a third of the slots visits the masters of an evenly
    // split cluster in turn.
    size_t n = next_.fetch_add(1);
    std::shared_lock<std::shared_mutex> lk(mu_);
    uint16_t idx = owner_[(n * 5461) % 16384];
    if (idx != kNone)
        return pools_[idx];
    return pools_[n % seeds_.size()];
}

std::vector<std::shared_ptr<ConnectionPool>> ClusterSlots::masters(Deadline deadline) {
    if (stale_.load() || !known())
        refresh(deadline);
    std::vector<bool> seen;
    std::vector<std::shared_ptr<ConnectionPool>> out;
    std::shared_lock<std::shared_mutex> lk(mu_);
    seen.resize(pools_.size());
    for (uint16_t idx : owner_) {
        if (idx != kNone && !seen[idx]) {
            seen[idx] = true;
            out.push_back(pools_[idx]);
        }
    }
    if (out.empty())
        throw Error("redis cluster: no master known (no node answered CLUSTER SLOTS)");
    return out;
}

void ClusterSlots::moved(uint16_t slot, const Endpoint &ep) {
    std::unique_lock<std::shared_mutex> lk(mu_);
    size_t idx = index_locked(ep);
    if (owner_[slot] == idx)
        return;
    if (owner_[slot] != kNone)
        generation_->fetch_add(1);
    owner_[slot] = static_cast<uint16_t>(idx);
    stale_ = true;  // the other slots of that node most likely moved too
}

bool ClusterSlots::refresh(Deadline deadline) {
    if (refreshing_.exchange(true))
        return false;
    struct Done {
        std::atomic<bool> &flag;
        ~Done() { flag = false; }
    } done{refreshing_};
    stale_ = false;  // before reading: a MOVED meanwhile marks it again

    std::vector<std::shared_ptr<ConnectionPool>> candidates;
    {
        std::shared_lock<std::shared_mutex> lk(mu_);
        candidates = pools_;
    }
    // Start at a different node each time so a dead one does not always
    // come first.
    const size_t start = next_.fetch_add(1);
    for (size_t i = 0; i < candidates.size() && !expired(deadline); ++i) {
        auto &pool = candidates[(start + i) % candidates.size()];
        ReplyPtr reply;
        try {
            // A connection that breaks is a failure of its pool when given back.
            reply = pool->acquire(deadline)->command({"CLUSTER", "SLOTS"}, deadline);
        } catch (const AuthError &) {
            throw;
        } catch (const Error &) {
            continue;
        }
        if (!reply || reply->type != REDIS_REPLY_ARRAY || reply->elements == 0)
            continue;
        apply(reply.get(), pool->endpoint().host);
        return true;
    }
    stale_ = true;
    return false;
}

void ClusterSlots::apply(const redisReply *slots, const std::string &replied_host) {
    const std::vector<redis_protocol::SlotRange> ranges =
        redis_protocol::parse_cluster_slots(slots, replied_host);
    if (ranges.empty())
        return;

    bool changed = false;
    std::unique_lock<std::shared_mutex> lk(mu_);
    for (const auto &r : ranges) {
        auto idx = static_cast<uint16_t>(index_locked(r.master));
        for (size_t s = r.first; s <= r.last; ++s) {
            // A slot nobody serves keeps its last owner, which answers
            // CLUSTERDOWN or MOVED; that keeps owner changes detectable.
            if (owner_[s] != idx) {
                changed = changed || (known_ && owner_[s] != kNone);
                owner_[s] = idx;
            }
        }
    }
    known_ = true;
    lk.unlock();
    if (changed)
        generation_->fetch_add(1);
}

}  // namespace lsnroute::redis
