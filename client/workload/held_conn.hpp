// The connection a Request currently holds from a PgConnPool: reused while the
// request keeps asking for the same conninfo, swapped when it asks for another,
// replaced when it broke (the query on it failed because the server went away).
#pragma once

#include <string>

#include "pg_pool.hpp"

namespace lsnroute::workload {

class HeldConn {
  public:
    explicit HeldConn(PgConnPool &pool) : pool_(pool) {}
    ~HeldConn() { release(); }
    HeldConn(const HeldConn &) = delete;
    HeldConn &operator=(const HeldConn &) = delete;

    // A connection to `conninfo`, nullptr with `err` on failure.
    PGconn *get(const std::string &conninfo, std::string &err) {
        if (conn_ && conninfo_ == conninfo && PQstatus(conn_) == CONNECTION_OK)
            return conn_;
        release();
        conn_ = pool_.acquire(conninfo, err);
        if (conn_)
            conninfo_ = conninfo;
        return conn_;
    }
    // True when the held connection broke (its server closed it).
    bool broken() const { return conn_ && PQstatus(conn_) != CONNECTION_OK; }
    PGconn *conn() const { return conn_; }
    const std::string &conninfo() const { return conninfo_; }
    void release() {
        if (conn_)
            pool_.release(conninfo_, conn_);
        conn_ = nullptr;
    }

  private:
    PgConnPool &pool_;
    PGconn *conn_ = nullptr;
    std::string conninfo_;
};

}  // namespace lsnroute::workload
