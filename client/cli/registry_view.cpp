// `lsnroute status` (the registry as an aligned table) and `lsnroute watch`
// (the same, redrawn in place until Ctrl-C).
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli.hpp"

namespace lsnroute::cli {
namespace {

std::atomic<bool> g_interrupted{false};
void on_sigint(int) {
    g_interrupted.store(true);
}

std::string format_until(int64_t until_ms) {
    if (until_ms == 0)
        return "-";
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    return std::to_string((until_ms - now + 999) / 1000) + "s";
}

std::string render(Router &r) {
    const RegistryStatus st = r.status();
    std::vector<std::vector<std::string>> rows;
    rows.push_back({"NODE", "ROLE", "REPLAY_LSN", "LAG_MS", "AGE_MS", "SEQ", "BLACKLISTED",
                    "ELIGIBLE", "DSN"});
    for (const NodeStatus &n : st.nodes)
        rows.push_back({n.name, n.role + (n.paused ? " (paused)" : ""), n.replay_lsn.str(),
                        std::to_string(n.lag_ms), std::to_string(n.age_ms), std::to_string(n.seq),
                        format_until(n.blacklisted_until_ms),
                        n.role == "primary" ? "-" : n.eligibility, n.dsn});
    std::vector<size_t> width(rows[0].size(), 0);
    for (const auto &row : rows)
        for (size_t i = 0; i < row.size(); ++i)
            width[i] = std::max(width[i], row[i].size());
    std::ostringstream out;
    for (const auto &row : rows) {
        for (size_t i = 0; i < row.size(); ++i) {
            out << row[i];
            if (i + 1 < row.size())
                out << std::string(width[i] - row[i].size() + 2, ' ');
        }
        out << '\n';
    }
    out << "floor " << (st.floor ? st.floor->str() : std::string("(none)")) << ", registry age "
        << (st.age_ms < 0 ? std::string("(never refreshed)") : std::to_string(st.age_ms) + " ms")
        << ", redis breaker " << st.breaker << ", replicas "
        << (st.floor_guard_clear ? "in use" : "off until the floor is raised") << '\n';
    if (st.nodes.empty())
        out << "(no node in the registry)\n";
    return out.str();
}

}  // namespace

int cmd_status(Router *r, const Args &a) {
    if (a.help) {
        std::cout << "usage: lsnroute status\n"
                     "Prints the registry of the configured cluster as a table: each node's role,\n"
                     "replay LSN, lag, age of its last publish, blacklisting, and whether it may\n"
                     "serve a read without a token now.\n";
        return kOk;
    }
    if (!r->wait_ready(std::chrono::seconds(3))) {
        std::cerr << "lsnroute status: could not read the registry from Redis within 3 s\n";
        return kFailed;
    }
    std::cout << render(*r);
    return kOk;
}

int cmd_watch(Router *r, const Args &a) {
    if (a.help) {
        std::cout << "usage: lsnroute watch\n"
                     "Like status, redrawn in place every 200 ms until Ctrl-C.\n";
        return kOk;
    }
    std::signal(SIGINT, on_sigint);
    std::signal(SIGTERM, on_sigint);
    r->wait_ready(std::chrono::seconds(3));
    const bool tty = isatty(STDOUT_FILENO);
    while (!g_interrupted.load()) {
        if (tty)
            std::cout << "\x1b[H\x1b[2J";
        std::time_t t = std::time(nullptr);
        char ts[32];
        std::strftime(ts, sizeof ts, "%H:%M:%S", std::localtime(&t));
        std::cout << "lsnroute watch  " << ts << "  (Ctrl-C to quit)\n\n" << render(*r);
        std::cout.flush();
        for (int i = 0; i < 20 && !g_interrupted.load(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    std::cout << '\n';
    return kOk;
}

}  // namespace lsnroute::cli
