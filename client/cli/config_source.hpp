// Where the CLI's configuration string comes from, and keeping its secrets
// out of everything the CLI prints.
//
// Sources, first match wins: --config STRING, --config-file PATH,
// LSNROUTE_CONFIG, LSNROUTE_CONFIG_FILE. A string given with --config is
// visible to every user in `ps`: the file and the environment are not.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lsnroute::cli {

struct ConfigSource {
    std::optional<std::string> inline_text;  // --config
    std::optional<std::string> file;         // --config-file
};

// Reads a configuration file: the conninfo-style string, which may span
// lines; lines whose first non-blank character is '#' are comments.
// nullopt and *error set (naming the path, never the content) on failure.
std::optional<std::string> read_config_file(const std::string &path, std::string *error);

// The configuration from the sources above. nullopt and *error set when a
// named file cannot be read. No source at all yields "" (the defaults).
std::optional<std::string> resolve_config(const ConfigSource &src, std::string *error);

// True if `config` carries a password (redis_password, or password= inside
// pg or primary).
bool has_password(std::string_view config);

// `text` with every password of `config` replaced by "****": the values of
// redis_password and of password= at any nesting level, each word of a value
// with spaces too (an unquoted "password=a b" makes a parser quote "b" alone).
std::string redact(std::string text, std::string_view config);

}  // namespace lsnroute::cli
