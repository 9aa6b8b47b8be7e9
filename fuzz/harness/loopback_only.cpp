#include "loopback_only.hpp"

#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

namespace fuzz {
namespace {

constexpr int kMaxPorts = 16;
std::atomic<int> allowed_ports[kMaxPorts];

bool allowed(const sockaddr *addr, socklen_t len) {
    if (addr == nullptr || addr->sa_family != AF_INET || len < sizeof(sockaddr_in))
        return false;
    const auto *in = reinterpret_cast<const sockaddr_in *>(addr);
    if (in->sin_addr.s_addr != htonl(INADDR_LOOPBACK))
        return false;
    const int port = ntohs(in->sin_port);
    for (const auto &p : allowed_ports)
        if (port != 0 && p.load() == port)
            return true;
    return false;
}

}  // namespace

void allow_loopback_port(int port) {
    for (auto &p : allowed_ports) {
        int expected = 0;
        if (p.compare_exchange_strong(expected, port) || expected == port)
            return;
    }
}

}  // namespace fuzz

extern "C" int connect(int fd, const struct sockaddr *addr, socklen_t len) {
    if (!fuzz::allowed(addr, len)) {
        errno = ECONNREFUSED;
        return -1;
    }
    return static_cast<int>(syscall(SYS_connect, fd, addr, len));
}

// Only numeric loopback addresses and "localhost" are resolved (by the real
// getaddrinfo, which then does no lookup); every other name does not exist.
extern "C" int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints,
                           struct addrinfo **res) {
    using Fn = int (*)(const char *, const char *, const struct addrinfo *, struct addrinfo **);
    static const Fn real = reinterpret_cast<Fn>(dlsym(RTLD_NEXT, "getaddrinfo"));
    if (real == nullptr || node == nullptr ||
        (std::strcmp(node, "127.0.0.1") != 0 && std::strcmp(node, "localhost") != 0))
        return EAI_NONAME;
    struct addrinfo numeric = {};
    if (hints != nullptr)
        numeric = *hints;
    numeric.ai_family = AF_INET;
    numeric.ai_flags |= AI_NUMERICHOST;
    return real("127.0.0.1", service, &numeric, res);
}
