// The System interface: what the workload engine drives.
//
// A System is one way of getting database connections for a web-like request
// of one user: primary only, pg_lsnroute in request, advisory or carried-token
// mode, and (in bench/) pgpool-II, replica polling, remote_apply, naive
// replica. The engine runs the same simulated users against each System and
// checks every read of a user against that user's acknowledged writes.
//
// Per simulated request the engine calls, in this order:
//
//     auto q = system.begin(user, err); // routing may look up the user's token here
//     PGconn *c = q->read();         // run one read of user's row on c
//     PGconn *w = q->write();        // run one autocommit write of user's row on w
//     PGconn *c2 = q->read();        // a read after a write in the same request
//     bool ok = q->end();            // token handling; connections go back
//
// with any sequence of read()/write() between begin and end. A write counts as
// acknowledged to the user only after end() returned true (the web response
// is sent after the request's end), so end() is where a System must make the
// write visible to the user's later reads (save the token, wait, ...).
//
// Time spent inside begin() and inside read()/write() is the request's
// routing overhead (everything the System adds before SQL can run); time in
// end() is reported separately. A connection returned by read()/write() is
// only used by the calling thread and only until the next call on the same
// Request. The engine never runs BEGIN/COMMIT on it: every statement it sends
// is a single autocommit statement.
//
// Thread safety: begin() is called from many threads at once; one Request is
// used by one thread only.
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <string>

namespace lsnroute::workload {

// What one simulated user keeps between requests: the state a web app keeps in
// a user's session or cookie. Owned by the engine, passed to every begin() of
// that user, never used by two threads at once.
struct UserSession {
    int64_t user_id = 0;  // row id in lsnr_demo_users
    std::string key;      // sticky key of the user ("u<id>")
    std::string token;    // carried-token mode: the user's last commit LSN ("" = none)
};

// One request of one user. Destroying a Request without end() abandons it
// (connections go back, nothing is acknowledged).
class Request {
  public:
    virtual ~Request() = default;

    // A connection for one read of the user's data; nullptr on failure
    // (error() says why). May be called again after a read failed: a System
    // should then avoid the connection that failed.
    virtual PGconn *read() = 0;
    // A connection for one write (autocommit) of the user's data; nullptr on
    // failure. Reads after a write in the same request must see the write.
    virtual PGconn *write() = 0;
    // Node that the System believes served the last read()/write() ("primary",
    // "r1", ...), or "" when it cannot tell. The engine prefers the node the
    // server itself reports (the lsnroute.node_name setting) and uses this
    // only when that is unavailable.
    virtual std::string node() const { return {}; }
    // Ends the request: saves the user's token if it wrote (or keeps it in the
    // UserSession), returns connections. false: the request failed and its
    // write, if any, is not acknowledged.
    virtual bool end() = 0;
    // After end(): true when the request's write committed but its token could
    // not be saved (LSNR_ETOKEN). The request did not fail (end() is true:
    // the write must not be retried), but its write is acknowledged only
    // when the caller carries the token itself (hint mode).
    virtual bool token_not_saved() const { return false; }
    // After a successful end(): may the user now rely on the write?
    virtual bool write_acknowledged() const { return !token_not_saved(); }
    // Text of the last failure, for the run's error samples.
    virtual std::string error() const { return {}; }
};

class System {
  public:
    virtual ~System() = default;
    // Short name for tables and JSON: "primary-only", "lsnroute-request", ...
    virtual std::string name() const = 0;
    // Starts one request of `user`; nullptr on failure, with the reason in
    // `error`. `user` outlives the returned Request.
    virtual std::unique_ptr<Request> begin(UserSession &user, std::string &error) = 0;
};

}  // namespace lsnroute::workload
