#include "primary_only.hpp"

#include "../held_conn.hpp"

namespace lsnroute::workload {

namespace {

class PrimaryOnlyRequest : public Request {
  public:
    PrimaryOnlyRequest(PgConnPool &pool, const std::string &conninfo)
        : held_(pool), conninfo_(conninfo) {}
    PGconn *read() override { return held_.get(conninfo_, error_); }
    PGconn *write() override { return held_.get(conninfo_, error_); }
    std::string node() const override { return "primary"; }
    bool end() override {
        held_.release();
        return true;
    }
    std::string error() const override { return error_; }

  private:
    HeldConn held_;
    const std::string &conninfo_;
    std::string error_;
};

}  // namespace

std::unique_ptr<Request> PrimaryOnlySystem::begin(UserSession &, std::string &) {
    return std::make_unique<PrimaryOnlyRequest>(pool_, conninfo_);
}

}  // namespace lsnroute::workload
