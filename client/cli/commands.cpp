// `lsnroute route`, `token` and `blacklist`.
#include <chrono>
#include <iostream>
#include <thread>

#include "cli.hpp"

namespace lsnroute::cli {

std::optional<long> parse_duration_ms(std::string_view text) {
    size_t i = 0;
    long n = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        n = n * 10 + (text[i] - '0');
        if (n > 365L * 86400000L)
            return std::nullopt;
        ++i;
    }
    if (i == 0)
        return std::nullopt;
    const std::string_view unit = text.substr(i);
    if (unit.empty() || unit == "ms")
        return n;
    if (unit == "s")
        return n * 1000;
    if (unit == "m" || unit == "min")
        return n * 60000;
    if (unit == "h")
        return n * 3600000;
    return std::nullopt;
}

int cmd_route(Router *r, const Args &a) {
    if (a.help || a.words.size() != 2) {
        (a.help ? std::cout : std::cerr)
            << "usage: lsnroute route KEY\n"
               "Explains which node would serve a read of sticky key KEY now, and why:\n"
               "  replica r1: replay 0/5000 \u2265 token 0/4F00, lag 3 ms\n";
        return a.help ? kOk : kUsage;
    }
    if (!r->wait_ready(std::chrono::seconds(3)))
        std::cerr << "lsnroute route: warning: registry not read from Redis yet\n";
    // Give the floor guard the moment it needs after start.
    for (int i = 0; i < 100 && !r->status().floor_guard_clear; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::cout << r->explain(a.words[1]) << '\n';
    return kOk;
}

int cmd_token(Router *r, const Args &a) {
    const bool get = a.words.size() == 3 && a.words[1] == "get";
    const bool set = a.words.size() == 4 && a.words[1] == "set";
    if (a.help || (!get && !set)) {
        (a.help ? std::cout : std::cerr)
            << "usage: lsnroute token get KEY\n"
               "       lsnroute token set KEY LSN\n"
               "get prints the token (last write LSN) of sticky key KEY, or (none).\n"
               "set raises it to LSN (never lowers it) and prints the value now stored.\n";
        return a.help ? kOk : kUsage;
    }
    if (get) {
        auto t = r->get_token(a.words[2]);
        std::cout << (t ? t->str() : std::string("(none)")) << '\n';
        return kOk;
    }
    auto lsn = Lsn::parse(a.words[3]);
    if (!lsn) {
        std::cerr << "lsnroute token set: '" << a.words[3]
                  << "' is not an LSN (expected X/X hex, e.g. 0/16B3748)\n";
        return kUsage;
    }
    std::cout << r->set_token(a.words[2], *lsn).str() << '\n';
    return kOk;
}

int cmd_blacklist(Router *r, const Args &a) {
    const std::string sub = a.words.size() > 1 ? a.words[1] : "";
    const bool ok = (sub == "add" && a.words.size() == 3) || (sub == "rm" && a.words.size() == 3) ||
                    (sub == "list" && a.words.size() == 2);
    if (a.help || !ok) {
        (a.help ? std::cout : std::cerr)
            << "usage: lsnroute blacklist add NODE [--for DURATION]\n"
               "       lsnroute blacklist rm NODE\n"
               "       lsnroute blacklist list\n"
               "add keeps NODE from getting reads (every router of the cluster) for DURATION\n"
               "(e.g. 30s, 500ms, 5m, 1h; default 30s); rm lifts it; list shows the entries.\n";
        return a.help ? kOk : kUsage;
    }
    if (sub == "add") {
        long ms = 30000;
        if (a.duration) {
            auto d = parse_duration_ms(*a.duration);
            if (!d || *d <= 0) {
                std::cerr << "lsnroute blacklist add: --for '" << *a.duration
                          << "' is not a duration (e.g. 30s, 500ms, 5m)\n";
                return kUsage;
            }
            ms = *d;
        }
        r->blacklist(a.words[2], std::chrono::milliseconds(ms));
        std::cout << "blacklisted " << a.words[2] << " for " << ms << " ms\n";
        return kOk;
    }
    if (sub == "rm") {
        r->unblacklist(a.words[2]);
        std::cout << "removed " << a.words[2] << " from the blacklist\n";
        return kOk;
    }
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    const auto entries = r->blacklisted();
    if (entries.empty())
        std::cout << "(blacklist empty)\n";
    for (const auto &[node, until] : entries)
        std::cout << node << "  " << (until - now) << " ms left\n";
    return kOk;
}

}  // namespace lsnroute::cli
