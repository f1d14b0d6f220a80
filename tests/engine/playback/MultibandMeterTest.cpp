// The per-band gain reduction of the master chain's multiband reaches the meter frames
// the UI reads: the band the signal lives in compresses, a band it never reaches does not.

#include "PlaybackTestProject.h"

#include "session/PlaybackSession.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

namespace lathe {
namespace {

using namespace std::chrono_literals;

constexpr double kBassHz = 60.0;    // well inside the lowest band (< 120 Hz)
constexpr double kAmplitude = 0.7;  // about -3 dBFS
constexpr double kLowThresholdDb = -40.0;
constexpr std::size_t kTopBand = 3;  // above 6 kHz: the bass never reaches it

TEST(MultibandMeter, TheBandTheSignalIsInReportsItsReductionAndASilentBandNone) {
    const test::TempDir dir;
    Project project = test::makeSineAlbum(dir, 3.0, kAmplitude, kBassHz);
    MultibandSettings multiband;
    for (MultibandBand& band : multiband.bands) {
        band.compressor.thresholdDb = kLowThresholdDb;
        band.compressor.ratio = 4.0;
    }
    project.masterChain.modules.push_back({multiband, true});
    PlaybackSession session;
    session.openProject(project);
    session.selectDevice({PlaybackSession::kNullDeviceName, 64});
    session.play();

    MeterFrame last;
    int frames = 0;
    const auto end = std::chrono::steady_clock::now() + 1200ms;
    while (std::chrono::steady_clock::now() < end) {
        std::this_thread::sleep_for(10ms);
        session.poll();
        MeterFrame frame;
        while (session.readMeter(frame)) {
            last = frame;
            ++frames;
        }
    }
    session.stop();
    ASSERT_GT(frames, 10);
    EXPECT_EQ(session.allocationsInCallback(), 0u);
    EXPECT_EQ(session.locksInCallback(), 0u);
    // -6 dB RMS, 34 dB over the threshold at 4:1: about 25 dB of reduction.
    EXPECT_GT(last.multibandGainReductionDb[0], 20.0f);
    EXPECT_LT(last.multibandGainReductionDb[0], 30.0f);
    EXPECT_GT(last.multibandGainReductionDb[0], last.multibandGainReductionDb[1]);
    EXPECT_LT(last.multibandGainReductionDb[kTopBand], 0.1f);
    EXPECT_EQ(last.multibandGainReductionDb[MultibandSettings::kMaxBands - 1], 0.0f);  // 4 bands only
    EXPECT_EQ(last.gainReductionDb, 0.0f);                                             // no limiter
}

}  // namespace
}  // namespace lathe
