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

// A router for `config` (conninfo-style, see docs/design.md); empty with the
// library's message in `err` on failure.
inline RouterHandle make_router(const std::string &config, std::string &err) {
    char buf[512] = "";
    RouterHandle r(lsnr_router_new(config.c_str(), buf, sizeof buf));
    if (!r)
        err = buf[0] ? buf : "lsnr_router_new failed";
    return r;
}

// lsnr_end/lsnr_end_at/lsnr_note_write: a token Redis did not take
// (LSNR_ETOKEN) does not fail the user's request: the write committed. It is
// just not acknowledged (Request::write_acknowledged), and the stale-read
// check holds the router only to acknowledged writes.
inline bool token_handled(int rc) {
    return rc == LSNR_OK || rc == LSNR_ETOKEN;
}

}  // namespace lsnroute::workload
