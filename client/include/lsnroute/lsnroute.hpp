// pg_lsnroute, C++ API: read-your-writes routing of PostgreSQL reads to
// streaming replicas. The C API (<lsnroute.h>) is a thin wrapper over this.
//
//     lsnroute::Router router("redis=127.0.0.1:6379 cluster=prod pg='dbname=app'");
//     {
//         lsnroute::Request q = router.begin("user:42");
//         PGconn *w = q.write();   // primary
//         ...                      // run the write on w
//         PGconn *r = q.read();    // primary too: the request wrote
//         q.end();                 // stores the commit LSN as the token of "user:42"
//     }
//     lsnroute::Request q = router.begin("user:42");
//     PGconn *r = q.read();        // a replica that replayed past that commit, else the primary
//
// Every Router method is safe to call from many threads. A Request belongs to
// one thread. Errors are thrown as lsnroute::Error (with a C API code).
#pragma once

#include <libpq-fe.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <lsnroute/lsn.hpp>

namespace lsnroute {

// Error codes: the LSNR_E* constants of lsnroute.h.
enum class Errc : int {
    ok = 0,
    invalid = -1,
    no_memory = -2,
    config = -3,
    redis = -4,
    pg = -5,
    no_primary = -6,
    truncated = -7,
    state = -8,
    internal = -9,
    // 1.1: the request wrote and committed, but its token could not be saved
    // in Redis within timeout_ms (not acknowledged to other app servers).
    token = -10,
};

class Error : public std::runtime_error {
  public:
    Error(Errc code, const std::string &what) : std::runtime_error(what), code_(code) {}
    Errc code() const noexcept { return code_; }

  private:
    Errc code_;
};

// Where a read should go (advisory mode).
struct Choice {
    std::string node;
    std::string dsn;  // the node's dsn merged with the `pg` option: PQconnectdb(dsn) works
    bool is_primary = false;
    const char *reason = "";  // static string, e.g. "fresh_replica", "no_eligible_replica"
};

// A pooled libpq connection; goes back to its pool when destroyed (rolled
// back or discarded if it is left inside a transaction or broken).
class Connection {
  public:
    Connection() noexcept = default;
    Connection(Connection &&) noexcept;
    Connection &operator=(Connection &&) noexcept;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    PGconn *get() const noexcept;
    explicit operator bool() const noexcept { return get() != nullptr; }
    const std::string &node() const noexcept;
    // Closes the connection instead of pooling it (it failed).
    void discard() noexcept;

    struct Impl;
    explicit Connection(std::unique_ptr<Impl> impl) noexcept;

  private:
    std::unique_ptr<Impl> impl_;
};

class Router;

// One request of one sticky key. Not thread-safe: one thread at a time.
// Destroying a Request without end() returns its connections and saves nothing.
class Request {
  public:
    Request(Request &&) noexcept;
    Request &operator=(Request &&) noexcept;
    ~Request();
    Request(const Request &) = delete;
    Request &operator=(const Request &) = delete;

    // A connection for reads: a replica past the token, else the primary.
    // The pointer stays valid until the next read()/write()/end().
    PGconn *read();
    // The primary; later reads of this request go to the primary too.
    PGconn *write();
    // Node of the last connection handed out ("" before the first).
    const std::string &node() const noexcept;
    // Why the last connection went where it did (a static string).
    const char *reason() const noexcept;
    // Request mode: saves the commit LSN as the key's token if the request
    // wrote (retried within timeout_ms), returns the connections. Carried-token
    // mode: returns the token to carry on (the commit LSN, or the old token).
    // Returns the token to carry: the largest of the begin token, the hint and
    // the commit LSN. (Request and hint mode read the key's token from Redis
    // at the first read that needs it; a request that wrote before reading
    // takes the token its save left in Redis, which covers the begin token.)
    // Throws Error(Errc::token) when the write's token could
    // not be saved in Redis; token() still gives it then. Idempotent (a
    // second call returns the same token without throwing).
    std::optional<Lsn> end();
    // Before end(): the token the request began with (with the hint); in
    // request and hint mode only the hint until a read has read the token.
    // After end(): the token to carry (see end()).
    std::optional<Lsn> token() const noexcept;
    // Why the last call on this request failed (or what was wrong with its
    // token), "" when nothing did.
    const std::string &error() const noexcept;

    struct Impl;
    explicit Request(std::unique_ptr<Impl> impl) noexcept;

  private:
    std::unique_ptr<Impl> impl_;
};

// One registry row, for status displays.
struct NodeStatus {
    std::string name;
    std::string role;
    std::string dsn;
    Lsn replay_lsn;
    int64_t lag_ms = 0;
    int64_t age_ms = 0;  // since its last publish
    uint64_t seq = 0;
    bool paused = false;
    int64_t blacklisted_until_ms = 0;  // unix ms, 0: not blacklisted
    std::string eligibility;           // for a read with token 0/0: "eligible", "too_lagged", ...
};

struct RegistryStatus {
    std::vector<NodeStatus> nodes;
    std::optional<Lsn> floor;
    int64_t age_ms = -1;  // since the last full refresh; -1: none yet
    std::string breaker;  // "closed", "open", "half_open"
    bool floor_guard_clear = false;
    // (1.1) The floor in Redis is above the primary's insert LSN: replicas
    // stay unused until someone lowers or deletes it.
    bool floor_above_primary = false;
    // (1.1) Redis may evict keys (maxmemory > 0, a policy other than
    // noeviction, from INFO memory): reads of keys without a token go to the
    // primary. The policy as INFO last said ("" until known).
    bool redis_may_evict = false;
    std::string redis_maxmemory_policy;
};

class Router {
  public:
    // Parses the configuration (throws Error(Errc::config) naming the bad
    // value), starts the registry watcher. Never fails because Redis or
    // PostgreSQL is down.
    explicit Router(std::string_view config);
    ~Router();
    Router(const Router &) = delete;
    Router &operator=(const Router &) = delete;

    Request begin(std::string_view key);
    // Carried token: "" for none. A malformed token throws Error(invalid)
    // unless `lenient`, in which case the request gets the primary only.
    Request begin_at(std::string_view token, bool lenient = false);
    // Hint mode (1.1): the token in Redis AND the one the caller carries; the
    // request uses the larger. A malformed hint gets the primary only.
    Request begin_hint(std::string_view key, std::string_view hint);
    // Advisory mode with hints (1.1): max(token in Redis, floor, hint), for
    // choose_at. Throws Error(Errc::redis) when it cannot be known (Redis
    // unreachable, or the floor not raised yet after a possible token loss)
    // and Error(Errc::invalid) for a malformed hint or stored token: in both
    // cases the read must go to the primary.
    std::optional<Lsn> token(std::string_view key, std::string_view hint = {});

    Choice choose(std::string_view key);
    Choice choose_at(std::string_view token);
    // Where writes go now: the registry's primary, else the `primary` option
    // (reason "write"; not counted as a routed read). Throws Error(no_primary).
    Choice primary();
    // Advisory mode: raise the token of key to lsn (retried within
    // timeout_ms). Throws Error(Errc::token) when it could not be saved.
    void note_write(std::string_view key, Lsn lsn);

    // A pooled connection to a node of the registry (or "primary").
    Connection connect(std::string_view node);

    void blacklist(std::string_view node, std::chrono::milliseconds duration);
    void unblacklist(std::string_view node);
    std::vector<std::pair<std::string, int64_t>> blacklisted();  // node, unix ms until

    std::optional<Lsn> get_token(std::string_view key);
    Lsn set_token(std::string_view key, Lsn lsn);  // monotonic: returns the stored value

    // The decision for a key right now, explained in one line.
    std::string explain(std::string_view key);
    RegistryStatus status();
    // Waits until the first full registry refresh (true) or the timeout.
    bool wait_ready(std::chrono::milliseconds timeout);

    std::string metrics() const;

    struct Impl;

  private:
    std::shared_ptr<Impl> impl_;
};

}  // namespace lsnroute
