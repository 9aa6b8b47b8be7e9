// Owning handle of an lsnr_router (the C API's router) for the workload's
// lsnroute Systems, which drive the C API exactly as an application would.
#pragma once

#include <lsnroute.h>

#include <memory>
#include <string>

namespace lsnroute::workload {

struct RouterFree {
    void operator()(lsnr_router *r) const { lsnr_router_free(r); }
};
using RouterHandle = std::unique_ptr<lsnr_router, RouterFree>;

// A router for `config` (conninfo-style, see DESIGN.md); empty with the
// library's message in `err` on failure.
inline RouterHandle make_router(const std::string &config, std::string &err) {
    char buf[512] = "";
    RouterHandle r(lsnr_router_new(config.c_str(), buf, sizeof buf));
    if (!r)
        err = buf[0] ? buf : "lsnr_router_new failed";
    return r;
}

// lsnr_end/lsnr_end_at/lsnr_note_write: a failure to reach Redis does not fail
// the user's request (DESIGN.md, faults: the library then protects the write
// with the floor); the stale-read check verifies that it really does.
inline bool token_handled(int rc) {
    return rc == LSNR_OK || rc == LSNR_EREDIS;
}

}  // namespace lsnroute::workload
