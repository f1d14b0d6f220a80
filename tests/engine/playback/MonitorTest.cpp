// The monitor section: A, B, delta, dim, mono, loudness matching, and switches that glide.

#include "PlaybackTestProject.h"

#include "core/Decibels.h"
#include "playback/Monitor.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

using test::kTestRate;

AudioBuffer monitorRun(Monitor& monitor, AudioBuffer a, AudioBuffer b) {
    AudioBuffer out(2, a.frameCount());
    monitor.process(a.view(), b.view(), out.view());
    return out;
}

float peak(const AudioBuffer& audio, std::size_t from = 0) {
    float largest = 0.0f;
    for (std::size_t c = 0; c < audio.channelCount(); ++c)
        for (std::size_t i = from; i < audio.frameCount(); ++i)
            largest = std::max(largest, std::abs(audio.channel(c)[i]));
    return largest;
}

TEST(Monitor, DeltaOfAMasterThatOnlyChangedLevelIsSilenceOnceMatched) {
    Monitor monitor;
    monitor.prepare(kTestRate);
    monitor.setSource(Monitor::Source::Delta);
    const AudioBuffer mix = test::pinkNoise(0.2, 2.0, kTestRate, 2, 3);
    AudioBuffer master = mix;
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < master.frameCount(); ++i)
            master.channel(c)[i] *= 2.0f;  // +6.02 dB
    const AudioBuffer out = monitorRun(monitor, mix, master);
    EXPECT_NEAR(monitor.matchDb(), gainToDb(2.0), 0.01);
    EXPECT_LT(peak(out, kTestRate), 0.005f);
}

TEST(Monitor, ListensToAAtTheMastersLoudness) {
    Monitor monitor;
    monitor.prepare(kTestRate);
    monitor.setFixedMatchDb(6.0);
    monitor.setSource(Monitor::Source::A);
    const AudioBuffer mix = test::sine(1000.0, 0.1, 0.5, kTestRate);
    const AudioBuffer out = monitorRun(monitor, mix, AudioBuffer(2, mix.frameCount()));
    EXPECT_NEAR(peak(out, kTestRate / 4), 0.1f * dbToGain(6.0), 1e-4);
}

TEST(Monitor, DimAndMonoGlide) {
    Monitor monitor;
    monitor.prepare(kTestRate);
    AudioBuffer master = test::sine(200.0, 0.5, 0.5, kTestRate);
    for (std::size_t i = 0; i < master.frameCount(); ++i)
        master.channel(1)[i] = -master.channel(0)[i];  // out of phase: mono cancels
    monitor.setDim(true);
    const AudioBuffer dimmed = monitorRun(monitor, AudioBuffer(2, master.frameCount()), master);
    EXPECT_NEAR(peak(dimmed, kTestRate / 10), 0.5f * dbToGain(Monitor::kDimDb), 1e-4);
    EXPECT_LT(test::largestStep(dimmed), 0.5f * 2.0f * 3.1416f * 200.0f / kTestRate + 1e-3f);
    monitor.setDim(false);
    monitor.setMono(true);
    const AudioBuffer mono = monitorRun(monitor, AudioBuffer(2, master.frameCount()), master);
    EXPECT_LT(peak(mono, kTestRate / 10), 1e-6f);
    EXPECT_LT(test::largestStep(mono), 0.5f * 2.0f * 3.1416f * 200.0f / kTestRate + 1e-3f);
}

TEST(Monitor, EverySourceSwitchCrossfadesWithoutAStep) {
    Monitor monitor;
    monitor.prepare(kTestRate);
    monitor.setFixedMatchDb(0.0);
    // A and B in opposite phase: a hard switch would step by up to 1.0.
    AudioBuffer mix = test::sine(100.0, 0.5, 0.1, kTestRate);
    AudioBuffer master = test::sine(100.0, 0.5, 0.1, kTestRate, 2, 3.14159265);
    AudioBuffer out(2, mix.frameCount());
    std::vector<float> left;
    const Monitor::Source order[] = {Monitor::Source::A, Monitor::Source::Delta, Monitor::Source::B, Monitor::Source::A};
    for (const Monitor::Source source : order) {
        monitor.setSource(source);
        monitor.process(mix.view(), master.view(), out.view());
        left.insert(left.end(), out.channel(0), out.channel(0) + out.frameCount());
    }
    float largest = 0.0f;
    for (std::size_t i = 1; i < left.size(); ++i)
        largest = std::max(largest, std::abs(left[i] - left[i - 1]));
    // Delta peaks at 1.0; a 10 ms glide moves at most ~2/441 per sample plus the sine's own slope.
    EXPECT_LT(largest, 0.02f);
}

TEST(Monitor, TheBypassTrimGlidesTheMasterToItsGainAndLeavesAAlone) {
    Monitor monitor;
    monitor.prepare(kTestRate);
    monitor.setTrimDb(6.0);
    const AudioBuffer tone = test::sine(1000.0, 0.1, 0.5, kTestRate);
    const AudioBuffer out = monitorRun(monitor, AudioBuffer(2, tone.frameCount()), tone);
    // Gliding (no step larger than the sine's own), then at the gain.
    const auto rampFrames = static_cast<std::size_t>(Monitor::kMatchRampSeconds * kTestRate);
    EXPECT_NEAR(peak(out, rampFrames + 1), 0.1f * static_cast<float>(dbToGain(6.0)), 1e-4f);
    const float sineStep = 0.1f * static_cast<float>(dbToGain(6.0)) * 2.0f * 3.1416f * 1000.0f / kTestRate;
    EXPECT_LT(test::largestStep(out), sineStep * 1.01f);
    // Listening to A: the trim is the master's only.
    monitor.setFixedMatchDb(0.0);
    monitor.setSource(Monitor::Source::A);
    monitor.settle();
    const AudioBuffer heardA = monitorRun(monitor, tone, AudioBuffer(2, tone.frameCount()));
    EXPECT_NEAR(peak(heardA), 0.1f, 1e-4f);
}

}  // namespace
}  // namespace lathe
