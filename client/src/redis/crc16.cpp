// Redis Cluster key slots: CRC16-CCITT (XMODEM: polynomial 0x1021, initial
// value 0) of the key's hash tag, modulo 16384, as in the Redis Cluster
// specification ("Keys distribution model").
#include <array>

#include "redis/redis_client.hpp"

namespace lsnroute::redis {
namespace {

constexpr std::array<uint16_t, 256> make_table() {
    std::array<uint16_t, 256> t{};
    for (int i = 0; i < 256; ++i) {
        uint16_t crc = static_cast<uint16_t>(i << 8);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 0x8000) ? static_cast<uint16_t>((crc << 1) ^ 0x1021)
                                 : static_cast<uint16_t>(crc << 1);
        }
        t[i] = crc;
    }
    return t;
}

constexpr std::array<uint16_t, 256> kTable = make_table();

uint16_t crc16(std::string_view s) noexcept {
    uint16_t crc = 0;
    for (unsigned char c : s) {
        crc = static_cast<uint16_t>((crc << 8) ^ kTable[((crc >> 8) ^ c) & 0xff]);
    }
    return crc;
}

}  // namespace

uint16_t key_slot(std::string_view key) noexcept {
    // Only the part between the first '{' and the next '}' is hashed, when
    // that part is not empty: "{user1000}.following" and
    // "{user1000}.followers" land in one slot.
    auto open = key.find('{');
    if (open != std::string_view::npos) {
        auto close = key.find('}', open + 1);
        if (close != std::string_view::npos && close > open + 1) {
            key = key.substr(open + 1, close - open - 1);
        }
    }
    return static_cast<uint16_t>(crc16(key) & 16383);
}

}  // namespace lsnroute::redis
