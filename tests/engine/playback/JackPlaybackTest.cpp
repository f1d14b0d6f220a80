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
    // The default run (under ctest -j, beside other tests) checks the engine's part. The
    // dedicated long run (`ctest -L long`, LATHE_JACK_SECONDS=30, alone on a quiet machine
    // with a real-time server) also checks the server's verdict on every xrun: none may be
    // a client still running at its deadline, the one kind a callback's own work causes.
    // The other kinds are this virtual machine's scheduler, and an idle server or JACK's
    // own jack_metro get them as often (tests/bench/jack_xruns_vs_peers.sh): the dummy
    // driver's timer waking late ("JackTimedDriver::Process XRun = 16 usec") and the
    // client's real-time thread (SCHED_FIFO 65) not yet woken ("state = Triggered").
    // Measured here at load 0.03: 0-9 of those per 30 s with a 0.15-0.4 ms longest
    // callback; some runs have none.
    const JackRun run = playOnJack(dir, seconds);
    expectTheEnginesPart(run, seconds);
    if (std::getenv("LATHE_JACK_SECONDS") && run.realtime && machineIsQuiet()) {
        EXPECT_EQ(run.clientStillRunningXruns, 0) << run.xrunLines;
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
