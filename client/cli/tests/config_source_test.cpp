// The CLI's configuration sources and password masking (config_source.hpp).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "config_source.hpp"

namespace lsnroute::cli {
namespace {

TEST(Redact, MasksAQuotedPasswordWithSpaces) {
    const std::string cfg = "redis=h:1 redis_password='zebra quokka' timeout_ms=x";
    const std::string out = redact("auth with 'zebra quokka' failed; zebra; quokka", cfg);
    EXPECT_EQ(out.find("zebra"), std::string::npos) << out;
    EXPECT_EQ(out.find("quokka"), std::string::npos) << out;
    EXPECT_NE(out.find("failed"), std::string::npos);
}

TEST(Redact, MasksTheWordsOfAnUnquotedPasswordWithSpaces) {
    // A parser reads "quokka" as a key: its error quotes a piece of the password.
    const std::string cfg = "redis=h:1 redis_password=zebra quokka narwhal timeout_ms=100";
    const std::string out = redact("missing '=' after 'quokka' in configuration", cfg);
    EXPECT_EQ(out, "missing '=' after '****' in configuration");
    EXPECT_EQ(redact("x narwhal y", cfg), "x **** y");
    EXPECT_EQ(redact("timeout_ms=100", cfg), "timeout_ms=100");  // not part of the password
}

TEST(Redact, MasksNestedPasswords) {
    const std::string cfg =
        "pg='user=app password=\\'s3cr3t pass\\' dbname=app' primary='host=p password=pr1mary'";
    const std::string out = redact("s3cr3t pass / pr1mary / app", cfg);
    EXPECT_EQ(out, "**** / **** / app");
}

TEST(Redact, ShortWordsOnlyWhenQuoted) {
    const std::string cfg = "redis_password=a b";
    EXPECT_EQ(redact("missing '=' after 'b' in a configuration", cfg),
              "missing '=' after '****' in a configuration");
}

TEST(Redact, LeavesTextWithoutPasswordsAlone) {
    const std::string cfg = "redis=h:1 cluster=prod pg='dbname=app'";
    EXPECT_FALSE(has_password(cfg));
    EXPECT_EQ(redact("cluster prod on h:1 app", cfg), "cluster prod on h:1 app");
    EXPECT_TRUE(has_password("pg='password=x'"));
    EXPECT_TRUE(has_password("redis_password=x"));
}

TEST(Redact, NeverFailsOnMalformedText) {
    for (const char *cfg : {"redis_password='unterminated", "password=", "=x", "'", "\\",
                            "pg='password=\\'", "redis_password = 'spaced out'"})
        EXPECT_NO_THROW(redact("some text", cfg)) << cfg;
    EXPECT_EQ(redact("spaced out", "redis_password = 'spaced out'"), "****");
}

class ConfigFile : public ::testing::Test {
  protected:
    void SetUp() override {
        char tmpl[] = "/tmp/lsnr-cfg-test.XXXXXX";
        const int fd = mkstemp(tmpl);
        ASSERT_GE(fd, 0);
        close(fd);
        path_ = tmpl;
        unsetenv("LSNROUTE_CONFIG");
        unsetenv("LSNROUTE_CONFIG_FILE");
    }
    void TearDown() override { std::remove(path_.c_str()); }
    void write(const std::string &text) { std::ofstream(path_) << text; }
    std::string path_;
};

TEST_F(ConfigFile, JoinsLinesAndSkipsComments) {
    write("# the demo cluster\nredis=127.0.0.1:6379\n  # indented comment\n\ncluster=demo\n");
    std::string err;
    EXPECT_EQ(read_config_file(path_, &err).value_or("?"), "redis=127.0.0.1:6379 cluster=demo");
}

TEST_F(ConfigFile, MissingFileNamesThePath) {
    std::string err;
    EXPECT_FALSE(read_config_file("/nonexistent/lsnroute.conf", &err));
    EXPECT_NE(err.find("/nonexistent/lsnroute.conf"), std::string::npos) << err;
}

TEST_F(ConfigFile, SourcesInOrder) {
    write("cluster=from_file");
    std::string err;
    ConfigSource none;
    EXPECT_EQ(resolve_config(none, &err).value_or("?"), "");
    setenv("LSNROUTE_CONFIG_FILE", path_.c_str(), 1);
    EXPECT_EQ(resolve_config(none, &err).value_or("?"), "cluster=from_file");
    setenv("LSNROUTE_CONFIG", "cluster=from_env", 1);
    EXPECT_EQ(resolve_config(none, &err).value_or("?"), "cluster=from_env");
    ConfigSource file;
    file.file = path_;
    EXPECT_EQ(resolve_config(file, &err).value_or("?"), "cluster=from_file");
    ConfigSource inline_text;
    inline_text.inline_text = "cluster=inline";
    inline_text.file = path_;
    EXPECT_EQ(resolve_config(inline_text, &err).value_or("?"), "cluster=inline");
    unsetenv("LSNROUTE_CONFIG");
    unsetenv("LSNROUTE_CONFIG_FILE");
}

}  // namespace
}  // namespace lsnroute::cli
