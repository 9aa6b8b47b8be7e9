// Puts a user's cookie (CookieJar) into that user's session before each
// request and takes the token the request handed out back into it before the
// response is sent, so that a token carried by the caller (carried and hint
// mode) follows the user to every router process, as a browser's cookie does.
#pragma once

#include <memory>
#include <string>

#include "cookie_jar.hpp"
#include "system.hpp"

namespace lsnroute::fault {

class SharedSessionSystem : public workload::System {
  public:
    // `inner` and `jar` are not owned and must outlive this System.
    SharedSessionSystem(workload::System &inner, CookieJar &jar) : inner_(inner), jar_(jar) {}
    std::string name() const override { return inner_.name(); }
    std::unique_ptr<workload::Request> begin(workload::UserSession &user,
                                             std::string &error) override;

  private:
    workload::System &inner_;
    CookieJar &jar_;
};

}  // namespace lsnroute::fault
