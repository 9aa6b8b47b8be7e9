#include "redis_connection.hpp"

#include "bounded_replies.hpp"
#include "resp_command.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <time.h>

#include <cerrno>
#include <cstring>

namespace lsnroute::ext {

namespace {

long monotonic_ms() {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

}  // namespace

RedisConnection::RedisConnection(const Endpoint &ep, int timeout_ms, AbortCheck abort_check)
    : ep_(ep), timeout_ms_(timeout_ms), abort_check_(abort_check) {
    const long deadline = monotonic_ms() + timeout_ms_;
    ctx_.reset(redisConnectNonBlock(ep_.host.c_str(), ep_.port));
    if (!ctx_)
        throw RedisError("could not allocate a Redis context");
    if (ctx_->err)
        throw RedisError("cannot connect to " + ep_.str() + ": " + ctx_->errstr);
    redis_protocol::limit_reply_sizes(ctx_->reader);
    wait_io(POLLOUT, deadline, "connect");
    int so_error = 0;
    socklen_t len = sizeof so_error;
    if (getsockopt(ctx_->fd, SOL_SOCKET, SO_ERROR, &so_error, &len) != 0)
        so_error = errno;
    if (so_error != 0)
        throw RedisError("cannot connect to " + ep_.str() + ": " + std::strerror(so_error));
}

void RedisConnection::wait_io(short events, long deadline_ms, const char *what) {
    for (;;) {
        if (abort_check_ != nullptr && abort_check_())
            throw RedisError(std::string(what) + " to " + ep_.str() + " abandoned: shutting down");
        const long left = deadline_ms - monotonic_ms();
        if (left <= 0)
            throw RedisError(std::string(what) + " to " + ep_.str() + " timed out after " +
                             std::to_string(timeout_ms_) + " ms");
        struct pollfd pfd = {ctx_->fd, events, 0};
        const long slice = abort_check_ != nullptr && left > kCheckSliceMs ? kCheckSliceMs : left;
        const int rc = poll(&pfd, 1, static_cast<int>(slice));
        if (rc > 0)
            return;
        if (rc < 0 && errno != EINTR)
            throw RedisError(std::string(what) + " to " + ep_.str() + ": " + std::strerror(errno));
        // rc == 0 or EINTR (a signal: re-check abort and the deadline).
    }
}

std::vector<Reply> RedisConnection::pipeline(const std::vector<Command> &cmds) {
    std::string resp;
    for (const Command &c : cmds) {
        resp::begin_command(resp, c.size());
        for (const std::string &a : c)
            resp::append_arg(resp, a);
    }
    return pipeline_encoded(resp, cmds.size());
}

std::vector<Reply> RedisConnection::pipeline_encoded(std::string_view resp, size_t ncmds) {
    send_encoded(resp);
    // Right after the write the answer cannot be there yet: wait first.
    return collect_replies(ncmds, true);
}

void RedisConnection::send_encoded(std::string_view resp) {
    if (!ctx_)
        throw RedisError("not connected");
    const long deadline = monotonic_ms() + timeout_ms_;
    if (redisAppendFormattedCommand(ctx_.get(), resp.data(), resp.size()) != REDIS_OK)
        throw RedisError(std::string("could not queue commands: ") + ctx_->errstr);

    int done = 0;
    while (!done) {
        if (redisBufferWrite(ctx_.get(), &done) != REDIS_OK)
            throw RedisError("write to " + ep_.str() + ": " + ctx_->errstr);
        if (!done)
            wait_io(POLLOUT, deadline, "write");
    }
}

std::vector<Reply> RedisConnection::read_replies(size_t ncmds) {
    // The caller did something else since the write: the answer is most
    // likely in the socket buffer already, so read before polling.
    return collect_replies(ncmds, false);
}

std::vector<Reply> RedisConnection::collect_replies(size_t ncmds, bool wait_first) {
    if (!ctx_)
        throw RedisError("not connected");
    const long deadline = monotonic_ms() + timeout_ms_;
    std::vector<Reply> replies;
    replies.reserve(ncmds);
    bool wait = wait_first;
    while (replies.size() < ncmds) {
        void *raw = nullptr;
        if (redisGetReplyFromReader(ctx_.get(), &raw) != REDIS_OK)
            throw RedisError("protocol error from " + ep_.str() + ": " +
                             redis_protocol::reply_error_text(ctx_->err, ctx_->errstr));
        if (raw != nullptr) {
            replies.emplace_back(static_cast<redisReply *>(raw));
            continue;
        }
        if (wait)
            wait_io(POLLIN, deadline, "command");
        wait = true;
        // Non-blocking context: with nothing to read this reads nothing
        // (EAGAIN is no error) and the next round polls.
        if (redisBufferRead(ctx_.get()) != REDIS_OK)
            throw RedisError("read from " + ep_.str() + ": " + ctx_->errstr);
    }
    return replies;
}

Reply RedisConnection::command(const Command &cmd) {
    std::vector<Reply> r = pipeline({cmd});
    if (r[0]->type == REDIS_REPLY_ERROR)
        throw RedisReplyError(describe_reply(r[0].get()));
    return std::move(r[0]);
}

}  // namespace lsnroute::ext
