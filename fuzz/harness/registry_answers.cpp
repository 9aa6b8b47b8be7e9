#include "registry_answers.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>

#include "lsn.hpp"

namespace fuzz {
namespace {

std::vector<std::string> port_words(const std::vector<int> &ports) {
    std::vector<std::string> words;
    for (int p : ports) {
        words.push_back(std::to_string(p));
        words.push_back("host=127.0.0.1 port=" + std::to_string(p));
        words.push_back("127.0.0.1:" + std::to_string(p));
    }
    return words;
}

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

}  // namespace

RegistryAnswers::RegistryAnswers(FuzzedDataProvider &in, std::vector<int> ports)
    : in_(in), ports_(std::move(ports)), vocab_(port_words(ports_)) {}

std::string RegistryAnswers::port_text() {
    if (in_.ConsumeBool())
        return std::to_string(ports_[in_.ConsumeIntegralInRange<size_t>(0, ports_.size() - 1)]);
    return random_string(in_, vocab_);
}

std::string RegistryAnswers::lsn_text() {
    if (in_.ConsumeBool())
        return lsnroute::Lsn(in_.ConsumeIntegral<uint64_t>()).str();
    return random_string(in_, vocab_);
}

std::string RegistryAnswers::node_hash() {
    static const char *const fields[] = {
        "v",          "role",      "dsn",           "timeline",  "replay_lsn",      "receive_lsn",
        "flush_lsn",  "lag_ms",    "replay_ts_ms",  "paused",    "published_at_ms", "seq",
        "pg_version", "system_id", "started_at_ms", "lag_source"};
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    std::vector<std::string> out;
    for (const char *f : fields) {
        if (in_.ConsumeIntegralInRange<int>(0, 7) == 0)
            continue;  // a missing field
        const std::string name = f;
        std::string value;
        if (in_.ConsumeIntegralInRange<int>(0, 3) == 0)
            value = random_string(in_, vocab_);
        else if (name == "v")
            value = "1";
        else if (name == "role")
            value = in_.ConsumeBool() ? "primary" : "standby";
        else if (name == "dsn")
            value = "host=127.0.0.1 port=" + port_text();
        else if (name.find("lsn") != std::string::npos)
            value = lsn_text();
        else if (name == "published_at_ms" || name == "started_at_ms" || name == "replay_ts_ms")
            value = std::to_string(now + in_.ConsumeIntegralInRange<int64_t>(-100000, 100000));
        else
            value = std::to_string(in_.ConsumeIntegralInRange<int64_t>(-1, 100000));
        out.push_back(bulk(name));
        out.push_back(in_.ConsumeIntegralInRange<int>(0, 15) == 0 ? random_reply(in_, vocab_, 0)
                                                                  : bulk(value));
    }
    return array(out);
}

std::string RegistryAnswers::event_message() {
    if (in_.ConsumeIntegralInRange<int>(0, 3) == 0)
        return random_string(in_, vocab_);
    std::string msg = "v=1";
    if (in_.ConsumeIntegralInRange<int>(0, 5) == 0)
        return msg + " floor=" + lsn_text();
    msg += " node=" + random_string(in_, vocab_);
    msg += std::string(" role=") + (in_.ConsumeBool() ? "primary" : "standby");
    msg += " replay_lsn=" + lsn_text();
    msg += " lag_ms=" + std::to_string(in_.ConsumeIntegralInRange<int64_t>(-1, 100000));
    msg += " published_at_ms=" + std::to_string(in_.ConsumeIntegral<int64_t>());
    msg += " seq=" + std::to_string(in_.ConsumeIntegral<int64_t>());
    return msg;
}

std::string RegistryAnswers::cluster_slots() {
    std::vector<std::string> ranges;
    const size_t n = in_.ConsumeIntegralInRange<size_t>(0, 4);
    for (size_t i = 0; i < n; ++i) {
        std::vector<std::string> master;
        master.push_back(bulk(in_.ConsumeBool() ? "127.0.0.1" : random_string(in_, vocab_)));
        master.push_back(
            in_.ConsumeBool()
                ? integer(ports_[in_.ConsumeIntegralInRange<size_t>(0, ports_.size() - 1)])
                : integer(in_.ConsumeIntegral<long long>()));
        master.push_back(bulk("id"));
        std::vector<std::string> range;
        range.push_back(integer(in_.ConsumeIntegralInRange<long long>(-2, 16385)));
        range.push_back(integer(in_.ConsumeIntegralInRange<long long>(-2, 16385)));
        range.push_back(in_.ConsumeIntegralInRange<int>(0, 7) == 0 ? random_reply(in_, vocab_, 1)
                                                                   : array(master));
        ranges.push_back(in_.ConsumeIntegralInRange<int>(0, 7) == 0 ? random_reply(in_, vocab_, 1)
                                                                    : array(range));
    }
    return array(ranges);
}

std::string RegistryAnswers::master_addr() {
    const std::string host = in_.ConsumeBool() ? "127.0.0.1" : random_string(in_, vocab_);
    const std::string port =
        in_.ConsumeIntegralInRange<int>(0, 3) == 0 ? integer(0) : bulk(port_text());
    return array({bulk(host), port});
}

std::string RegistryAnswers::role() {
    switch (in_.ConsumeIntegralInRange<int>(0, 3)) {
        case 0:
            return array({bulk("master"), integer(in_.ConsumeIntegral<long long>()), array({})});
        case 1:
            return array(
                {bulk("slave"), bulk("127.0.0.1"), integer(1), bulk("connected"), integer(0)});
        case 2:
            return array({integer(in_.ConsumeIntegral<long long>())});
        default:
            return random_reply(in_, vocab_);
    }
}

std::string RegistryAnswers::shaped(const std::string &cmd, const std::vector<std::string> &argv) {
    if (cmd == "SMEMBERS") {
        std::vector<std::string> names;
        const size_t n = in_.ConsumeIntegralInRange<size_t>(0, 4);
        for (size_t i = 0; i < n; ++i)
            names.push_back(
                bulk(in_.ConsumeBool() ? "n" + std::to_string(i) : random_string(in_, vocab_)));
        return array(names);
    }
    if (cmd == "HGETALL")
        return node_hash();
    if (cmd == "GET" || cmd == "EVAL" || cmd == "EVALSHA")
        return in_.ConsumeIntegralInRange<int>(0, 3) == 0 ? nil() : bulk(lsn_text());
    if (cmd == "SCRIPT")
        return bulk("0123456789abcdef0123456789abcdef01234567");
    if (cmd == "ZRANGEBYSCORE" || cmd == "ZRANGE") {
        std::vector<std::string> out;
        const size_t n = in_.ConsumeIntegralInRange<size_t>(0, 3);
        for (size_t i = 0; i < n; ++i) {
            out.push_back(bulk(random_string(in_, vocab_)));
            out.push_back(bulk(in_.ConsumeBool() ? std::to_string(in_.ConsumeIntegral<int64_t>())
                                                 : random_string(in_, vocab_)));
        }
        return array(out);
    }
    if (cmd == "SUBSCRIBE") {
        const std::string channel = argv.size() > 1 ? argv[1] : "";
        std::string out = array({bulk("subscribe"), bulk(channel), integer(1)});
        const size_t n = in_.ConsumeIntegralInRange<size_t>(0, 4);
        for (size_t i = 0; i < n; ++i)
            out += array({bulk("message"), bulk(channel), bulk(event_message())});
        return out;
    }
    if (cmd == "SENTINEL")
        return master_addr();
    if (cmd == "ROLE")
        return role();
    if (cmd == "CLUSTER")
        return cluster_slots();
    if (cmd == "ZREMRANGEBYSCORE" || cmd == "ZADD" || cmd == "ZREM" || cmd == "PUBLISH")
        return integer(in_.ConsumeIntegralInRange<long long>(0, 2));
    return status("OK");  // AUTH, SELECT, PING, SET, ...
}

Answer RegistryAnswers::operator()(const std::vector<std::string> &argv) {
    std::lock_guard<std::mutex> lk(mu_);  // several fake servers share one input
    const std::string cmd = argv.empty() ? std::string() : upper(argv[0]);
    // Once the input is used up every answer is the shaped default: the
    // router keeps running on a well-behaved Redis until the target ends.
    switch (in_.remaining_bytes() == 0 ? 1 : in_.ConsumeIntegralInRange<int>(0, 15)) {
        case 0:
            return {random_reply(in_, vocab_), false};
        case 15:
            return {std::string(), true};
        default:
            return {shaped(cmd, argv), false};
    }
}

}  // namespace fuzz
