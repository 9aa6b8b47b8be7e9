#include "carried_roundtrips.hpp"

#include "config.hpp"
#include "monotonic_lsn_script.hpp"
#include "registry_schema.hpp"
#include "systems/lsnroute_carried.hpp"

namespace lsnroute::bench {

namespace {

class CarriedRoundTripsRequest : public workload::CarriedRequest {
  public:
    CarriedRoundTripsRequest(lsnr_request *q, workload::UserSession &user,
                             CarriedRoundTripsSystem &sys)
        : CarriedRequest(q, user), sys_(sys) {}

    PGconn *read() override {
        // Request mode reads the token at the first read that needs it: a
        // read after this request's own write goes to the primary anyway.
        if (!wrote_ && !token_read_) {
            token_read_ = true;
            if (!sys_.read_token(user_.key, error_))
                return nullptr;
        }
        return CarriedRequest::read();
    }
    PGconn *write() override {
        wrote_ = true;
        return CarriedRequest::write();
    }
    bool end() override {
        if (!CarriedRequest::end())
            return false;
        return !wrote_ || sys_.save_token(user_.key, user_.token, error_);
    }

  private:
    CarriedRoundTripsSystem &sys_;
    bool wrote_ = false;
    bool token_read_ = false;
};

// The Redis error a reply is, "" if it is none.
std::string reply_error(const RedisReply &r) {
    if (!r)
        return "no reply";
    if (r->type == REDIS_REPLY_ERROR)
        return std::string(r->str, r->len);
    return "";
}

}  // namespace

CarriedRoundTripsSystem::CarriedRoundTripsSystem(lsnr_router *router, const std::string &redis_host,
                                                 int redis_port, const std::string &cluster,
                                                 std::string &err)
    : router_(router),
      redis_(redis_host, redis_port),
      cluster_(cluster),
      floor_key_(schema::floor_key(cluster)) {
    auto replies = redis_.pipeline(err, {{"SCRIPT", "LOAD", std::string(kMonotonicLsnScript)}});
    if (replies.size() == 1 && replies[0] && replies[0]->type == REDIS_REPLY_STRING)
        sha_.assign(replies[0]->str, replies[0]->len);
    else if (err.empty())
        err =
            "SCRIPT LOAD: " + (replies.empty() ? std::string("no reply") : reply_error(replies[0]));
}

bool CarriedRoundTripsSystem::read_token(const std::string &key, std::string &err) {
    auto replies =
        redis_.pipeline(err, {{"GET", schema::token_key(cluster_, key)}, {"GET", floor_key_}});
    for (const auto &r : replies) {
        if (const std::string e = reply_error(r); !e.empty()) {
            err = "token read: " + e;
            return false;
        }
    }
    return replies.size() == 2;
}

bool CarriedRoundTripsSystem::save_token(const std::string &key, const std::string &lsn,
                                         std::string &err) {
    auto replies = redis_.pipeline(err, {{"EVALSHA", sha_, "1", schema::token_key(cluster_, key),
                                          lsn, std::to_string(Config{}.token_ttl_ms)}});
    if (replies.size() != 1)
        return false;
    if (const std::string e = reply_error(replies[0]); !e.empty()) {
        err = "token save: " + e;
        return false;
    }
    return true;
}

std::unique_ptr<workload::Request> CarriedRoundTripsSystem::begin(workload::UserSession &user,
                                                                  std::string &error) {
    if (sha_.empty()) {
        error = "the monotonic LSN script is not loaded";
        return nullptr;
    }
    lsnr_request *q = workload::begin_carried(router_, user, error);
    return q ? std::make_unique<CarriedRoundTripsRequest>(q, user, *this) : nullptr;
}

}  // namespace lsnroute::bench
