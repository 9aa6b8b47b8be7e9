#include "resp.hpp"

#include <hiredis/read.h>

#include "bounded_replies.hpp"

namespace fuzz {

Reply decode(std::string_view bytes) {
    std::unique_ptr<redisReader, void (*)(redisReader *)> reader(redisReaderCreate(),
                                                                 redisReaderFree);
    if (!reader)
        return nullptr;
    // As every connection of the client and the extension does: a huge
    // declared array is refused, not allocated.
    lsnroute::redis_protocol::limit_reply_sizes(reader.get());
    // hiredis' default 1 MiB "max buffer" only shrinks its buffer; the input
    // size is bounded by libFuzzer's -max_len.
    if (redisReaderFeed(reader.get(), bytes.data(), bytes.size()) != REDIS_OK)
        return nullptr;
    void *reply = nullptr;
    if (redisReaderGetReply(reader.get(), &reply) != REDIS_OK)
        return nullptr;
    return Reply(static_cast<redisReply *>(reply));
}

std::string bulk(std::string_view s) {
    std::string out = "$" + std::to_string(s.size()) + "\r\n";
    out.append(s);
    out += "\r\n";
    return out;
}

namespace {
// Status and error lines cannot carry CR or LF.
std::string line(char type, std::string_view s) {
    std::string out(1, type);
    for (char c : s)
        out.push_back(c == '\r' || c == '\n' ? ' ' : c);
    out += "\r\n";
    return out;
}
}  // namespace

std::string status(std::string_view s) {
    return line('+', s);
}
std::string error(std::string_view s) {
    return line('-', s);
}
std::string integer(long long v) {
    return ":" + std::to_string(v) + "\r\n";
}
std::string nil() {
    return "$-1\r\n";
}
std::string array_header(size_t n) {
    return "*" + std::to_string(n) + "\r\n";
}
std::string array(const std::vector<std::string> &elements) {
    std::string out = array_header(elements.size());
    for (const auto &e : elements)
        out += e;
    return out;
}

Vocabulary::Vocabulary(std::vector<std::string> extra)
    : words_{"v",
             "1",
             "2",
             "role",
             "primary",
             "standby",
             "master",
             "slave",
             "sentinel",
             "dsn",
             "host=127.0.0.1 port=1",
             "host='a",
             "timeline",
             "replay_lsn",
             "receive_lsn",
             "flush_lsn",
             "lag_ms",
             "replay_ts_ms",
             "paused",
             "published_at_ms",
             "seq",
             "pg_version",
             "system_id",
             "started_at_ms",
             "lag_source",
             "receiver",
             "node",
             "floor",
             "0/0",
             "0/16B3748",
             "FFFFFFFF/FFFFFFFF",
             "1/",
             "-1",
             "0",
             "9223372036854775807",
             "-9223372036854775808",
             "99999999999999999999",
             "1.7e12",
             "1e308",
             "nan",
             "inf",
             "n1",
             "n2",
             "127.0.0.1",
             "?",
             "",
             "message",
             "subscribe",
             "MOVED 1 127.0.0.1:1",
             "ASK 1 :1",
             "TRYAGAIN",
             "CLUSTERDOWN",
             "WRONGTYPE Operation against a key holding the wrong kind of value",
             "NOSCRIPT",
             "NOAUTH Authentication required.",
             "ERR"} {
    words_.insert(words_.end(), extra.begin(), extra.end());
}

std::string Vocabulary::pick(FuzzedDataProvider &in) const {
    return words_[in.ConsumeIntegralInRange<size_t>(0, words_.size() - 1)];
}

std::string random_string(FuzzedDataProvider &in, const Vocabulary &vocab) {
    if (in.ConsumeBool())
        return vocab.pick(in);
    return in.ConsumeRandomLengthString(64);
}

std::string random_reply(FuzzedDataProvider &in, const Vocabulary &vocab, int depth) {
    switch (in.ConsumeIntegralInRange<int>(0, depth > 0 ? 6 : 4)) {
        case 0:
            return bulk(random_string(in, vocab));
        case 1:
            return integer(in.ConsumeIntegral<long long>());
        case 2:
            return nil();
        case 3:
            return status(random_string(in, vocab));
        case 4:
            return error(random_string(in, vocab));
        default: {
            const size_t n = in.ConsumeIntegralInRange<size_t>(0, 8);
            std::vector<std::string> elements;
            for (size_t i = 0; i < n; ++i)
                elements.push_back(random_reply(in, vocab, depth - 1));
            return array(elements);
        }
    }
}

}  // namespace fuzz
