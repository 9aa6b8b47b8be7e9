// pg_lsnroute with the token carried by the application (in the user's session
// or a cookie): lsnr_begin_at / lsnr_end_at, no Redis round trip for tokens.
#pragma once

#include <lsnroute.h>

#include "../system.hpp"

namespace lsnroute::workload {

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
