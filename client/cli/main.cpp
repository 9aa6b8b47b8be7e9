// `lsnroute`: operate and inspect pg_lsnroute from the shell.
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include "cli.hpp"
#include "config_source.hpp"
#include "demo.hpp"

namespace {

using namespace lsnroute::cli;

// Verbs that run another program with the rest of the command line.
int run_demo(int argc, char **argv);
int run_bench(int argc, char **argv);

// The verb table: one row per verb, in the order of the usage text.
struct Verb {
    const char *name;
    const char *synopsis;  // after the verb's name
    const char *summary;
    int (*handler)(lsnroute::Router *, const Args &);  // needs the router
    int (*passthrough)(int, char **);                  // or takes argv as is
};

const Verb kVerbs[] = {
    {"status", "", "the registry as a table", cmd_status, nullptr},
    {"watch", "", "the registry, refreshed in place (Ctrl-C quits)", cmd_watch, nullptr},
    {"route", "KEY", "which node would serve KEY now, and why", cmd_route, nullptr},
    {"token", "get KEY | set KEY LSN", "read or raise the token of a sticky key", cmd_token,
     nullptr},
    {"blacklist", "add NODE [--for DUR] | rm NODE | list", "keep a replica from getting reads",
     cmd_blacklist, nullptr},
    {"serve", "--http HOST:PORT", "the operator page (HTML, JSON, /metrics) over HTTP", cmd_serve,
     nullptr},
    {"demo", "[ARGS]", "the read-after-write demo workload", nullptr, run_demo},
    {"bench", "[ARGS]", "the benchmark (runs lsnroute-bench)", nullptr, run_bench},
};

const Verb *find_verb(const std::string &name) {
    for (const Verb &v : kVerbs)
        if (name == v.name)
            return &v;
    return nullptr;
}

std::string usage_text() {
    std::string out =
        "usage: lsnroute [--config STRING | --config-file PATH] VERB [ARGS]\n\nVerbs:\n";
    for (const Verb &v : kVerbs) {
        constexpr size_t kColumn = 40;
        std::string left = std::string("  ") + v.name + (*v.synopsis ? " " : "") + v.synopsis;
        if (left.size() + 2 > kColumn)
            left += "\n" + std::string(kColumn, ' ');
        else
            left.resize(kColumn, ' ');
        out += left + v.summary + "\n";
    }
    out +=
        "\n"
        "The configuration is the router's conninfo-style string, e.g.\n"
        "\"redis=127.0.0.1:6379 cluster=prod pg='dbname=app'\". It comes from --config,\n"
        "--config-file (a file holding the string, '#' comment lines allowed), or the\n"
        "environment: LSNROUTE_CONFIG (the string) or LSNROUTE_CONFIG_FILE (a file), in\n"
        "that order. Keep passwords out of --config: other users see it in `ps`.\n"
        "`lsnroute VERB --help` describes a verb. Exit status: 0 ok, 1 failed, 2 usage.\n";
    return out;
}

int run_demo(int argc, char **argv) {
    return lsnroute::workload::demo_main(argc, argv);
}

// The directory of this executable ("" if unknown): argv[0] may be a bare
// name found on PATH, /proc/self/exe is not.
std::string own_dir() {
    char buf[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return "";
    std::string path(buf, static_cast<size_t>(n));
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? "" : path.substr(0, slash);
}

int run_bench(int argc, char **argv) {
    // The benchmark is a helper program installed off PATH, under libexec
    // (LSNROUTE_LIBEXEC_FROM_BIN relative to bin/); in a build tree this
    // program is build/client/lsnroute and the benchmark build/bench/.
    std::vector<char *> args;
    std::string name = "lsnroute-bench";
    args.push_back(name.data());
    for (int i = 1; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    const std::string dir = own_dir();
    int err = ENOENT;
    if (!dir.empty()) {
        for (const char *rel : {"/" LSNROUTE_LIBEXEC_FROM_BIN, "/../bench"}) {
            std::string path = dir;
            path += rel;
            path += '/';
            path += name;
            if (access(path.c_str(), X_OK) == 0) {
                execv(path.c_str(), args.data());
                err = errno;
            }
        }
    }
    std::cerr << "lsnroute bench: cannot run lsnroute-bench from " << dir << "/"
              << LSNROUTE_LIBEXEC_FROM_BIN << " (" << std::strerror(err)
              << "); build and install it, or run `make bench` from the source tree\n";
    return kFailed;
}

// An option that takes a value, as "--name VALUE" or "--name=VALUE".
struct ValueOption {
    const char *name;
    const char *alias;  // short form, or ""
    const char *what;   // for the error when the value is missing
    std::optional<std::string> *out;
};

// 1: argv[i] was one of `options` (i moved past its value); 0: none of them;
// -1: its value is missing (reported).
int take_value(int argc, char **argv, int &i, std::initializer_list<ValueOption> options) {
    const std::string arg = argv[i];
    for (const ValueOption &o : options) {
        const std::string eq = std::string(o.name) + "=";
        if (arg.rfind(eq, 0) == 0) {
            *o.out = arg.substr(eq.size());
            return 1;
        }
        if (arg == o.name || (*o.alias && arg == o.alias)) {
            if (i + 1 >= argc) {
                std::cerr << "lsnroute: " << arg << " needs " << o.what << '\n';
                return -1;
            }
            *o.out = argv[++i];
            return 1;
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char **argv) {
    Args a;
    ConfigSource source;
    int verb_index = -1;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        // Options before the verb are the tool's; after it, the verb's
        // (demo and bench take the rest of the line as it is).
        int taken = 0;
        if (verb_index < 0)
            taken = take_value(argc, argv, i,
                               {{"--config", "-c", "a value", &source.inline_text},
                                {"--config-file", "", "a path", &source.file}});
        else if (a.words[0] != "demo" && a.words[0] != "bench")
            taken = take_value(
                argc, argv, i,
                {{"--for", "", "a duration", &a.duration}, {"--http", "", "HOST:PORT", &a.http}});
        if (taken < 0)
            return kUsage;
        if (taken > 0)
            continue;
        if (verb_index < 0 && (arg == "--help" || arg == "-h")) {
            std::cout << usage_text();
            return kOk;
        } else if (verb_index < 0) {
            verb_index = i;
            a.words.push_back(arg);
        } else if ((arg == "--help" || arg == "-h") && a.words[0] != "demo" &&
                   a.words[0] != "bench") {
            a.help = true;
        } else {
            a.words.push_back(arg);  // demo and bench get every argument untouched
        }
    }
    if (source.inline_text && source.file) {
        std::cerr << "lsnroute: give --config or --config-file, not both\n";
        return kUsage;
    }
    if (a.words.empty()) {
        std::cerr << usage_text();
        return kUsage;
    }
    const std::string verb = a.words[0];
    const Verb *v = find_verb(verb);
    if (!v) {
        std::cerr << "lsnroute: unknown verb '" << verb << "'\n" << usage_text();
        return kUsage;
    }
    if (v->passthrough)
        return v->passthrough(argc - verb_index, argv + verb_index);
    if (a.help)
        return v->handler(nullptr, a);  // help needs no configuration and no Redis

    std::string error;
    const std::optional<std::string> config = resolve_config(source, &error);
    if (!config) {
        std::cerr << "lsnroute " << verb << ": " << error << '\n';
        return kUsage;
    }
    a.config = *config;
    if (source.inline_text && has_password(a.config))
        std::cerr << "lsnroute: warning: --config carries a password, which other users can see "
                     "in `ps`; use --config-file or LSNROUTE_CONFIG\n";
    // Whatever goes wrong, the message never shows a password of the
    // configuration (the library's own messages do not either).
    try {
        lsnroute::Router router(a.config);
        return v->handler(&router, a);
    } catch (const lsnroute::Error &e) {
        std::cerr << "lsnroute " << verb << ": " << redact(e.what(), a.config) << '\n';
        return e.code() == lsnroute::Errc::config || e.code() == lsnroute::Errc::invalid ? kUsage
                                                                                         : kFailed;
    } catch (const std::exception &e) {
        std::cerr << "lsnroute " << verb << ": " << redact(e.what(), a.config) << '\n';
        return kFailed;
    }
}
