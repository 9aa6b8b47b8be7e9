#include "lsnroute_advisory.hpp"

#include "../held_conn.hpp"
#include "pg_result.hpp"
#include "router_handle.hpp"

namespace lsnroute::workload {

namespace {

class AdvisoryRequest : public Request {
  public:
    AdvisoryRequest(LsnrouteAdvisorySystem &sys, lsnr_router *r, PgConnPool &pool,
                    const std::string &primary, const std::string &extra, UserSession &user,
                    const lsnr_choice &choice)
        : sys_(sys), router_(r), held_(pool), primary_(primary), user_(user), choice_(choice) {
        chosen_ = choice.is_primary ? primary : std::string(choice.dsn) + " " + extra;
    }

    PGconn *read() override {
        if (held_.broken() && held_.conninfo() != primary_) {
            // The chosen replica went away under us: tell every router, then
            // answer from the primary.
            lsnr_blacklist(router_, choice_.node, sys_.blacklist_ms);
            on_primary_ = true;
        }
        return get(on_primary_ ? primary_ : chosen_);
    }
    PGconn *write() override {
        on_primary_ = true;  // reads after a write must see it
        wrote_ = true;
        return get(primary_);
    }
    std::string node() const override {
        return on_primary_ || choice_.is_primary ? "primary" : choice_.node;
    }
    bool end() override {
        bool ok = true;
        if (wrote_)
            ok = note_write();
        held_.release();
        return ok;
    }
    std::string error() const override { return error_; }
    bool token_not_saved() const override { return token_not_saved_; }

  private:
    PGconn *get(const std::string &conninfo) {
        PGconn *c = held_.get(conninfo, error_);
        if (!c && conninfo != primary_) {
            // The chosen replica refuses connections: same as above.
            lsnr_blacklist(router_, choice_.node, sys_.blacklist_ms);
            on_primary_ = true;
            c = held_.get(primary_, error_);
        }
        return c;
    }

    // The commit LSN of this session's last write is the user's new token.
    bool note_write() {
        PGconn *c = held_.conn();
        if (!c || held_.conninfo() != primary_) {
            error_ = "advisory: the write connection is gone";
            return false;
        }
        PgResultPtr owner(PQexec(c, "SELECT lsnroute.last_commit_lsn()"));
        const PGresult *res = owner.get();
        if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1 ||
            PQgetisnull(res, 0, 0)) {
            error_ = std::string("lsnroute.last_commit_lsn(): ") + PQerrorMessage(c);
            return false;
        }
        const std::string lsn = PQgetvalue(res, 0, 0);
        owner.reset();
        const int rc = lsnr_note_write(router_, user_.key.data(), user_.key.size(), lsn.c_str());
        token_not_saved_ = rc == LSNR_ETOKEN;
        if (!token_handled(rc)) {
            error_ = std::string("lsnr_note_write: ") + lsnr_strerror(rc);
            return false;
        }
        return true;
    }

    LsnrouteAdvisorySystem &sys_;
    lsnr_router *router_;
    HeldConn held_;
    const std::string &primary_;
    UserSession &user_;
    lsnr_choice choice_;
    std::string chosen_;
    bool on_primary_ = false;
    bool wrote_ = false;
    bool token_not_saved_ = false;  // lsnr_note_write said LSNR_ETOKEN
    std::string error_;
};

}  // namespace

std::unique_ptr<Request> LsnrouteAdvisorySystem::begin(UserSession &user, std::string &error) {
    lsnr_choice choice{};
    const int rc = lsnr_choose(router_, user.key.data(), user.key.size(), &choice);
    if (rc != LSNR_OK) {
        error = std::string("lsnr_choose: ") + lsnr_strerror(rc);
        return nullptr;
    }
    return std::make_unique<AdvisoryRequest>(*this, router_, pool_, primary_, extra_, user, choice);
}

}  // namespace lsnroute::workload
