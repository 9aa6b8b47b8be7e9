// Hooks: a shell command the benchmark runs around each system and each run,
// so that the shell side (bench/run.sh) can start and stop pgpool-II or switch
// the primary to synchronous remote_apply exactly when a System needs it.
//
// The command is run as `<command> <phase> <system> <run>` with phase one of
// before-system, before-run, after-run, after-system.
#pragma once

#include <string>

namespace lsnroute::bench {

class Hooks {
  public:
    explicit Hooks(std::string command) : command_(std::move(command)) {}
    // Runs the hook; false (with err) when it exits non-zero. No command: true.
    bool run(const std::string &phase, const std::string &system, int run_no,
             std::string &err) const;

  private:
    std::string command_;
};

}  // namespace lsnroute::bench
