#include "lsnroute_carried.hpp"

#include <lsnroute/lsn.hpp>

#include "router_handle.hpp"

namespace lsnroute::workload {

bool CarriedRequest::end() {
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

lsnr_request *begin_carried(lsnr_router *router, const UserSession &user, std::string &error) {
    lsnr_request *q = lsnr_begin_at(router, user.token.c_str());
    if (!q)
        error = "lsnr_begin_at returned NULL for token '" + user.token + "'";
    return q;
}

std::unique_ptr<Request> LsnrouteCarriedSystem::begin(UserSession &user, std::string &error) {
    lsnr_request *q = begin_carried(router_, user, error);
    return q ? std::make_unique<CarriedRequest>(q, user) : nullptr;
}

}  // namespace lsnroute::workload
