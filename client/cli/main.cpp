// `lsnroute`: operate and inspect pg_lsnroute from the shell.
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include "cli.hpp"

#ifdef LSNROUTE_HAVE_WORKLOAD
#include "demo.hpp"
#endif

namespace {

const char *kUsageText =
    "usage: lsnroute [--config STRING] VERB [ARGS]\n"
    "\n"
    "Verbs:\n"
    "  status                          the registry as a table\n"
    "  watch                           the registry, refreshed in place (Ctrl-C quits)\n"
    "  route KEY                       which node would serve KEY now, and why\n"
    "  token get KEY | set KEY LSN     read or raise the token of a sticky key\n"
    "  blacklist add NODE [--for DUR] | rm NODE | list\n"
    "  demo                            the read-after-write demo workload\n"
    "  bench                           the benchmark (runs lsnroute-bench)\n"
    "\n"
    "The configuration (--config or the LSNROUTE_CONFIG environment variable) is the\n"
    "router's conninfo-style string, e.g. \"redis=127.0.0.1:6379 cluster=prod pg='dbname=app'\".\n"
    "`lsnroute VERB --help` describes a verb. Exit status: 0 ok, 1 failed, 2 usage.\n";

int run_bench(int argc, char **argv, const char *self) {
    // The benchmark is its own program (bench/); look next to this one first.
    std::string dir = self;
    const size_t slash = dir.rfind('/');
    std::vector<char *> args;
    std::string name = "lsnroute-bench";
    args.push_back(name.data());
    for (int i = 1; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    if (slash != std::string::npos) {
        for (const char *rel : {"/lsnroute-bench", "/bench/lsnroute-bench"}) {
            const std::string path = dir.substr(0, slash) + rel;
            if (access(path.c_str(), X_OK) == 0)
                execv(path.c_str(), args.data());
        }
    }
    execvp(name.c_str(), args.data());
    std::cerr << "lsnroute bench: cannot run lsnroute-bench (" << std::strerror(errno)
              << "); build and install it, or run `make bench` from the source tree\n";
    return lsnroute::cli::kFailed;
}

}  // namespace

int main(int argc, char **argv) {
    using namespace lsnroute::cli;
    Args a;
    if (const char *env = std::getenv("LSNROUTE_CONFIG"))
        a.config = env;
    int verb_index = -1;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (verb_index < 0 && (arg == "--config" || arg == "-c")) {
            if (i + 1 >= argc) {
                std::cerr << "lsnroute: --config needs a value\n";
                return kUsage;
            }
            a.config = argv[++i];
        } else if (verb_index < 0 && arg.rfind("--config=", 0) == 0) {
            a.config = arg.substr(9);
        } else if (verb_index < 0 && (arg == "--help" || arg == "-h")) {
            std::cout << kUsageText;
            return kOk;
        } else if (verb_index < 0) {
            verb_index = i;
            a.words.push_back(arg);
        } else if (a.words[0] == "demo" || a.words[0] == "bench") {
            a.words.push_back(arg);  // passed through untouched
        } else if (arg == "--help" || arg == "-h") {
            a.help = true;
        } else if (arg == "--for") {
            if (i + 1 >= argc) {
                std::cerr << "lsnroute: --for needs a duration\n";
                return kUsage;
            }
            a.duration = argv[++i];
        } else {
            a.words.push_back(arg);
        }
    }
    if (a.words.empty()) {
        std::cerr << kUsageText;
        return kUsage;
    }
    const std::string verb = a.words[0];
    if (verb == "demo") {
#ifdef LSNROUTE_HAVE_WORKLOAD
        return lsnroute::workload::demo_main(argc - verb_index, argv + verb_index);
#else
        std::cerr << "lsnroute demo: this build has no workload engine (client/workload); run "
                     "`make demo` from the source tree\n";
        return kFailed;
#endif
    }
    if (verb == "bench")
        return run_bench(argc - verb_index, argv + verb_index, argv[0]);

    int (*fn)(lsnroute::Router *, const Args &) = nullptr;
    if (verb == "status")
        fn = cmd_status;
    else if (verb == "watch")
        fn = cmd_watch;
    else if (verb == "route")
        fn = cmd_route;
    else if (verb == "token")
        fn = cmd_token;
    else if (verb == "blacklist")
        fn = cmd_blacklist;
    if (!fn) {
        std::cerr << "lsnroute: unknown verb '" << verb << "'\n" << kUsageText;
        return kUsage;
    }
    if (a.help) {
        return fn(nullptr, a);  // help needs no configuration and no Redis
    }
    try {
        lsnroute::Router router(a.config);
        return fn(&router, a);
    } catch (const lsnroute::Error &e) {
        std::cerr << "lsnroute " << verb << ": " << e.what() << '\n';
        return e.code() == lsnroute::Errc::config || e.code() == lsnroute::Errc::invalid ? kUsage
                                                                                         : kFailed;
    } catch (const std::exception &e) {
        std::cerr << "lsnroute " << verb << ": " << e.what() << '\n';
        return kFailed;
    }
}
