#include "support/RunProcess.h"

#include "core/Version.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

TEST(CliVersion, NamesLatheAndTheAudioLibraries) {
    const auto result = test::runCli({"--version"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out.rfind(std::string("lathe ") + kVersion + "\n", 0), 0u) << result.out;
    for (const char* library : {"libsndfile", "libebur128", "fftw", "libsoxr", "portaudio", "lame", "taglib"})
        EXPECT_NE(result.out.find(library), std::string::npos) << library;
}

TEST(CliUsage, UnknownFlagIsOneErrorLineAndExitTwo) {
    const auto result = test::runCli({"--frobnicate"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err.rfind("lathe-cli: error: ", 0), 0u) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
}

}  // namespace
}  // namespace lathe
