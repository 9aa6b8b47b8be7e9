// RESP2 for the fuzz targets: decoding fuzz bytes into a hiredis reply tree
// (what the parsers under test receive), and generating well-formed replies
// from fuzz bytes (what the fake Redis server answers).
#pragma once

#include <fuzzer/FuzzedDataProvider.h>
#include <hiredis/hiredis.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace fuzz {

struct ReplyFree {
    void operator()(redisReply *r) const noexcept {
        if (r)
            freeReplyObject(r);
    }
};
using Reply = std::unique_ptr<redisReply, ReplyFree>;

// The first complete reply in bytes, decoded by hiredis' own reader; null
// when the bytes are not (yet) one.
Reply decode(std::string_view bytes);

// RESP2 encoders.
std::string bulk(std::string_view s);
std::string status(std::string_view s);
std::string error(std::string_view s);
std::string integer(long long v);
std::string nil();
std::string array_header(size_t n);
std::string array(const std::vector<std::string> &encoded_elements);

// Strings the parsers look for (schema field names, roles, LSNs, numbers,
// reply keywords), so generated replies reach past the first comparison.
// `extra` is added to the built-in words (e.g. the fake server's address).
class Vocabulary {
  public:
    explicit Vocabulary(std::vector<std::string> extra = {});
    std::string pick(FuzzedDataProvider &in) const;

  private:
    std::vector<std::string> words_;
};

// A well-formed reply of any type, nested up to `depth` arrays, its strings
// drawn from the vocabulary or from the input bytes.
std::string random_reply(FuzzedDataProvider &in, const Vocabulary &vocab, int depth = 2);

// A string either from the vocabulary or raw bytes from the input.
std::string random_string(FuzzedDataProvider &in, const Vocabulary &vocab);

}  // namespace fuzz
