#include "lsnroute_request.hpp"

#include <string>

#include "router_handle.hpp"

namespace lsnroute::workload {

LsnrouteRequest::~LsnrouteRequest() {
    if (q_)
        lsnr_end(q_);
}

PGconn *LsnrouteRequest::read() {
    PGconn *c = lsnr_read(q_);
    if (!c)
        error_ = std::string("lsnr_read: ") + lsnr_request_errmsg(q_);
    return c;
}

PGconn *LsnrouteRequest::write() {
    PGconn *c = lsnr_write(q_);
    if (!c)
        error_ = std::string("lsnr_write: ") + lsnr_request_errmsg(q_);
    return c;
}

std::string LsnrouteRequest::node() const {
    const char *n = q_ ? lsnr_node(q_) : nullptr;
    return n ? n : "";
}

bool LsnrouteRequest::end() {
    const int rc = lsnr_end(q_);
    q_ = nullptr;
    // Committed, but the token is not in Redis: not acknowledged (1.1).
    token_not_saved_ = rc == LSNR_ETOKEN;
    if (!token_handled(rc))
        error_ = std::string("lsnr_end: ") + lsnr_strerror(rc);
    return token_handled(rc);
}

std::unique_ptr<Request> LsnrouteRequestSystem::begin(UserSession &user, std::string &error) {
    lsnr_request *q = lsnr_begin(router_, user.key.data(), user.key.size());
    if (!q) {
        error = "lsnr_begin returned NULL";
        return nullptr;
    }
    return std::make_unique<LsnrouteRequest>(q);
}

}  // namespace lsnroute::workload
