#include "lsnroute_hint.hpp"

#include "lsnroute_request.hpp"

namespace lsnroute::workload {

namespace {

class HintRequest : public LsnrouteRequest {
  public:
    HintRequest(lsnr_request *q, UserSession &user) : LsnrouteRequest(q), user_(user) {}
    bool end() override {
        char token[LSNR_TOKEN_MAX] = "";
        const int rc = lsnr_end_token(q_, token, sizeof token);
        q_ = nullptr;
        token_not_saved_ = rc == LSNR_ETOKEN;
        if (rc == LSNR_OK || rc == LSNR_ETOKEN) {
            // The response's cookie carries the token either way.
            user_.token = token;
            return true;
        }
        error_ = std::string("lsnr_end_token: ") + lsnr_strerror(rc);
        return false;
    }

    // The response's cookie carries the token: acknowledged either way.
    bool write_acknowledged() const override { return true; }

  private:
    UserSession &user_;
};

}  // namespace

std::unique_ptr<Request> LsnrouteHintSystem::begin(UserSession &user, std::string &error) {
    lsnr_request *q =
        lsnr_begin_hint(router_, user.key.data(), user.key.size(), user.token.c_str());
    if (!q) {
        error = "lsnr_begin_hint returned NULL";
        return nullptr;
    }
    return std::make_unique<HintRequest>(q, user);
}

}  // namespace lsnroute::workload
