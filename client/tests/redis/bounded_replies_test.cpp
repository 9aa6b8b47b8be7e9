// The bounded hiredis reply builders (common/bounded_replies.*): a huge array
// header is refused before anything is allocated, everything within the
// bound is built exactly as hiredis builds it, and a connection reports the
// refusal by name.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <hiredis/hiredis.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <string>
#include <thread>

#include "bounded_replies.hpp"
#include "redis/connection.hpp"

namespace lsnroute::redis {
namespace {

using redis_protocol::kMaxReplyElements;
using redis_protocol::limit_reply_sizes;
using redis_protocol::reply_error_text;

using ReaderPtr = std::unique_ptr<redisReader, void (*)(redisReader *)>;

ReaderPtr reader(bool bounded) {
    ReaderPtr r(redisReaderCreate(), redisReaderFree);
    if (bounded)
        limit_reply_sizes(r.get());
    return r;
}

struct Outcome {
    int rc = REDIS_OK;
    redisReply *reply = nullptr;  // owned
    std::string error;
    ~Outcome() { freeReplyObject(reply); }
};

void feed(redisReader *r, const std::string &wire, Outcome &out) {
    redisReaderFeed(r, wire.data(), wire.size());
    void *raw = nullptr;
    out.rc = redisReaderGetReply(r, &raw);
    out.reply = static_cast<redisReply *>(raw);
    if (out.rc != REDIS_OK)
        out.error = reply_error_text(r->err, r->errstr);
}

// hiredis' own reader would take this header and calloc 3.2 GB for it (it
// only rejects counts above INT_MAX); the bounded one refuses it.
TEST(UnitBoundedReplies, HugeArrayHeaderIsRefusedByName) {
    const std::string header = "*400800000\r\n";
    {
        ReaderPtr plain = reader(false);
        // Only look at what hiredis would do with a count it can allocate
        // cheaply: 400800000 would really ask for the 3.2 GB.
        Outcome o;
        feed(plain.get(), "*" + std::to_string(kMaxReplyElements + 1) + "\r\n", o);
        EXPECT_EQ(o.rc, REDIS_OK) << "hiredis alone accepts a header above our bound";
    }
    ReaderPtr bounded = reader(true);
    Outcome o;
    feed(bounded.get(), header, o);
    EXPECT_EQ(o.rc, REDIS_ERR);
    EXPECT_EQ(o.reply, nullptr);
    EXPECT_NE(o.error.find("declares 400800000 elements"), std::string::npos) << o.error;
}

TEST(UnitBoundedReplies, TheBoundItselfIsAccepted) {
    {
        ReaderPtr r = reader(true);
        Outcome o;
        feed(r.get(), "*" + std::to_string(kMaxReplyElements) + "\r\n", o);
        EXPECT_EQ(o.rc, REDIS_OK) << o.error;  // waits for the elements
    }
    ReaderPtr r = reader(true);
    Outcome o;
    feed(r.get(), "*" + std::to_string(kMaxReplyElements + 1) + "\r\n", o);
    EXPECT_EQ(o.rc, REDIS_ERR);
}

// The input libFuzzer's blacklist_reply target ran out of memory on: the huge
// header follows a bulk string whose CRLF hiredis does not check.
TEST(UnitBoundedReplies, FuzzerOomInputIsAProtocolError) {
    const std::string wire =
        "*2\r\n*2\r\n$1\r\nn1**400800000\r\n$2\r\n.7e12\r\n2\r\n$2\r\n\rnan\r\n";
    ReaderPtr r = reader(true);
    Outcome o;
    feed(r.get(), wire, o);
    EXPECT_EQ(o.rc, REDIS_ERR);
    EXPECT_NE(o.error.find("declares 400800000 elements"), std::string::npos) << o.error;
}

::testing::AssertionResult same(const redisReply *a, const redisReply *b) {
    if (a == nullptr || b == nullptr)
        return a == b ? ::testing::AssertionSuccess()
                      : ::testing::AssertionFailure() << "one reply is missing";
    if (a->type != b->type || a->integer != b->integer || a->len != b->len ||
        a->elements != b->elements)
        return ::testing::AssertionFailure() << "type/integer/len/elements differ";
    if ((a->str == nullptr) != (b->str == nullptr) ||
        (a->str != nullptr && std::string(a->str, a->len + 1) != std::string(b->str, b->len + 1)))
        return ::testing::AssertionFailure() << "strings differ";
    for (size_t i = 0; i < a->elements; ++i) {
        auto r = same(a->element[i], b->element[i]);
        if (!r)
            return r << " (element " << i << ")";
    }
    return ::testing::AssertionSuccess();
}

TEST(UnitBoundedReplies, BuildsWhatHiredisBuilds) {
    const std::string wires[] = {
        "+OK\r\n",
        "-ERR wrong\r\n",
        ":-42\r\n",
        "$-1\r\n",
        "*-1\r\n",
        "*0\r\n",
        std::string("$5\r\na\0b\r\n\r\n", 11),  // 11: the bulk string holds a NUL
        "*5\r\n:1\r\n$3\r\nabc\r\n*2\r\n*1\r\n+x\r\n$-1\r\n-E\r\n*0\r\n",
        "*3\r\n*3\r\n:0\r\n:5460\r\n*2\r\n$9\r\n127.0.0.1\r\n:7000\r\n*0\r\n:1\r\n",
    };
    for (const std::string &wire : wires) {
        ReaderPtr plain = reader(false), bounded = reader(true);
        Outcome p, b;
        feed(plain.get(), wire, p);
        feed(bounded.get(), wire, b);
        ASSERT_EQ(p.rc, REDIS_OK);
        ASSERT_EQ(b.rc, REDIS_OK) << b.error;
        ASSERT_NE(b.reply, nullptr) << wire;
        EXPECT_TRUE(same(p.reply, b.reply)) << wire;
    }
}

// A "Redis" that answers every command with a huge array header: the
// client's connection fails with the refusal in its message and is broken.
TEST(UnitBoundedReplies, ConnectionReportsTheRefusal) {
    const int lfd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    ASSERT_EQ(::bind(lfd, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
    ASSERT_EQ(::listen(lfd, 1), 0);
    ASSERT_EQ(::getsockname(lfd, reinterpret_cast<sockaddr *>(&a), &len), 0);
    std::thread server([lfd] {
        const int c = ::accept(lfd, nullptr, nullptr);
        char buf[512];
        if (c >= 0 && ::read(c, buf, sizeof buf) > 0) {
            const std::string answer = "*400800000\r\n";
            (void)!::write(c, answer.data(), answer.size());
            (void)!::read(c, buf, sizeof buf);  // until the client hangs up
        }
        if (c >= 0)
            ::close(c);
    });
    std::string error;
    {
        auto conn = Connection::open(Endpoint{"127.0.0.1", ntohs(a.sin_port)}, Login{},
                                     Clock::now() + std::chrono::seconds(30));
        try {
            conn->command({"PING"}, Clock::now() + std::chrono::seconds(30));
        } catch (const Error &e) {
            error = e.what();
        }
        EXPECT_TRUE(conn->broken());
    }
    server.join();
    ::close(lfd);
    EXPECT_NE(error.find("declares 400800000 elements"), std::string::npos) << error;
}

}  // namespace
}  // namespace lsnroute::redis
