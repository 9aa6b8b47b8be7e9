// The fuzz targets' network fence. Fuzz inputs name hosts and ports (a MOVED
// target, a Sentinel's master, a registry dsn); this file replaces connect()
// and getaddrinfo() for the whole process (hiredis and libpq included) so that
// only the fake servers' loopback ports can be reached and no name is ever
// looked up: everything else is refused at once, as a closed port would be.
#pragma once

namespace fuzz {

// Lets connect() reach 127.0.0.1:port from now on.
void allow_loopback_port(int port);

}  // namespace fuzz
