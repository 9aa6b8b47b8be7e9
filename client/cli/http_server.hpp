// A small HTTP/1.1 server for `lsnroute serve`: GET and HEAD only, one
// request per connection, answered in turn on the calling thread. Enough for
// an operator page and a Prometheus scrape; not a general web server.
#pragma once

#include <atomic>
#include <functional>
#include <string>

namespace lsnroute::cli {

struct HttpRequest {
    std::string method;  // "GET" or "HEAD"
    std::string path;    // without the query string
};

struct HttpResponse {
    int status = 200;
    std::string content_type = "text/plain; charset=utf-8";
    std::string body;
};

class HttpServer {
  public:
    // Listens on host:port (port 0: a free one). Throws std::runtime_error
    // naming the address when it cannot.
    HttpServer(const std::string &host, int port);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    int port() const noexcept { return port_; }

    // Answers requests with `handler` until `stop` becomes true (checked at
    // least every 200 ms). A handler's exception becomes a 500.
    void serve(const std::function<HttpResponse(const HttpRequest &)> &handler,
               const std::atomic<bool> &stop);

  private:
    void answer(int fd, const std::function<HttpResponse(const HttpRequest &)> &handler);

    int fd_ = -1;
    int port_ = 0;
};

// "HOST:PORT" or "[V6]:PORT" split; false if malformed (port 0..65535).
bool split_host_port(const std::string &text, std::string *host, int *port);

}  // namespace lsnroute::cli
