// The `lsnroute` command line tool: shared pieces of its verbs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lsnroute/lsnroute.hpp"

namespace lsnroute::cli {

// Exit codes.
constexpr int kOk = 0;
constexpr int kFailed = 1;  // the operation failed (Redis down, ...)
constexpr int kUsage = 2;   // bad command line or configuration

struct Args {
    std::string config;              // see config_source.hpp for where it comes from
    std::vector<std::string> words;  // verb and its arguments, options removed
    bool help = false;
    std::optional<std::string> duration;  // --for
    std::optional<std::string> http;      // --http HOST:PORT (serve)
};

// "30s", "500ms", "2m", "1h" or a number of milliseconds; nullopt if malformed.
std::optional<long> parse_duration_ms(std::string_view text);

// Verb handlers. With a.help set they print their usage and get no router.
int cmd_status(Router *r, const Args &a);
int cmd_watch(Router *r, const Args &a);
int cmd_route(Router *r, const Args &a);
int cmd_token(Router *r, const Args &a);
int cmd_blacklist(Router *r, const Args &a);
int cmd_serve(Router *r, const Args &a);

}  // namespace lsnroute::cli
