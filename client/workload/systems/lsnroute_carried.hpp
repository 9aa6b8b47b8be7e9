// pg_lsnroute with the token carried by the application (in the user's session
// or a cookie): lsnr_begin_at / lsnr_end_at, no Redis round trip for tokens.
#pragma once

#include <lsnroute.h>

#include "../system.hpp"
#include "lsnroute_request.hpp"

namespace lsnroute::workload {

// One request whose token the user's session carries: lsnr_begin_at with it,
// lsnr_end_at stores the new one back into the session.
class CarriedRequest : public LsnrouteRequest {
  public:
    CarriedRequest(lsnr_request *q, UserSession &user) : LsnrouteRequest(q), user_(user) {}
    bool end() override;

  protected:
    UserSession &user_;
};

// lsnr_begin_at with the token the user's session carries; nullptr with
// error set if the library refused it.
lsnr_request *begin_carried(lsnr_router *router, const UserSession &user, std::string &error);

class LsnrouteCarriedSystem : public System {
  public:
    // `router` is not owned and must outlive the System.
    explicit LsnrouteCarriedSystem(lsnr_router *router) : router_(router) {}
    std::string name() const override { return "lsnroute-carried"; }
    std::unique_ptr<Request> begin(UserSession &user, std::string &error) override;

  private:
    lsnr_router *router_;
};

}  // namespace lsnroute::workload
