// hiredis reply builders that refuse an array header declaring more elements
// than any reply pg_lsnroute reads can hold.
//
// hiredis 0.14 allocates an array's element pointers as soon as it has read
// the header line: "*400000000\r\n", twelve bytes, asks for 3.2 GB before
// one element has arrived (its own bound is INT_MAX elements, 16 GB).
// Whatever answers on a configured Redis address -- a wrong port, a proxy, a
// corrupted stream -- could make every router and every worker allocate
// that. With these builders installed such a header fails the read as a
// protocol error: the connection is dropped and the usual fault handling
// (toward the primary, retry with backoff) applies. Replies within the bound
// are built exactly as hiredis builds them and freed with freeReplyObject.
#pragma once

#include <hiredis/hiredis.h>

#include <string>

namespace lsnroute::redis_protocol {

// The largest array reply accepted: 1 Mi elements (8 MiB of pointers). The
// largest reply pg_lsnroute reads is CLUSTER SLOTS, at most 16384 ranges.
inline constexpr int kMaxReplyElements = 1 << 20;

// Makes reader build its replies with the bounded builders. Call it right
// after creating the reader or the context (ctx->reader), before any read.
void limit_reply_sizes(redisReader *reader) noexcept;

// The text for a failed read on a reader (or context) with the bounded
// builders: hiredis reports a refused header as "Out of memory"; this says
// what was refused instead. err and errstr are the reader's or context's.
std::string reply_error_text(int err, const char *errstr);

}  // namespace lsnroute::redis_protocol
