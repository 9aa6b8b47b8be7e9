// One connection to one Redis server, with a hard deadline on every round trip.
//
// hiredis is used in non-blocking mode and we poll() ourselves, so that a
// connect or a pipelined round trip never takes longer than the timeout as a
// whole (blocking hiredis restarts its wait after every signal) and so that
// the worker can give up at once when asked to shut down.
#pragma once

#include "redis_protocol.hpp"

#include <hiredis/hiredis.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace lsnroute::ext {

// The protocol vocabulary shared with the client (common/redis_protocol.hpp).
using redis_protocol::Command;
using redis_protocol::describe_reply;
using redis_protocol::Endpoint;

class RedisError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Redis answered, with an error reply ("ERR ...", "WRONGTYPE ...", "MOVED ...").
class RedisReplyError : public RedisError {
  public:
    using RedisError::RedisError;
};

struct ReplyDeleter {
    void operator()(redisReply *r) const noexcept { freeReplyObject(r); }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

class RedisConnection {
  public:
    // Called at least every kCheckSliceMs while waiting on Redis; returns
    // true when the caller wants the operation abandoned (the worker: a
    // shutdown request; it also wakes wait_for_lsn() waiters from there, so a
    // slow Redis does not delay them). May be null.
    using AbortCheck = bool (*)();
    static constexpr int kCheckSliceMs = 2;

    // Connects within timeout_ms. Throws RedisError.
    RedisConnection(const Endpoint &ep, int timeout_ms, AbortCheck abort_check);

    const Endpoint &endpoint() const noexcept { return ep_; }

    // Sends all commands in one write and reads one reply per command, all
    // within one timeout. Error replies are returned, not thrown; I/O errors,
    // timeouts and aborts throw RedisError (the connection is then unusable).
    std::vector<Reply> pipeline(const std::vector<Command> &cmds);

    // The same for commands already written in RESP (common/resp_command.hpp),
    // `ncmds` of them: the worker's publish path, which formats into a
    // reused buffer instead of building argument vectors.
    std::vector<Reply> pipeline_encoded(std::string_view resp, size_t ncmds);

    // pipeline_encoded in two halves, for a caller that does something else
    // (the worker: sleeps until its next poll) while Redis answers:
    // send_encoded writes the commands within the timeout; read_replies then
    // reads `ncmds` replies within a fresh timeout. Throw as pipeline does.
    void send_encoded(std::string_view resp);
    std::vector<Reply> read_replies(size_t ncmds);

    // A single command; an error reply throws RedisReplyError with Redis' message.
    Reply command(const Command &cmd);

  private:
    struct ContextDeleter {
        void operator()(redisContext *c) const noexcept { redisFree(c); }
    };

    // Reads `ncmds` replies within one timeout; polls before the first read
    // when wait_first, else only once a read found no complete reply.
    std::vector<Reply> collect_replies(size_t ncmds, bool wait_first);

    // Waits until the socket is ready for `events` or the deadline; throws.
    void wait_io(short events, long deadline_ms, const char *what);

    Endpoint ep_;
    int timeout_ms_;
    AbortCheck abort_check_;
    std::unique_ptr<redisContext, ContextDeleter> ctx_;
};

}  // namespace lsnroute::ext
