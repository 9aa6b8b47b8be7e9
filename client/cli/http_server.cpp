// The operator page's HTTP server (see http_server.hpp).
#include "http_server.hpp"

#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace lsnroute::cli {
namespace {

constexpr size_t kMaxRequestHead = size_t{16} * 1024;

const char *reason_phrase(int status) {
    switch (status) {
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        default:
            return "Internal Server Error";
    }
}

void send_all(int fd, const std::string &data) {
    size_t off = 0;
    while (off < data.size()) {
        const ssize_t n = send(fd, data.data() + off, data.size() - off, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;  // the client went away; nothing to tell it
        off += static_cast<size_t>(n);
    }
}

// Reads up to the end of the request head; "" if the client sent none in time.
std::string read_head(int fd) {
    std::string head;
    char buf[2048];
    while (head.find("\r\n\r\n") == std::string::npos && head.size() < kMaxRequestHead) {
        const ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        head.append(buf, static_cast<size_t>(n));
    }
    return head;
}

}  // namespace

bool split_host_port(const std::string &text, std::string *host, int *port) {
    const size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= text.size())
        return false;
    std::string h = text.substr(0, colon);
    if (h.size() >= 2 && h.front() == '[' && h.back() == ']')
        h = h.substr(1, h.size() - 2);
    const std::string p = text.substr(colon + 1);
    if (h.empty() || p.size() > 5 || p.find_first_not_of("0123456789") != std::string::npos)
        return false;
    const int n = std::stoi(p);
    if (n > 65535)
        return false;
    *host = h;
    *port = n;
    return true;
}

HttpServer::HttpServer(const std::string &host, int port) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo *res = nullptr;
    const std::string service = std::to_string(port);
    const int gai = getaddrinfo(host.c_str(), service.c_str(), &hints, &res);
    if (gai != 0)
        throw std::runtime_error("cannot resolve " + host + ": " + gai_strerror(gai));
    std::string why = "no address";
    for (addrinfo *ai = res; ai; ai = ai->ai_next) {
        const int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0)
            continue;
        const int one = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 && listen(fd, 64) == 0) {
            fd_ = fd;
            break;
        }
        why = std::strerror(errno);
        close(fd);
    }
    freeaddrinfo(res);
    if (fd_ < 0)
        throw std::runtime_error("cannot listen on " + host + ":" + service + ": " + why);
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    getsockname(fd_, reinterpret_cast<sockaddr *>(&addr), &len);
    port_ = addr.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6 *>(&addr)->sin6_port)
                                       : ntohs(reinterpret_cast<sockaddr_in *>(&addr)->sin_port);
}

HttpServer::~HttpServer() {
    if (fd_ >= 0)
        close(fd_);
}

void HttpServer::serve(const std::function<HttpResponse(const HttpRequest &)> &handler,
                       const std::atomic<bool> &stop) {
    while (!stop.load()) {
        pollfd p{fd_, POLLIN, 0};
        if (poll(&p, 1, 200) <= 0)
            continue;
        const int client = accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        // A client that sends nothing must not hold the page up for long.
        timeval tv{2, 0};
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        answer(client, handler);
        close(client);
    }
}

void HttpServer::answer(int fd, const std::function<HttpResponse(const HttpRequest &)> &handler) {
    const std::string head = read_head(fd);
    const size_t eol = head.find("\r\n");
    HttpRequest req;
    HttpResponse resp;
    const size_t sp1 = head.find(' ');
    const size_t sp2 = sp1 == std::string::npos ? sp1 : head.find(' ', sp1 + 1);
    if (eol == std::string::npos || sp2 == std::string::npos || sp2 > eol) {
        resp = {400, "text/plain; charset=utf-8", "bad request\n"};
    } else {
        req.method = head.substr(0, sp1);
        req.path = head.substr(sp1 + 1, sp2 - sp1 - 1);
        req.path = req.path.substr(0, req.path.find('?'));
        if (req.method != "GET" && req.method != "HEAD") {
            resp = {405, "text/plain; charset=utf-8", "only GET and HEAD\n"};
        } else {
            try {
                resp = handler(req);
            } catch (const std::exception &e) {
                resp = {500, "text/plain; charset=utf-8", std::string(e.what()) + "\n"};
            }
        }
    }
    std::string out = "HTTP/1.1 " + std::to_string(resp.status) + " " + reason_phrase(resp.status) +
                      "\r\nContent-Type: " + resp.content_type +
                      "\r\nContent-Length: " + std::to_string(resp.body.size()) +
                      "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff"
                      "\r\nConnection: close\r\n\r\n";
    if (req.method != "HEAD")
        out += resp.body;
    send_all(fd, out);
}

}  // namespace lsnroute::cli
