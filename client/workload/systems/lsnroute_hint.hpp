// pg_lsnroute in hint mode (1.1): the token is kept in Redis and carried by
// the application too (a cookie): lsnr_begin_hint / lsnr_end_token. A write
// whose token Redis did not take (LSNR_ETOKEN) is still acknowledged, since
// the token reaches the user's next request through the cookie.
#pragma once

#include <lsnroute.h>

#include "../system.hpp"

namespace lsnroute::workload {

class LsnrouteHintSystem : public System {
  public:
    // `router` is not owned and must outlive the System.
    explicit LsnrouteHintSystem(lsnr_router *router) : router_(router) {}
    std::string name() const override { return "lsnroute-hint"; }
    // The hint is user.token (the cookie); end() puts the new token there.
    std::unique_ptr<Request> begin(UserSession &user, std::string &error) override;

  private:
    lsnr_router *router_;
};

}  // namespace lsnroute::workload
