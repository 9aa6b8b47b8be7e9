#include "lsnroute_carried.hpp"

#include <lsnroute/lsn.hpp>

#include "lsnroute_request.hpp"
#include "router_handle.hpp"

namespace lsnroute::workload {

namespace {

class CarriedRequest : public LsnrouteRequest {
  public:
    CarriedRequest(lsnr_request *q, UserSession &user) : LsnrouteRequest(q), user_(user) {}
    bool end() override {
        char token[Lsn::kMaxText] = "";
        const int rc = lsnr_end_at(q_, token, sizeof token);
        q_ = nullptr;
        if (rc == LSNR_OK) {
            // The app's session now carries the token (the request's new
            // commit LSN, or the one it came with).
            user_.token = token;
            return true;
        }
        error_ = std::string("lsnr_end_at: ") + lsnr_strerror(rc);
        return false;
    }

  private:
    UserSession &user_;
};

}  // namespace

std::unique_ptr<Request> LsnrouteCarriedSystem::begin(UserSession &user, std::string &error) {
    lsnr_request *q = lsnr_begin_at(router_, user.token.c_str());
    if (!q) {
        error = "lsnr_begin_at returned NULL for token '" + user.token + "'";
        return nullptr;
    }
    return std::make_unique<CarriedRequest>(q, user);
}

}  // namespace lsnroute::workload
