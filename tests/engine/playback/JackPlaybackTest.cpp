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

struct JackRun {
    PlaybackStats stats;
    std::uint64_t xruns = 0;
    int clientXruns = 0;              // the server blamed the client, not yet woken or running
    int clientStillRunningXruns = 0;  // ... still running at the deadline
    int driverTimerXruns = 0;         // the dummy driver's own timer woke late
    std::size_t allocations = 0;
    std::size_t locks = 0;
    double rate = 0.0;
    std::size_t buffer = 0;
    bool realtime = false;
    std::string xrunLines;
};

// One run on a server of its own: started, left to settle, played for `seconds`, stopped.
JackRun playOnJack(const test::TempDir& dir, int seconds) {
    JackServer server(dir / "jackd.log");
    EXPECT_TRUE(server.started());
    EXPECT_TRUE(server.waitUntilReady()) << "jackd did not come up";
    std::this_thread::sleep_for(test::kServerSettle);
    JackRun run;
    PlaybackSession session;
    session.openProject(test::makeTestAlbum(dir, seconds + 1.0, 0.0));
    session.selectDevice({"jack", 0});
    EXPECT_NE(session.deviceName().find("JACK"), std::string::npos) << session.deviceName();
    session.play();
    // JACK reorders its graph while a new client activates and connects its ports; a
    // cycle lost to that is the server's settling, not playback. Count from after it.
    pollFor(session, kSettle);
    const std::uint64_t settlingXruns = session.xruns();
    pollFor(session, std::chrono::seconds(seconds));
    session.pause();
    run.stats = session.stats();
    run.xruns = session.xruns() - settlingXruns;
    run.allocations = session.allocationsInCallback();
    run.locks = session.locksInCallback();
    run.rate = session.sampleRate();
    run.buffer = session.bufferFrames();
    session.selectDevice({PlaybackSession::kNullDeviceName, 0});  // closes the JACK client first
    server.stop();
    run.clientXruns = server.clientXruns();
    run.clientStillRunningXruns = server.clientStillRunningXruns();
    run.driverTimerXruns = server.driverTimerXruns();
    run.realtime = server.realtime();
    run.xrunLines = server.xrunLines();
    std::cout << "[ jack     ] " << run.stats.callbacks << " callbacks, " << run.xruns << " xruns (server log: "
              << run.clientXruns << " blamed on the client, " << run.clientStillRunningXruns << " of them still running, "
              << run.driverTimerXruns
              << " the dummy driver's timer waking late), max callback " << run.stats.maxCallbackMs
              << " ms, mean DSP load " << run.stats.meanDspLoad << (run.realtime ? "" : " (jackd --no-realtime)")
              << "\n";
    return run;
}

// What every run must show, whatever the machine does around it.
void expectTheEnginesPart(const JackRun& run, int seconds) {
    EXPECT_EQ(run.rate, kJackRate);
    EXPECT_EQ(run.buffer, kJackPeriod);
    EXPECT_GT(run.stats.callbacks, static_cast<std::uint64_t>(seconds) * kJackRate / kJackPeriod / 4);
    EXPECT_EQ(run.allocations, 0u);
    EXPECT_EQ(run.locks, 0u);
    EXPECT_EQ(run.stats.underruns, 0u);
    // Every callback finished well inside its 1.33 ms period: the engine's part.
    if (kBudgetMeasurable) {
        EXPECT_LT(run.stats.maxDspLoad, kMaxDspLoad);
    }
}

TEST(JackPlayback, PlaysThroughPortAudiosJackHostApiWithoutXrunsOfItsOwnOrAllocations) {
    if (!std::filesystem::exists(kJackd))
        FAIL() << kJackd << " is not installed (packaging/install-deps.sh installs jackd2)";
    const test::TempDir dir;
    const int seconds = playSeconds();
    // The default run (under ctest -j, beside other tests) checks the engine's part: no
    // allocation, no underrun, every callback well inside its period. The dedicated long
    // run (`ctest -L long`, LATHE_JACK_SECONDS=30, alone on a quiet machine with a
    // real-time server) also checks that the callbacks kept real time, and reports the
    // server's verdict on every xrun. It cannot assert zero: on this virtual machine the
    // scheduler loses cycles whoever the client is (tests/bench/jack_xruns_vs_peers.sh:
    // an idle server and JACK's own jack_metro as often as Lathe). Measured at load 0.03
    // over 120 s: 20 xruns — 9 the dummy driver's timer waking late ("Process XRun =
    // 15 usec"), 8 the client's SCHED_FIFO thread not yet woken ("Triggered"), 3 the
    // client "still running" — while the longest callback took 0.17 ms of its 1.33 ms:
    // even those 3 were the thread pre-empted outside the callback, not its work.
    // Some 30 s runs have no xrun at all.
    const JackRun run = playOnJack(dir, seconds);
    expectTheEnginesPart(run, seconds);
    if (std::getenv("LATHE_JACK_SECONDS") && run.realtime && machineIsQuiet()) {
        const double expected = (seconds + 0.5) * kJackRate / static_cast<double>(kJackPeriod);
        EXPECT_NEAR(static_cast<double>(run.stats.callbacks), expected, 0.05 * expected);
    }
    RecordProperty("callbacks", std::to_string(run.stats.callbacks));
    RecordProperty("xruns", std::to_string(run.xruns));
    RecordProperty("mean_dsp_load", std::to_string(run.stats.meanDspLoad));
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
