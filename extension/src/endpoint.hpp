// A Redis server address (host and TCP port).
#pragma once

#include <string>

namespace lsnroute::ext {

struct Endpoint {
    std::string host;
    int port = 0;
    std::string str() const { return host + ":" + std::to_string(port); }
    bool operator==(const Endpoint &o) const { return host == o.host && port == o.port; }
    bool operator!=(const Endpoint &o) const { return !(*this == o); }
};

}  // namespace lsnroute::ext
