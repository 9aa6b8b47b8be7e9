// The Redis protocol parsers both sides share (common/redis_protocol.cpp):
// any reply hiredis can decode as a Sentinel master address, as ROLE and
// through the reply checks, and the input as text for the address lists
// (the worker's rules and the client's), redirects and +switch-master.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check.hpp"
#include "redis_protocol.hpp"
#include "resp.hpp"

using namespace lsnroute::redis_protocol;

namespace {

void check(const Endpoint &ep) {
    FUZZ_CHECK(!ep.host.empty() && ep.port >= 1 && ep.port <= 65535);
}

void check_list(std::string_view text, EndpointListRules rules) {
    const EndpointList l = parse_endpoint_list(text, rules);
    FUZZ_CHECK((l.error == EndpointList::Error::None) == !l.endpoints.empty());
    FUZZ_CHECK(l.bad_item.size() <= text.size());
    for (const Endpoint &ep : l.endpoints)
        check(ep);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (const fuzz::Reply reply = fuzz::decode(text)) {
        if (const auto ep = parse_master_addr_reply(reply.get()))
            check(*ep);
        if (const auto role = parse_role_reply(reply.get()))
            FUZZ_CHECK(is_string(reply->element[0]));
        FUZZ_CHECK(!is_error(reply.get(), text) || is_error(reply.get()));
        FUZZ_CHECK(reply_text(reply.get()).size() == (reply->str ? reply->len : 0));
        (void)describe_reply(reply.get());
    }
    check_list(text, {});
    check_list(text, {false, 6379});
    const Redirect r = parse_redirect(text);
    if (r.kind == Redirect::Moved || r.kind == Redirect::Ask) {
        FUZZ_CHECK(r.slot < 16384);
        FUZZ_CHECK(r.target.port >= 1 && r.target.port <= 65535);
    } else {
        FUZZ_CHECK(r.target.host.empty());
    }
    if (const auto ep = parse_switch_master(text, "mymaster"))
        check(*ep);
    return 0;
}
