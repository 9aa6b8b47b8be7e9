// pg_lsnroute in request mode: the library chooses the node and lends its own
// pooled connections (lsnr_begin / lsnr_read / lsnr_write / lsnr_end).
#pragma once

#include <lsnroute.h>

#include <string>

#include "../system.hpp"

namespace lsnroute::workload {

// One lsnr_request. Carried-token mode reuses it with another begin and end.
class LsnrouteRequest : public Request {
  public:
    explicit LsnrouteRequest(lsnr_request *q) : q_(q) {}
    ~LsnrouteRequest() override;
    PGconn *read() override;
    PGconn *write() override;
    std::string node() const override;
    bool end() override;
    bool token_not_saved() const override { return token_not_saved_; }
    std::string error() const override { return error_; }

  protected:
    lsnr_request *q_;
    std::string error_;
    bool token_not_saved_ = false;  // end() saw LSNR_ETOKEN
};

class LsnrouteRequestSystem : public System {
  public:
    // `router` is not owned and must outlive the System.
    explicit LsnrouteRequestSystem(lsnr_router *router) : router_(router) {}
    std::string name() const override { return "lsnroute-request"; }
    std::unique_ptr<Request> begin(UserSession &user, std::string &error) override;

  private:
    lsnr_router *router_;
};

}  // namespace lsnroute::workload
