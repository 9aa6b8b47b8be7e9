// `lsnroute serve --http HOST:PORT`: the operator page.
//   /            the page (registry, lag chart, blacklist, floor, metrics)
//   /api/state   the same as JSON (the page polls it)
//   /metrics     Prometheus text: the router's metrics and the registry
#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

#include "cli.hpp"
#include "http_server.hpp"
#include "lag_history.hpp"
#include "operator_page.hpp"

namespace lsnroute::cli {
namespace {

constexpr int64_t kWindowMs = int64_t{5} * 60 * 1000;
constexpr auto kSampleEvery = std::chrono::milliseconds(1000);
constexpr int kPollMs = 1000;

std::atomic<bool> g_stop{false};
void on_signal(int) {
    g_stop.store(true);
}

int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

const char *kServeUsage =
    "usage: lsnroute serve --http HOST:PORT\n"
    "Serves the operator page over HTTP until SIGINT or SIGTERM:\n"
    "  /            the registry, each node's lag over the last 5 minutes (a chart),\n"
    "               the blacklist, the floor and this router's metrics, refreshed\n"
    "               every second\n"
    "  /api/state   the same as JSON\n"
    "  /metrics     Prometheus text: the router's metrics and per-node gauges\n"
    "               (lsnroute_node_lag_seconds, ...)\n"
    "PORT 0 picks a free port. Prints the URL once it listens. The page has no\n"
    "authentication and shows no password: bind it to loopback or a private network.\n";

}  // namespace

int cmd_serve(Router *r, const Args &a) {
    std::string host;
    int port = 0;
    if (a.help || a.words.size() != 1 || !a.http || !split_host_port(*a.http, &host, &port)) {
        (a.help ? std::cout : std::cerr) << kServeUsage;
        return a.help ? kOk : kUsage;
    }
    HttpServer server(host, port);  // throws, naming the address, if it cannot listen
    LagHistory history(kWindowMs);
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    r->wait_ready(std::chrono::seconds(3));

    std::thread sampler([&] {
        while (!g_stop.load()) {
            history.add(now_ms(), r->status());
            for (auto slept = std::chrono::milliseconds(0); slept < kSampleEvery && !g_stop.load();
                 slept += std::chrono::milliseconds(50))
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    const std::string shown_host = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    std::cout << "lsnroute serve: http://" << shown_host << ":" << server.port() << "/"
              << std::endl;
    server.serve(
        [&](const HttpRequest &req) -> HttpResponse {
            if (req.path == "/")
                return {200, "text/html; charset=utf-8",
                        page_html(state_json(*r, history, now_ms()), kPollMs)};
            if (req.path == "/api/state")
                return {200, "application/json", state_json(*r, history, now_ms())};
            if (req.path == "/metrics")
                return {200, "text/plain; version=0.0.4; charset=utf-8", prometheus_text(*r)};
            return {404, "text/plain; charset=utf-8", "not found: try / /api/state /metrics\n"};
        },
        g_stop);
    sampler.join();
    return kOk;
}

}  // namespace lsnroute::cli
