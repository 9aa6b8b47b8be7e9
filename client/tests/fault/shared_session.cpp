#include "shared_session.hpp"

namespace lsnroute::fault {

namespace {

class SharedSessionRequest : public workload::Request {
  public:
    SharedSessionRequest(std::unique_ptr<workload::Request> inner, workload::UserSession &user,
                         CookieJar &jar)
        : inner_(std::move(inner)), user_(user), jar_(jar) {}
    PGconn *read() override { return inner_->read(); }
    PGconn *write() override { return inner_->write(); }
    std::string node() const override { return inner_->node(); }
    bool end() override {
        const bool ok = inner_->end();
        // Whatever the request handed out is in the response's cookie, also
        // when its save in Redis failed: that is what the cookie is for.
        jar_.raise(user_.user_id, user_.token);
        return ok;
    }
    bool token_not_saved() const override { return inner_->token_not_saved(); }
    // Forwarded, never defaulted: in hint mode a write whose token Redis
    // refused is still acknowledged (the cookie carries it), and the history
    // must check the reads after it (they are what hint mode promises).
    bool write_acknowledged() const override { return inner_->write_acknowledged(); }
    std::string error() const override { return inner_->error(); }

  private:
    std::unique_ptr<workload::Request> inner_;
    workload::UserSession &user_;
    CookieJar &jar_;
};

}  // namespace

std::unique_ptr<workload::Request> SharedSessionSystem::begin(workload::UserSession &user,
                                                              std::string &error) {
    user.token = jar_.get(user.user_id);
    std::unique_ptr<workload::Request> q = inner_.begin(user, error);
    if (!q)
        return nullptr;
    return std::make_unique<SharedSessionRequest>(std::move(q), user, jar_);
}

}  // namespace lsnroute::fault
