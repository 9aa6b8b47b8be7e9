// The Redis protocol details both sides speak, in one place: server
// addresses and "host:port" lists, the Cluster's MOVED/ASK redirects, the
// Sentinel's master address and +switch-master messages, ROLE, the
// AUTH/SELECT commands and type checks on hiredis replies.
//
// Pure functions over text and hiredis replies: no I/O, no PostgreSQL header,
// no exception (every function is noexcept; out of memory reads as "no
// answer"). Nothing trusts a reply's shape: a wrong type, nil or a nested
// array yields "no answer", never a crash. The extension's worker (blocking,
// with deadlines) and the client's pooled connections wrap these results in
// their own error reporting.
#pragma once

#include <hiredis/hiredis.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lsnroute::redis_protocol {

// A Redis server address (host and TCP port).
struct Endpoint {
    std::string host;
    int port = 6379;
    std::string str() const { return host + ":" + std::to_string(port); }
};

inline bool operator==(const Endpoint &a, const Endpoint &b) noexcept {
    return a.port == b.port && a.host == b.host;
}
inline bool operator!=(const Endpoint &a, const Endpoint &b) noexcept {
    return !(a == b);
}

// Calls item(text) for every item of a comma-separated list, blanks (space,
// tab) around it trimmed, empty items included; stops early when item
// returns false. Returns false when it stopped early.
template <typename F>
bool for_each_list_item(std::string_view list, F &&item) {
    auto blank = [](char c) { return c == ' ' || c == '\t'; };
    size_t pos = 0;
    while (pos <= list.size()) {
        size_t comma = list.find(',', pos);
        if (comma == std::string_view::npos)
            comma = list.size();
        std::string_view one = list.substr(pos, comma - pos);
        while (!one.empty() && blank(one.front()))
            one.remove_prefix(1);
        while (!one.empty() && blank(one.back()))
            one.remove_suffix(1);
        pos = comma + 1;
        if (!item(one))
            return false;
    }
    return true;
}

// A TCP port: 1 to 5 decimal digits, value 1..65535.
std::optional<int> parse_port(std::string_view text) noexcept;

// A comma-separated list of "host:port" items, and what was wrong with it.
struct EndpointList {
    enum class Error { None, Empty, EmptyItem, NoHost, BadPort };
    std::vector<Endpoint> endpoints;
    Error error = Error::None;
    std::string bad_item;  // the offending item (trimmed) for NoHost and BadPort
};

// How a list is read. The worker's settings skip empty items and want a
// port everywhere; the client's `redis` option refuses empty items and
// defaults the port.
struct EndpointListRules {
    bool skip_empty_items = true;
    int default_port = 0;  // for an item without ':'; 0: a port is required
};

// Every item parsed: blanks around it trimmed, the host is what stands
// before the last ':' (an IPv6 address keeps its colons) and must not be
// empty. A list without any item is Error::Empty.
EndpointList parse_endpoint_list(std::string_view list, EndpointListRules rules = {}) noexcept;

// The error replies of a Cluster that are instructions rather than results:
// MOVED and ASK (go to target), TRYAGAIN and CLUSTERDOWN (wait a little).
struct Redirect {
    enum Kind { None, Moved, Ask, TryAgain, ClusterDown } kind = None;
    uint16_t slot = 0;  // < 16384
    // Host as written, split at the last ':' (an IPv6 host keeps its
    // colons). Empty ("MOVED 3999 :6381") means the node that answered.
    Endpoint target;
};

// The text of an error reply ("MOVED 3999 127.0.0.1:6381"); Kind None for
// any other text, malformed MOVED and ASK included.
Redirect parse_redirect(std::string_view error_text) noexcept;

// The text of a string, status or error reply; empty for other replies.
std::string_view reply_text(const redisReply *r) noexcept;

// An error reply.
bool is_error(const redisReply *r) noexcept;

// An error reply whose first word is `code` (MOVED, ASK, NOAUTH, ...).
bool is_error(const redisReply *r, std::string_view code) noexcept;

// A bulk or status string (CLUSTER SLOTS, ROLE, Sentinel and pub/sub arrays).
bool is_string(const redisReply *r) noexcept;

// A reply for an error message: "ERR ...", "(integer) 3", "(nil)".
std::string describe_reply(const redisReply *r) noexcept;

// SENTINEL get-master-addr-by-name: a two-element array of strings (host,
// decimal port). Anything else (nil: the Sentinel knows no such master) is
// nullopt.
std::optional<Endpoint> parse_master_addr_reply(const redisReply *r) noexcept;

// ROLE: an array whose first element is the role as a string ("master",
// "slave", "sentinel"). nullopt for any other shape.
std::optional<std::string> parse_role_reply(const redisReply *r) noexcept;

// The new master of a "+switch-master <name> <old-ip> <old-port> <new-ip>
// <new-port>" message (words separated by blanks), when it is about
// master_name.
std::optional<Endpoint> parse_switch_master(std::string_view message,
                                            std::string_view master_name) noexcept;

// One range of a CLUSTER SLOTS reply: slots first..last served by master.
struct SlotRange {
    uint16_t first = 0, last = 0;
    Endpoint master;
};

// The ranges of a CLUSTER SLOTS reply ([first, last, [host, port, id, ...],
// replicas...] each); a malformed range is skipped. A master whose host is
// empty or "?" (the node does not know its own address) is on replied_host.
std::vector<SlotRange> parse_cluster_slots(const redisReply *r,
                                           std::string_view replied_host) noexcept;

using Command = std::vector<std::string>;

// AUTH [user] password (the ACL form when user is not empty). Empty on out
// of memory. Each side decides whether a login needs it.
Command auth_command(std::string_view user, std::string_view password) noexcept;

// SELECT db. Empty on out of memory.
Command select_command(int db) noexcept;

}  // namespace lsnroute::redis_protocol
