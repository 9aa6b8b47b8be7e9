#include "pg_pool.hpp"

#include <poll.h>

namespace lsnroute::workload {

namespace {

// An idle connection has nothing to read. If its socket is readable the
// server closed it or sent an error (a replica shut down): do not reuse it.
bool looks_alive(PGconn *c) {
    if (PQstatus(c) != CONNECTION_OK)
        return false;
    pollfd p{PQsocket(c), POLLIN, 0};
    const int n = poll(&p, 1, 0);
    return n == 0;
}

}  // namespace

PgConnPool::~PgConnPool() {
    for (auto &[conninfo, conns] : idle_)
        for (PGconn *c : conns)
            PQfinish(c);
}

PGconn *PgConnPool::acquire(const std::string &conninfo, std::string &err) {
    for (;;) {
        PGconn *c = nullptr;
        {
            std::lock_guard<std::mutex> lock(mu_);
            auto it = idle_.find(conninfo);
            if (it == idle_.end() || it->second.empty())
                break;
            c = it->second.back();
            it->second.pop_back();
        }
        if (looks_alive(c))
            return c;
        PQfinish(c);
    }
    PGconn *c = PQconnectdb(conninfo.c_str());
    if (PQstatus(c) != CONNECTION_OK) {
        err = PQerrorMessage(c);
        PQfinish(c);
        return nullptr;
    }
    return c;
}

void PgConnPool::release(const std::string &conninfo, PGconn *c) {
    if (!c)
        return;
    if (PQstatus(c) == CONNECTION_OK && PQtransactionStatus(c) == PQTRANS_IDLE) {
        std::lock_guard<std::mutex> lock(mu_);
        auto &conns = idle_[conninfo];
        if (conns.size() < max_idle_) {
            conns.push_back(c);
            return;
        }
    }
    PQfinish(c);
}

}  // namespace lsnroute::workload
