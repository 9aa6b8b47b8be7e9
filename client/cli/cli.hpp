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
    std::string config;              // --config or LSNROUTE_CONFIG
    std::vector<std::string> words;  // verb and its arguments, options removed
    bool help = false;
    std::optional<std::string> duration;  // --for
};

// "30s", "500ms", "2m", "1h" or a number of milliseconds; nullopt if malformed.
std::optional<long> parse_duration_ms(std::string_view text);

int cmd_status(Router *r, const Args &a);
int cmd_watch(Router *r, const Args &a);
int cmd_route(Router *r, const Args &a);
int cmd_token(Router *r, const Args &a);
int cmd_blacklist(Router *r, const Args &a);

}  // namespace lsnroute::cli
