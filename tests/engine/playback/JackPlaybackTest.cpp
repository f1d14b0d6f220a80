// Real playback through PortAudio's JACK host API on a JACK server this test starts
// itself (dummy backend, 48 kHz, 64-frame periods; real-time scheduling when the
// process may use it, else --no-realtime) and stops again: no xrun and no allocation in
// the callback; and a server that disappears mid-play leaves the session playing on the
// null device.

#include "JackServer.h"
#include "PlaybackTestProject.h"

#include "session/PlaybackSession.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <filesystem>
#include <iostream>
#include <fstream>
#include <iterator>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace lathe {
namespace {

using namespace std::chrono_literals;
using test::JackServer;
using test::kJackd;
using test::kJackPeriod;
using test::kJackRate;
using test::machineIsQuiet;
using test::pollFor;

constexpr int kDefaultSeconds = 10;
constexpr std::chrono::milliseconds kSettle{500};
constexpr double kMaxDspLoad = 0.5;  // LATHE_JACK_SECONDS=30 under the ctest label `long`
// ThreadSanitizer instruments every memory access (measured: 1 % DSP load becomes
// ~50 %): its build checks the threads, not the budget.
#if defined(__SANITIZE_THREAD__)
constexpr bool kBudgetMeasurable = false;
#else
constexpr bool kBudgetMeasurable = true;
#endif

int playSeconds() {
    const char* value = std::getenv("LATHE_JACK_SECONDS");
    return value ? std::max(1, std::atoi(value)) : kDefaultSeconds;
}

TEST(JackPlayback, PlaysThroughPortAudiosJackHostApiWithoutXrunsOfItsOwnOrAllocations) {
    if (!std::filesystem::exists(kJackd))
        FAIL() << kJackd << " is not installed (packaging/install-deps.sh installs jackd2)";
    const test::TempDir dir;
    JackServer server(dir / "jackd.log");
    ASSERT_TRUE(server.started());
    ASSERT_TRUE(server.waitUntilReady()) << "jackd did not come up";

    const int seconds = playSeconds();
    const bool quietMachine = machineIsQuiet();
    PlaybackSession session;
    session.openProject(test::makeTestAlbum(dir, seconds + 1.0, 0.0));
    session.selectDevice({"jack", 0});
    ASSERT_NE(session.deviceName().find("JACK"), std::string::npos) << session.deviceName();
    session.play();
    // JACK reorders its graph while a new client activates and connects its ports; a
    // cycle lost to that is the server's settling, not playback. Count from after it.
    pollFor(session, kSettle);
    const std::uint64_t settlingXruns = session.xruns();
    pollFor(session, std::chrono::seconds(seconds));
    session.pause();
    const PlaybackStats stats = session.stats();
    const std::uint64_t xruns = session.xruns() - settlingXruns;
    const std::size_t allocations = session.allocationsInCallback();
    const double rate = session.sampleRate();
    const std::size_t buffer = session.bufferFrames();
    session.selectDevice({PlaybackSession::kNullDeviceName, 0});  // closes the JACK client first
    server.stop();

    EXPECT_EQ(rate, kJackRate);
    EXPECT_EQ(buffer, kJackPeriod);
    EXPECT_GT(stats.callbacks, static_cast<std::uint64_t>(seconds) * kJackRate / kJackPeriod / 4);
    EXPECT_EQ(allocations, 0u);
    EXPECT_EQ(stats.underruns, 0u);
    // Every callback finished well inside its 1.33 ms period: the engine's part.
    if (kBudgetMeasurable) {
        EXPECT_LT(stats.maxDspLoad, kMaxDspLoad);
    }
    // Zero xruns, when the server runs real-time on a machine that is not oversubscribed.
    // (On a busy shared machine JACK's dummy driver itself wakes late and the client
    // thread is pre-empted, so cycles are lost however short the callback is; measured
    // idle: 0 xruns in 20 s.) Those runs report their xruns instead of asserting them.
    // Under ctest -j another test may start after the quiet check, and the dummy driver
    // or the client thread then wakes late (seen: "Process XRun = 10 usec") however short
    // the callback. So xruns are asserted in the dedicated run (`ctest -L long`, run
    // alone); the default run asserts the callback's own budget above.
    if (server.realtime() && quietMachine && std::getenv("LATHE_JACK_SECONDS")) {
        EXPECT_EQ(xruns, 0u) << server.xrunLines();
        const double expected = (seconds + 0.5) * kJackRate / static_cast<double>(kJackPeriod);
        EXPECT_NEAR(static_cast<double>(stats.callbacks), expected, 0.05 * expected);
    }
    std::cout << "[ jack     ] " << stats.callbacks << " callbacks, " << xruns << " xruns (" << server.clientStillRunningXruns()
              << " blamed on a running client), max callback " << stats.maxCallbackMs << " ms, mean DSP load "
              << stats.meanDspLoad << (server.realtime() ? "" : " (jackd --no-realtime)")
              << (quietMachine ? "" : " (busy machine: xruns not asserted)") << "\n";
    RecordProperty("callbacks", std::to_string(stats.callbacks));
    RecordProperty("xruns", std::to_string(xruns));
    RecordProperty("server_xruns", std::to_string(server.serverXruns()));
    RecordProperty("mean_dsp_load", std::to_string(stats.meanDspLoad));
}

TEST(JackPlayback, ASessionWhoseServerDiesMidPlayFallsBackToTheNullDevice) {
    if (!std::filesystem::exists(kJackd))
        FAIL() << kJackd << " is not installed (packaging/install-deps.sh installs jackd2)";
    const test::TempDir dir;
    JackServer server(dir / "jackd.log");
    ASSERT_TRUE(server.started());
    ASSERT_TRUE(server.waitUntilReady()) << "jackd did not come up";
    PlaybackSession session;
    session.openProject(test::makeTestAlbum(dir, 6.0, 0.0));
    session.selectDevice({"jack", 0});
    session.play();
    pollFor(session, 500ms);
    server.stop();
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (session.deviceName() != PlaybackSession::kNullDeviceName && std::chrono::steady_clock::now() < deadline)
        pollFor(session, 50ms);
    ASSERT_EQ(session.deviceName(), PlaybackSession::kNullDeviceName);
    const auto notice = session.takeNotice();
    ASSERT_TRUE(notice.has_value());
    EXPECT_NE(notice->find("null device"), std::string::npos) << *notice;
    const double before = session.positionSeconds();
    pollFor(session, 300ms);
    EXPECT_GT(session.positionSeconds(), before + 0.2);
    EXPECT_TRUE(session.isPlaying());
}

}  // namespace
}  // namespace lathe
