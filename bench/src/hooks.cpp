#include "hooks.hpp"

#include <sys/wait.h>

#include <csignal>
#include <cstdlib>

namespace lsnroute::bench {

namespace {
// System names and phases are ours ([a-z-]); quoting keeps the shell honest anyway.
std::string shell_quote(const std::string &s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}
}  // namespace

bool Hooks::run(const std::string &phase, const std::string &system, int run_no,
                std::string &err) const {
    if (command_.empty())
        return true;
    const std::string cmd = command_ + " " + shell_quote(phase) + " " + shell_quote(system) + " " +
                            std::to_string(run_no);
    const int status = std::system(cmd.c_str());
    if (status == 0)
        return true;
    err = "hook `" + cmd + "` failed (" +
          (WIFEXITED(status) ? "exit " + std::to_string(WEXITSTATUS(status)) : "signal") + ")";
    return false;
}

}  // namespace lsnroute::bench
