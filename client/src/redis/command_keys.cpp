#include "redis/command_keys.hpp"

#include <array>
#include <cctype>

namespace lsnroute::redis {
namespace {

bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i]))) {
            return false;
        }
    }
    return true;
}

constexpr std::array<std::string_view, 22> kKeyless = {
    "PING",    "ECHO",      "PUBLISH", "SCRIPT", "INFO",     "CLUSTER",  "TIME",    "DBSIZE",
    "CONFIG",  "CLIENT",    "ROLE",    "AUTH",   "SELECT",   "HELLO",    "COMMAND", "FLUSHALL",
    "FLUSHDB", "RANDOMKEY", "KEYS",    "SCAN",   "READONLY", "READWRITE"};

// EVAL script numkeys key... : the key follows numkeys.
constexpr std::array<std::string_view, 6> kScriptCalls = {"EVAL",       "EVALSHA", "EVAL_RO",
                                                          "EVALSHA_RO", "FCALL",   "FCALL_RO"};

// numkeys > 0, read without allocating.
bool has_keys(std::string_view numkeys) noexcept {
    bool any_digit = false, nonzero = false;
    for (char c : numkeys) {
        if (c < '0' || c > '9')
            return false;
        any_digit = true;
        nonzero = nonzero || c != '0';
    }
    return any_digit && nonzero;
}

}  // namespace

std::optional<std::string_view> first_key(const Args &argv) noexcept {
    if (argv.empty())
        return std::nullopt;
    for (auto name : kKeyless) {
        if (iequals(argv[0], name))
            return std::nullopt;
    }
    for (auto name : kScriptCalls) {
        if (iequals(argv[0], name)) {
            if (argv.size() < 4)
                return std::nullopt;
            if (!has_keys(argv[2]))
                return std::nullopt;
            return argv[3];
        }
    }
    if (argv.size() < 2)
        return std::nullopt;
    return argv[1];
}

bool is_broadcast(const Args &argv) noexcept {
    if (argv.empty())
        return false;
    if (iequals(argv[0], "FLUSHALL") || iequals(argv[0], "FLUSHDB"))
        return true;
    return argv.size() >= 2 && iequals(argv[0], "SCRIPT") &&
           (iequals(argv[1], "LOAD") || iequals(argv[1], "FLUSH"));
}

}  // namespace lsnroute::redis
