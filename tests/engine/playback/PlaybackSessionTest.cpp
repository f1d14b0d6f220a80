// The live engine end to end on the null device: what you hear is what you export,
// switches and plan swaps under playback neither click nor allocate in the callback.

#include "PlaybackTestProject.h"

#include "graph/CompiledPlan.h"
#include "graph/GraphDescription.h"
#include "render/PlanRenderer.h"
#include "session/PlaybackSession.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <thread>

namespace lathe {
namespace {

using test::kTestRate;
using namespace std::chrono_literals;

constexpr std::size_t kBuffer = 64;

void playFor(PlaybackSession& session, std::chrono::milliseconds duration) {
    const auto end = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < end) {
        std::this_thread::sleep_for(10ms);
        session.poll();
    }
}

AudioBuffer captureOf(PlaybackSession& session, const test::TempDir& dir,
                      const std::function<void()>& whilePlaying) {
    session.selectDevice({PlaybackSession::kNullDeviceName, kBuffer});
    session.startCapture(dir / "capture.wav");
    session.play();
    whilePlaying();
    session.stopCapture();
    return test::readAudioFile(dir / "capture.wav");
}

TEST(PlaybackSession, TheCaptureOfTheMasterEqualsTheOfflineRenderSampleForSample) {
    const test::TempDir dir;
    const Project project = test::makeTestAlbum(dir, 2.0, 0.1);
    PlaybackSession session;
    session.openProject(project);
    const AudioBuffer captured = captureOf(session, dir, [&] { playFor(session, 1500ms); });
    ASSERT_GT(captured.frameCount(), static_cast<std::size_t>(kTestRate));
    EXPECT_EQ(session.stats().underruns, 0u);
    EXPECT_EQ(session.allocationsInCallback(), 0u);
    EXPECT_EQ(session.locksInCallback(), 0u);

    CompiledPlan plan(describeProject(project, kTestRate), PlaybackEngine::kDefaultMaxBlockFrames);
    const AudioBuffer rendered =
        PlanRenderer(plan, kBuffer).renderMaster(0, static_cast<std::int64_t>(captured.frameCount()));
    std::size_t audible = 0;
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < captured.frameCount(); ++i) {
            ASSERT_EQ(captured.channel(c)[i], rendered.channel(c)[i]) << "channel " << c << " frame " << i;
            audible += captured.channel(c)[i] != 0.0f;
        }
    EXPECT_GT(audible, static_cast<std::size_t>(kTestRate));
}

TEST(PlaybackSession, SwitchingBetweenABAndDeltaWhilePlayingNeverSteps) {
    const test::TempDir dir;
    Project project = test::makeSineAlbum(dir, 3.0, 0.5, 440.0);
    project.masterChain.modules.push_back({GainSettings{6.0}, true});
    PlaybackSession session;
    session.openProject(project);
    const AudioBuffer captured = captureOf(session, dir, [&] {
        for (const Monitor::Source source : {Monitor::Source::A, Monitor::Source::Delta, Monitor::Source::B,
                                             Monitor::Source::Delta, Monitor::Source::A, Monitor::Source::B}) {
            playFor(session, 150ms);
            session.setListen(source);
        }
        playFor(session, 100ms);
    });
    EXPECT_EQ(session.allocationsInCallback(), 0u);
    EXPECT_EQ(session.locksInCallback(), 0u);
    // The master is a sine of amplitude ~1.0 at 440 Hz: ~0.063 per sample at most. A hard
    // switch between B and delta (or A) would step by up to ~1.
    EXPECT_LT(test::largestStep(captured), 0.08f);
}

TEST(PlaybackSession, PlanSwapsWhilePlayingCrossfadeWithoutAllocatingInTheCallback) {
    const test::TempDir dir;
    Project project = test::makeSineAlbum(dir, 3.0, 0.25, 440.0);
    project.masterChain.modules.push_back({StereoSettings{0.5, 0.0, 0.0}, false});
    project.masterChain.modules.push_back({LimiterSettings{}, true});
    PlaybackSession session;
    session.openProject(project);
    const AudioBuffer captured = captureOf(session, dir, [&] {
        for (int edit = 0; edit < 8; ++edit) {
            playFor(session, 120ms);
            Project edited = session.project();
            // A module switched on or off changes the structure: a new plan, crossfaded in.
            edited.masterChain.modules[0].enabled = edit % 2 == 0;
            edited.tracks[0].gainDb = -1.0 * edit;  // and a glide through the parameter queue
            session.updateProject(edited);
        }
        playFor(session, 150ms);
    });
    EXPECT_EQ(session.stats().planSwaps, 8u);
    EXPECT_EQ(session.allocationsInCallback(), 0u);
    EXPECT_EQ(session.locksInCallback(), 0u);
    EXPECT_EQ(session.stats().underruns, 0u);
    EXPECT_LT(test::largestStep(captured), 0.04f);  // the sine alone: ~0.016 per sample
}

TEST(PlaybackSession, ModuleSettingsGlideThroughTheParameterQueueWithoutANewPlan) {
    const test::TempDir dir;
    Project project = test::makeSineAlbum(dir, 3.0, 0.25, 440.0);
    EqSettings eq;
    eq.bands.push_back({EqShape::Bell, 440.0, 0.0, 1.0, 12, Placement::Stereo, true});
    project.masterChain.modules.push_back({eq, true});
    project.masterChain.modules.push_back({CompressorSettings{}, false});  // disabled: no processor
    project.masterChain.modules.push_back({GainSettings{0.0}, true});
    PlaybackSession session;
    session.openProject(project);
    const AudioBuffer captured = captureOf(session, dir, [&] {
        playFor(session, 200ms);
        Project edited = session.project();
        std::get<EqSettings>(edited.masterChain.modules[0].parameters).bands[0].gainDb = 6.0;
        std::get<GainSettings>(edited.masterChain.modules[2].parameters).gainDb = -3.0;
        session.updateProject(edited);
        playFor(session, 400ms);
    });
    EXPECT_EQ(session.stats().planSwaps, 0u);
    EXPECT_EQ(session.allocationsInCallback(), 0u);
    EXPECT_EQ(session.locksInCallback(), 0u);
    EXPECT_LT(test::largestStep(captured), 0.04f);
    // +6 dB at 440 Hz and -3 dB: 0.25 becomes ~0.353.
    float lastPeak = 0.0f;
    for (std::size_t i = captured.frameCount() - 2000; i < captured.frameCount(); ++i)
        lastPeak = std::max(lastPeak, std::abs(captured.channel(0)[i]));
    EXPECT_NEAR(lastPeak, 0.25f * std::pow(10.0f, 3.0f / 20.0f), 0.01f);
}

TEST(PlaybackSession, TheSpectraShowAMasterEqBoostAsMasterMinusMixAtItsBin) {
    const test::TempDir dir;
    const double binHz = static_cast<double>(kTestRate) / SpectrumFrame::kFftSize;
    constexpr std::size_t toneBin = 93;  // ~2 kHz
    Project project = test::makeSineAlbum(dir, 3.0, 0.25, toneBin * binHz);
    EqSettings eq;
    eq.bands.push_back({EqShape::Bell, toneBin * binHz, 6.0, 1.0, 12, Placement::Stereo, true});
    project.masterChain.modules.push_back({eq, true});
    PlaybackSession session;
    session.openProject(project);
    session.selectDevice({PlaybackSession::kNullDeviceName, kBuffer});
    session.setListen(Monitor::Source::A);  // the spectra do not depend on what is heard
    session.play();
    playFor(session, 600ms);
    SpectrumFrame frame;
    SpectrumFrame last;
    int frames = 0;
    while (session.readSpectrum(frame)) {
        last = frame;
        ++frames;
    }
    session.stop();
    ASSERT_GT(frames, 0);
    EXPECT_GT(last.position, static_cast<std::int64_t>(SpectrumFrame::kFftSize));
    EXPECT_NEAR(last.mixDb[toneBin], 20.0 * std::log10(0.25), 0.1);
    EXPECT_NEAR(last.masterDb[toneBin] - last.mixDb[toneBin], 6.0, 0.1);
}

TEST(PlaybackSession, SeeksFadeOutJumpAndFadeBackIn) {
    const test::TempDir dir;
    const Project project = test::makeSineAlbum(dir, 4.0, 0.5, 440.0);
    PlaybackSession session;
    session.openProject(project);
    const AudioBuffer captured = captureOf(session, dir, [&] {
        playFor(session, 200ms);
        session.seek(3.0);
        playFor(session, 300ms);
        EXPECT_NEAR(session.positionSeconds(), 3.3, 0.1);
        session.seek(0.5);
        playFor(session, 200ms);
    });
    EXPECT_EQ(session.allocationsInCallback(), 0u);
    EXPECT_EQ(session.locksInCallback(), 0u);
    EXPECT_LT(test::largestStep(captured), 0.035f);  // the sine: ~0.031 per sample
    EXPECT_NEAR(session.positionSeconds(), 0.7, 0.1);
}

TEST(PlaybackSession, ALoopKeepsThePlayHeadInsideItWithoutClicks) {
    const test::TempDir dir;
    PlaybackSession session;
    session.openProject(test::makeSineAlbum(dir, 4.0, 0.5, 440.0));
    const AudioBuffer captured = captureOf(session, dir, [&] {
        session.setLoop(0.2, 0.5);
        double earliestAfterFirstPass = 10.0;
        double latest = 0.0;
        const auto end = std::chrono::steady_clock::now() + 1200ms;
        while (std::chrono::steady_clock::now() < end) {
            playFor(session, 10ms);
            const double position = session.positionSeconds();
            latest = std::max(latest, position);
            if (std::chrono::steady_clock::now() > end - 700ms)
                earliestAfterFirstPass = std::min(earliestAfterFirstPass, position);
        }
        EXPECT_LT(latest, 0.55);
        EXPECT_GE(earliestAfterFirstPass, 0.2);
    });
    EXPECT_EQ(session.allocationsInCallback(), 0u);
    EXPECT_EQ(session.locksInCallback(), 0u);
    EXPECT_LT(test::largestStep(captured), 0.035f);  // the sine: ~0.031 per sample
}

TEST(PlaybackSession, SourceAIsLoudnessMatchedToTheMasterOrPinned) {
    const test::TempDir dir;
    Project project = test::makeSineAlbum(dir, 3.0, 0.25, 997.0);
    project.masterChain.modules.push_back({GainSettings{4.0}, true});
    PlaybackSession session;
    session.openProject(project);
    session.selectDevice({PlaybackSession::kNullDeviceName, kBuffer});
    session.setListen(Monitor::Source::A);
    session.play();
    playFor(session, 400ms);
    EXPECT_NEAR(session.mixMatchDb(), 4.0, 0.05);
    session.setMixMatchDb(-2.0);
    playFor(session, 100ms);
    EXPECT_EQ(session.mixMatchDb(), -2.0);
    session.setMixMatchDb(std::nullopt);
    playFor(session, 200ms);
    EXPECT_NEAR(session.mixMatchDb(), 4.0, 0.05);
}

TEST(PlaybackSession, PausingStopsThePlayHeadAndPlayResumesIt) {
    const test::TempDir dir;
    PlaybackSession session;
    session.openProject(test::makeSineAlbum(dir, 4.0));
    session.selectDevice({PlaybackSession::kNullDeviceName, kBuffer});
    session.play();
    playFor(session, 300ms);
    session.pause();
    playFor(session, 50ms);
    const double paused = session.positionSeconds();
    playFor(session, 200ms);
    EXPECT_EQ(session.positionSeconds(), paused);
    EXPECT_NEAR(paused, 0.35, 0.1);
    session.play();
    playFor(session, 200ms);
    EXPECT_NEAR(session.positionSeconds(), paused + 0.2, 0.08);
    MeterFrame meter;
    EXPECT_TRUE(session.readMeter(meter));
    EXPECT_NEAR(meter.samplePeakDb[0], -6.02f, 0.1f);
}

TEST(PlaybackSession, AChosenSampleRateRunsTheEngineThereAndPlaysInRealTime) {
    const test::TempDir dir;
    PlaybackSession session;
    session.openProject(test::makeSineAlbum(dir, 4.0));
    constexpr double kChosenRate = 96000.0;
    session.selectDevice({PlaybackSession::kNullDeviceName, 256, kChosenRate});
    EXPECT_EQ(session.sampleRate(), kChosenRate);
    EXPECT_EQ(session.bufferFrames(), 256u);
    session.play();
    playFor(session, 300ms);
    // The source (48 kHz) is resampled to the device's rate: time still runs at 1x.
    EXPECT_NEAR(session.positionSeconds(), 0.3, 0.1);
    MeterFrame meter;
    EXPECT_TRUE(session.readMeter(meter));
    EXPECT_NEAR(meter.samplePeakDb[0], -6.02f, 0.1f);
    session.selectDevice({PlaybackSession::kNullDeviceName, 0, 0.0});
    EXPECT_EQ(session.sampleRate(), session.project().album.sampleRate);
}

}  // namespace
}  // namespace lathe
