#include "naive_replica.hpp"

#include "held_conn.hpp"

namespace lsnroute::bench {

namespace {

class NaiveReplicaRequest : public workload::Request {
  public:
    NaiveReplicaRequest(workload::PgConnPool &pool, const std::string &primary,
                        const std::string &replica)
        : reads_(pool), writes_(pool), primary_(primary), replica_(replica) {}
    // Deliberately naive: even after this request wrote, reads stay on the
    // replica (the classic read-your-writes bug of a plain replica setting).
    PGconn *read() override { return reads_.get(replica_, error_); }
    PGconn *write() override { return writes_.get(primary_, error_); }
    bool end() override {
        reads_.release();
        writes_.release();
        return true;
    }
    std::string error() const override { return error_; }

  private:
    workload::HeldConn reads_, writes_;
    const std::string &primary_;
    const std::string &replica_;
    std::string error_;
};

}  // namespace

NaiveReplicaSystem::NaiveReplicaSystem(std::string name, std::string primary_conninfo,
                                       std::vector<std::string> replica_conninfos, uint64_t seed)
    : name_(std::move(name)),
      primary_(std::move(primary_conninfo)),
      replicas_(std::move(replica_conninfos)),
      rng_(seed) {}

std::unique_ptr<workload::Request> NaiveReplicaSystem::begin(workload::UserSession &,
                                                             std::string &error) {
    if (replicas_.empty()) {
        error = "no replicas configured";
        return nullptr;
    }
    size_t pick;
    {
        std::lock_guard<std::mutex> lock(rng_mu_);
        pick = std::uniform_int_distribution<size_t>(0, replicas_.size() - 1)(rng_);
    }
    return std::make_unique<NaiveReplicaRequest>(pool_, primary_, replicas_[pick]);
}

}  // namespace lsnroute::bench
