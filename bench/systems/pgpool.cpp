#include "pgpool.hpp"

#include "held_conn.hpp"

namespace lsnroute::bench {

namespace {

// One pgpool connection for the whole request: pgpool picks the node of each
// statement itself (statement_level_load_balance), which the engine learns
// from the server's answer.
class PgpoolRequest : public workload::Request {
  public:
    PgpoolRequest(workload::PgConnPool &pool, const std::string &conninfo)
        : held_(pool), conninfo_(conninfo) {}
    PGconn *read() override { return held_.get(conninfo_, error_); }
    PGconn *write() override { return held_.get(conninfo_, error_); }
    bool end() override {
        held_.release();
        return true;
    }
    std::string error() const override { return error_; }

  private:
    workload::HeldConn held_;
    const std::string &conninfo_;
    std::string error_;
};

}  // namespace

std::unique_ptr<workload::Request> PgpoolSystem::begin(workload::UserSession &, std::string &) {
    return std::make_unique<PgpoolRequest>(pool_, conninfo_);
}

}  // namespace lsnroute::bench
