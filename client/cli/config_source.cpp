// The CLI's configuration sources and the masking of its passwords.
#include "config_source.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

namespace lsnroute::cli {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool ends_with_password(std::string_view key) {
    constexpr std::string_view kWord = "password";
    if (key.size() < kWord.size())
        return false;
    const std::string_view tail = key.substr(key.size() - kWord.size());
    return std::equal(tail.begin(), tail.end(), kWord.begin(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == b;
    });
}

// A tolerant conninfo tokenizer: unlike the library's parser it never fails,
// because a configuration it refuses must still have its passwords masked.
struct Token {
    std::string key;    // empty for a bare word (no '=' after it)
    std::string value;  // unescaped
    bool quoted = false;
};

std::vector<Token> tokens_of(std::string_view text) {
    std::vector<Token> out;
    size_t i = 0;
    const size_t n = text.size();
    auto read_word = [&](bool stop_at_equals) {
        std::string w;
        while (i < n && !is_space(text[i]) && !(stop_at_equals && text[i] == '=')) {
            if (text[i] == '\\' && i + 1 < n)
                ++i;
            w.push_back(text[i++]);
        }
        return w;
    };
    while (true) {
        while (i < n && is_space(text[i]))
            ++i;
        if (i >= n)
            break;
        Token t;
        t.key = read_word(true);
        size_t j = i;
        while (j < n && is_space(text[j]))
            ++j;
        if (j >= n || text[j] != '=') {
            t.value = std::move(t.key);  // a bare word
            t.key.clear();
            out.push_back(std::move(t));
            continue;
        }
        i = j + 1;
        while (i < n && is_space(text[i]))
            ++i;
        if (i < n && text[i] == '\'') {
            t.quoted = true;
            ++i;
            while (i < n && text[i] != '\'') {
                if (text[i] == '\\' && i + 1 < n)
                    ++i;
                t.value.push_back(text[i++]);
            }
            ++i;  // the closing quote (or past the end)
        } else {
            t.value = read_word(false);
        }
        out.push_back(std::move(t));
    }
    return out;
}

// Every password value in `text` (nested conninfo values included), and each
// word of a value that has several, as an error message could quote them.
void collect_secrets(std::string_view text, std::vector<std::string> &out, int depth) {
    const std::vector<Token> tokens = tokens_of(text);
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (ends_with_password(t.key)) {
            std::string value = t.value;
            // Bare words after an unquoted password belong to it: someone
            // forgot to quote a password with spaces.
            for (size_t j = i + 1; !t.quoted && j < tokens.size() && tokens[j].key.empty(); ++j)
                value += " " + tokens[j].value;
            if (value.empty())
                continue;
            out.push_back(value);
            std::istringstream words(value);
            for (std::string w; words >> w;)
                if (w != value)
                    out.push_back(w);
        } else if (depth < 3 && t.value.find('=') != std::string::npos) {
            collect_secrets(t.value, out, depth + 1);
        }
    }
}

std::vector<std::string> secrets_of(std::string_view text) {
    std::vector<std::string> out;
    collect_secrets(text, out, 0);
    return out;
}

void replace_all(std::string &text, const std::string &what, const std::string &with) {
    for (size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + with.size()))
        text.replace(p, what.size(), with);
}

}  // namespace

std::optional<std::string> read_config_file(const std::string &path, std::string *error) {
    std::ifstream in(path);
    if (!in) {
        *error = "cannot read the configuration file " + path + ": " + std::strerror(errno);
        return std::nullopt;
    }
    std::string out, line;
    while (std::getline(in, line)) {
        const size_t first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#')
            continue;
        if (!out.empty())
            out.push_back(' ');
        out += line;
    }
    if (in.bad()) {
        *error = "error reading the configuration file " + path;
        return std::nullopt;
    }
    return out;
}

std::optional<std::string> resolve_config(const ConfigSource &src, std::string *error) {
    if (src.inline_text)
        return *src.inline_text;
    if (src.file)
        return read_config_file(*src.file, error);
    if (const char *env = std::getenv("LSNROUTE_CONFIG"))
        return std::string(env);
    if (const char *env = std::getenv("LSNROUTE_CONFIG_FILE"))
        return read_config_file(env, error);
    return std::string();
}

bool has_password(std::string_view config) {
    return !secrets_of(config).empty();
}

std::string redact(std::string text, std::string_view config) {
    std::vector<std::string> secrets = secrets_of(config);
    // Longest first, so that a whole value is masked before its words.
    std::sort(secrets.begin(), secrets.end(),
              [](const std::string &a, const std::string &b) { return a.size() > b.size(); });
    for (const std::string &s : secrets) {
        if (s.size() >= 3)
            replace_all(text, s, "****");
        else
            replace_all(text, "'" + s + "'", "'****'");  // too short to mask everywhere
    }
    return text;
}

}  // namespace lsnroute::cli
