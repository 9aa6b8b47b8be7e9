// Writes Redis commands in RESP ("*<n>\r\n" then "$<len>\r\n<bytes>\r\n" per
// argument) straight into a caller's buffer.
//
// hiredis' redisAppendCommandArgv formats every argument through sdscatfmt
// into a fresh sds; on a standby the worker publishes every couple of
// milliseconds while WAL streams, and that formatting plus a vector of
// argument strings per publish was a fifth of the worker's CPU. A buffer
// that is cleared and reused keeps its capacity, so a steady publish
// allocates nothing. Binary-safe; PostgreSQL-free and exception-free apart
// from std::bad_alloc.
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>

namespace lsnroute::resp {

namespace detail {
inline void append_prefixed_count(std::string &out, char prefix, uint64_t n) {
    char digits[24];
    const auto res = std::to_chars(digits, digits + sizeof digits, n);
    out.push_back(prefix);
    out.append(digits, static_cast<size_t>(res.ptr - digits));
    out.append("\r\n", 2);
}
}  // namespace detail

// Starts a command of `nargs` arguments (the command name counts).
inline void begin_command(std::string &out, size_t nargs) {
    detail::append_prefixed_count(out, '*', nargs);
}

inline void append_arg(std::string &out, std::string_view arg) {
    detail::append_prefixed_count(out, '$', arg.size());
    out.append(arg.data(), arg.size());
    out.append("\r\n", 2);
}

// A decimal argument, formatted without a temporary string.
template <typename Int, typename = std::enable_if_t<std::is_integral_v<Int>>>
void append_arg(std::string &out, Int value) {
    char digits[24];
    const auto res = std::to_chars(digits, digits + sizeof digits, value);
    append_arg(out, std::string_view(digits, static_cast<size_t>(res.ptr - digits)));
}

// A whole command from its arguments.
inline void append_command(std::string &out, std::initializer_list<std::string_view> args) {
    begin_command(out, args.size());
    for (std::string_view a : args)
        append_arg(out, a);
}

}  // namespace lsnroute::resp
