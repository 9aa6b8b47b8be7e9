#include "redis/connection.hpp"

#include <poll.h>

#include <cerrno>
#include <cstring>

#include "bounded_replies.hpp"
#include "redis_protocol.hpp"

namespace lsnroute::redis {

std::string scrub(std::string text, const std::string &secret) {
    if (secret.empty())
        return text;
    for (auto pos = text.find(secret); pos != std::string::npos; pos = text.find(secret, pos + 3)) {
        text.replace(pos, secret.size(), "***");
    }
    return text;
}

Connection::Connection(Endpoint ep, ContextPtr ctx, std::string password)
    : endpoint_(std::move(ep)), ctx_(std::move(ctx)), password_(std::move(password)) {}

std::unique_ptr<Connection> Connection::open(const Endpoint &ep, const Login &login,
                                             Deadline deadline) {
    if (expired(deadline)) {
        throw Error("redis " + ep.str() + ": timed out before connecting");
    }
    ContextPtr ctx(redisConnectWithTimeout(ep.host.c_str(), ep.port, remaining_timeval(deadline)));
    if (!ctx)
        throw Error("redis " + ep.str() + ": out of memory creating a connection");
    if (ctx->err) {
        throw Error(
            scrub("redis " + ep.str() + ": connect failed: " + ctx->errstr, login.password));
    }
    redis_protocol::limit_reply_sizes(ctx->reader);
    std::unique_ptr<Connection> conn(new Connection(ep, std::move(ctx), login.password));
    if (!login.password.empty()) {
        const redis_protocol::Command auth =
            redis_protocol::auth_command(login.user, login.password);
        conn->append(Args(auth.begin(), auth.end()));
        ReplyPtr r = conn->read_reply(deadline);
        if (is_error(r.get())) {
            conn->fail_auth("authentication failed: " + std::string(reply_text(r.get())));
        }
    }
    if (login.db != 0) {
        const redis_protocol::Command select = redis_protocol::select_command(login.db);
        ReplyPtr r = conn->command(Args(select.begin(), select.end()), deadline);
        if (is_error(r.get())) {
            conn->fail("SELECT " + std::to_string(login.db) +
                       " failed: " + std::string(reply_text(r.get())));
        }
    }
    return conn;
}

void Connection::fail(const std::string &what) const {
    throw Error(scrub("redis " + endpoint_.str() + ": " + what, password_));
}

void Connection::fail_auth(const std::string &what) const {
    throw AuthError(scrub("redis " + endpoint_.str() + ": " + what, password_));
}

void Connection::fail_io(int saved_errno) {
    broken_ = true;
    const bool timed_out =
        ctx_->err == REDIS_ERR_IO && (saved_errno == EAGAIN || saved_errno == EWOULDBLOCK);
    fail(timed_out ? std::string("timed out waiting for the server")
                   : redis_protocol::reply_error_text(ctx_->err, ctx_->errstr));
}

void Connection::throw_if_auth_error(const redisReply *r) const {
    if (is_error(r, "NOAUTH") || is_error(r, "WRONGPASS")) {
        fail_auth("authentication failed: " + std::string(reply_text(r)));
    }
}

void Connection::set_timeout(Deadline deadline) {
    if (expired(deadline)) {
        broken_ = true;  // commands may have been queued and left unread
        fail("timed out");
    }
    if (redisSetTimeout(ctx_.get(), remaining_timeval(deadline)) != REDIS_OK) {
        fail_io(errno);
    }
}

void Connection::append(const Args &argv) {
    std::vector<const char *> ptrs;
    std::vector<size_t> lens;
    ptrs.reserve(argv.size());
    lens.reserve(argv.size());
    for (auto a : argv) {
        ptrs.push_back(a.data());
        lens.push_back(a.size());
    }
    if (redisAppendCommandArgv(ctx_.get(), static_cast<int>(argv.size()), ptrs.data(),
                               lens.data()) != REDIS_OK) {
        broken_ = true;
        fail("cannot queue command: " + std::string(ctx_->errstr));
    }
}

void Connection::flush(Deadline deadline) {
    set_timeout(deadline);
    int done = 0;
    while (!done) {
        if (redisBufferWrite(ctx_.get(), &done) != REDIS_OK)
            fail_io(errno);
    }
}

ReplyPtr Connection::read_reply(Deadline deadline) {
    // Replies already parsed need no I/O; otherwise this also flushes.
    set_timeout(deadline);
    void *raw = nullptr;
    if (redisGetReply(ctx_.get(), &raw) != REDIS_OK)
        fail_io(errno);
    return ReplyPtr(static_cast<redisReply *>(raw));
}

ReplyPtr Connection::command(const Args &argv, Deadline deadline) {
    if (broken_)
        fail("connection is broken");
    append(argv);
    ReplyPtr r = read_reply(deadline);
    throw_if_auth_error(r.get());
    return r;
}

std::vector<ReplyPtr> Connection::pipeline(const std::vector<Args> &cmds, Deadline deadline) {
    if (broken_)
        fail("connection is broken");
    for (const auto &c : cmds)
        append(c);
    std::vector<ReplyPtr> out;
    out.reserve(cmds.size());
    // Every reply must be read even after an auth error, so the connection
    // stays in step; the error is raised at the end.
    for (size_t i = 0; i < cmds.size(); ++i)
        out.push_back(read_reply(deadline));
    for (const auto &r : out)
        throw_if_auth_error(r.get());
    return out;
}

void Connection::send(const Args &argv, Deadline deadline) {
    if (broken_)
        fail("connection is broken");
    append(argv);
    flush(deadline);
}

ReplyPtr Connection::receive(std::chrono::milliseconds wait) {
    if (broken_)
        fail("connection is broken");
    const Deadline until = Clock::now() + wait;
    for (;;) {
        void *raw = nullptr;
        if (redisGetReplyFromReader(ctx_.get(), &raw) != REDIS_OK)
            fail_io(errno);
        if (raw)
            return ReplyPtr(static_cast<redisReply *>(raw));
        // Wait for the socket with poll() rather than a socket timeout: a
        // timed-out hiredis read poisons the context, an empty poll does not.
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now());
        pollfd p{ctx_->fd, POLLIN, 0};
        int n = ::poll(&p, 1, static_cast<int>(std::max<long>(left.count(), 0)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail_io(errno);
        if (n == 0)
            return nullptr;
        if (redisBufferRead(ctx_.get()) != REDIS_OK)
            fail_io(errno);
    }
}

}  // namespace lsnroute::redis
