// The one LSN type of pg_lsnroute, shared by the extension and the client.
//
// An LSN is a 64-bit WAL position, written the way PostgreSQL prints pg_lsn:
// "%X/%X" with upper-case hex, high and low 32-bit halves ("0/16B3748").
// Header-only and exception-free so that it is safe inside the PostgreSQL
// backend (where a C++ exception must never escape) as well as in the client.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace lsnroute {

class Lsn {
  public:
    constexpr Lsn() noexcept = default;
    constexpr explicit Lsn(uint64_t value) noexcept : value_(value) {}
    constexpr Lsn(uint32_t hi, uint32_t lo) noexcept
        : value_((static_cast<uint64_t>(hi) << 32) | lo) {}

    // Parses "X/X" (1 to 8 hex digits each side, either case, no spaces).
    // Returns nullopt for anything else, including an empty string.
    static std::optional<Lsn> parse(std::string_view text) noexcept {
        const size_t slash = text.find('/');
        if (slash == std::string_view::npos)
            return std::nullopt;
        uint32_t hi = 0, lo = 0;
        if (!parse_half(text.substr(0, slash), hi))
            return std::nullopt;
        if (!parse_half(text.substr(slash + 1), lo))
            return std::nullopt;
        return Lsn(hi, lo);
    }

    constexpr uint64_t value() const noexcept { return value_; }
    constexpr uint32_t hi() const noexcept { return static_cast<uint32_t>(value_ >> 32); }
    constexpr uint32_t lo() const noexcept { return static_cast<uint32_t>(value_); }
    constexpr bool is_zero() const noexcept { return value_ == 0; }

    // Longest text form: "FFFFFFFF/FFFFFFFF" plus NUL.
    static constexpr size_t kMaxText = 18;

    // Writes the text form into buf (at least kMaxText bytes); returns its length.
    size_t format(char *buf, size_t len) const noexcept {
        const int n = std::snprintf(buf, len, "%X/%X", hi(), lo());
        return n < 0 ? 0 : static_cast<size_t>(n);
    }
    std::string str() const {
        char buf[kMaxText];
        return std::string(buf, format(buf, sizeof buf));
    }

    friend constexpr bool operator==(Lsn a, Lsn b) noexcept { return a.value_ == b.value_; }
    friend constexpr bool operator!=(Lsn a, Lsn b) noexcept { return a.value_ != b.value_; }
    friend constexpr bool operator<(Lsn a, Lsn b) noexcept { return a.value_ < b.value_; }
    friend constexpr bool operator<=(Lsn a, Lsn b) noexcept { return a.value_ <= b.value_; }
    friend constexpr bool operator>(Lsn a, Lsn b) noexcept { return a.value_ > b.value_; }
    friend constexpr bool operator>=(Lsn a, Lsn b) noexcept { return a.value_ >= b.value_; }

  private:
    static bool parse_half(std::string_view s, uint32_t &out) noexcept {
        if (s.empty() || s.size() > 8)
            return false;
        uint32_t v = 0;
        for (char c : s) {
            uint32_t d;
            if (c >= '0' && c <= '9')
                d = static_cast<uint32_t>(c - '0');
            else if (c >= 'A' && c <= 'F')
                d = static_cast<uint32_t>(c - 'A' + 10);
            else if (c >= 'a' && c <= 'f')
                d = static_cast<uint32_t>(c - 'a' + 10);
            else
                return false;
            v = (v << 4) | d;
        }
        out = v;
        return true;
    }

    uint64_t value_ = 0;
};

constexpr Lsn max(Lsn a, Lsn b) noexcept {
    return a < b ? b : a;
}

}  // namespace lsnroute
