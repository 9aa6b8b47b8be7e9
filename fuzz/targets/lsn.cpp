// Lsn::parse (common/lsn.hpp): never crashes; whatever it accepts formats
// back to text that parses to the same value.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "lsn.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto lsn = lsnroute::Lsn::parse(text);
    if (!lsn)
        return 0;
    FUZZ_CHECK(text.size() <= 17);
    char buf[lsnroute::Lsn::kMaxText];
    const size_t n = lsn->format(buf, sizeof buf);
    FUZZ_CHECK(n > 0 && n < sizeof buf);
    const auto again = lsnroute::Lsn::parse(std::string_view(buf, n));
    FUZZ_CHECK(again && *again == *lsn);
    FUZZ_CHECK(lsn->str() == std::string_view(buf, n));
    return 0;
}
