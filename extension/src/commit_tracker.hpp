// The end LSN of this session's last commit that wrote a COMMIT record.
#pragma once

#include <cstdint>

extern "C" {
// Registers the transaction callback (from _PG_init, in every process that
// loads the library; inherited by backends when preloaded).
void lsnr_commit_tracker_init(void);

// 0 when this session has not committed a write (yet).
uint64_t lsnr_last_commit_end(void);
}
