#include "machine.hpp"

#include <hiredis/hiredis.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <memory>

#include "pg_conn.hpp"

namespace lsnroute::bench {

namespace {

std::string now_utc() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string cpu_model() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            if (colon != std::string::npos)
                return line.substr(line.find_first_not_of(' ', colon + 1));
        }
    }
    return "unknown";
}

std::string kernel() {
    utsname u{};
    if (uname(&u) != 0)
        return "unknown";
    return std::string(u.sysname) + " " + u.release + " " + u.machine;
}

std::string pg_version(const std::string &conninfo) {
    std::string err, v;
    PgConn c = pg_connect(conninfo, err);
    if (!c || !pg_scalar(c.get(), "SHOW server_version", v, err))
        return "unknown";
    return v;
}

std::string redis_version(const std::string &host, int port) {
    const timeval tv{1, 0};
    std::unique_ptr<redisContext, decltype(&redisFree)> c(
        redisConnectWithTimeout(host.c_str(), port, tv), &redisFree);
    if (!c || c->err)
        return "unknown";
    auto *r = static_cast<redisReply *>(redisCommand(c.get(), "INFO server"));
    if (!r)
        return "unknown";
    std::unique_ptr<redisReply, decltype(&freeReplyObject)> reply(r, &freeReplyObject);
    if (reply->type != REDIS_REPLY_STRING)
        return "unknown";
    const std::string info(reply->str, reply->len);
    const std::string key = "redis_version:";
    const auto at = info.find(key);
    if (at == std::string::npos)
        return "unknown";
    const auto end = info.find_first_of("\r\n", at);
    return info.substr(at + key.size(), end - at - key.size());
}

// "pgpool-II version 4.3.5 (tamahomeboshi)" -> "4.3.5".
std::string pgpool_version() {
    std::unique_ptr<FILE, decltype(&pclose)> p(popen("pgpool --version 2>&1", "r"), &pclose);
    if (!p)
        return "unknown";
    std::array<char, 256> buf{};
    if (!std::fgets(buf.data(), buf.size(), p.get()))
        return "unknown";
    std::string line(buf.data());
    const std::string key = "version ";
    const auto at = line.find(key);
    if (at == std::string::npos)
        return "unknown";
    const auto end = line.find(' ', at + key.size());
    return line.substr(at + key.size(), end - at - key.size());
}

}  // namespace

Machine read_machine(const std::string &primary_conninfo, const std::string &redis_host,
                     int redis_port) {
    Machine m;
    m.date_utc = now_utc();
    m.nproc = static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN));
    m.cpu_model = cpu_model();
    m.kernel = kernel();
    m.pg_version = pg_version(primary_conninfo);
    m.redis_version = redis_version(redis_host, redis_port);
    m.pgpool_version = pgpool_version();
    return m;
}

}  // namespace lsnroute::bench
