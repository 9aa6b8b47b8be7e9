#include "replica_polling.hpp"

#include <algorithm>

#include "held_conn.hpp"
#include "pg_result.hpp"
#include "registry_schema.hpp"

namespace lsnroute::bench {

namespace {

using ReplyPtr = std::unique_ptr<redisReply, decltype(&freeReplyObject)>;

bool replayed_past(PGconn *c, const std::string &token) {
    const char *params[] = {token.c_str()};
    const PgResultPtr r(PQexecParams(c, "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", 1, nullptr,
                                     params, nullptr, nullptr, 0));
    return PQresultStatus(r.get()) == PGRES_TUPLES_OK && PQntuples(r.get()) == 1 &&
           std::string(PQgetvalue(r.get(), 0, 0)) == "t";
}

class ReplicaPollingRequest : public workload::Request {
  public:
    ReplicaPollingRequest(ReplicaPollingSystem &sys, std::string token_key, std::string token)
        : sys_(sys),
          reads_(sys.pg_pool()),
          writes_(sys.pg_pool()),
          token_key_(std::move(token_key)),
          token_(std::move(token)) {}

    PGconn *read() override {
        if (wrote_)
            return writes_.get(sys_.config().primary, error_);
        if (!chosen_)
            choose();
        return reads_.get(*chosen_, error_);
    }
    PGconn *write() override {
        wrote_ = true;
        return writes_.get(sys_.config().primary, error_);
    }
    bool end() override {
        reads_.release();
        if (!wrote_)
            return true;
        // The position to wait for next time: the primary's WAL insert
        // position right after the (autocommitted) write, as GitLab stores it.
        PGconn *c = writes_.get(sys_.config().primary, error_);
        if (!c)
            return false;
        const PgResultPtr r(PQexec(c, "SELECT pg_current_wal_insert_lsn()"));
        const bool ok = PQresultStatus(r.get()) == PGRES_TUPLES_OK && PQntuples(r.get()) == 1;
        const std::string lsn = ok ? PQgetvalue(r.get(), 0, 0) : "";
        if (!ok)
            error_ = PQerrorMessage(c);
        writes_.release();
        if (!ok)
            return false;
        redisReply *reply = sys_.redis().command(error_, "SET %s %s PX %ld", token_key_.c_str(),
                                                 lsn.c_str(), sys_.config().token_ttl_ms);
        if (!reply)
            return false;
        ReplyPtr owned(reply, &freeReplyObject);
        if (reply->type == REDIS_REPLY_ERROR) {
            error_ = "Redis SET: " + std::string(reply->str, reply->len);
            return false;
        }
        return true;
    }
    std::string error() const override { return error_; }

  private:
    // With a stored position, the first replica (in random order) that has
    // replayed it, else the primary; without one, a random replica.
    void choose() {
        const auto order = sys_.shuffled_replicas();
        if (token_.empty()) {
            chosen_ = &sys_.config().replicas[order.front()];
            return;
        }
        for (size_t i : order) {
            const std::string &replica = sys_.config().replicas[i];
            std::string err;
            PGconn *c = reads_.get(replica, err);
            if (c && replayed_past(c, token_)) {
                chosen_ = &replica;
                return;
            }
        }
        chosen_ = &sys_.config().primary;
    }

    ReplicaPollingSystem &sys_;
    workload::HeldConn reads_, writes_;
    std::string token_key_, token_;
    const std::string *chosen_ = nullptr;
    bool wrote_ = false;
    std::string error_;
};

}  // namespace

ReplicaPollingSystem::ReplicaPollingSystem(ReplicaPollingConfig config)
    : config_(std::move(config)),
      redis_(config_.redis_host, config_.redis_port),
      rng_(config_.seed) {}

std::vector<size_t> ReplicaPollingSystem::shuffled_replicas() {
    std::vector<size_t> order(config_.replicas.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::lock_guard<std::mutex> lock(rng_mu_);
    std::shuffle(order.begin(), order.end(), rng_);
    return order;
}

std::unique_ptr<workload::Request> ReplicaPollingSystem::begin(workload::UserSession &user,
                                                               std::string &error) {
    if (config_.replicas.empty()) {
        error = "no replicas configured";
        return nullptr;
    }
    std::string key = schema::token_key(config_.cluster, user.key);
    redisReply *reply = redis_.command(error, "GET %s", key.c_str());
    if (!reply)
        return nullptr;
    ReplyPtr owned(reply, &freeReplyObject);
    std::string token;
    if (reply->type == REDIS_REPLY_STRING)
        token.assign(reply->str, reply->len);
    else if (reply->type == REDIS_REPLY_ERROR) {
        error = "Redis GET: " + std::string(reply->str, reply->len);
        return nullptr;
    }
    return std::make_unique<ReplicaPollingRequest>(*this, std::move(key), std::move(token));
}

}  // namespace lsnroute::bench
