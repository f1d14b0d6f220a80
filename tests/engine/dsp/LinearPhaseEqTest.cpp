#include "dsp/LinearPhaseEq.h"
#include "dsp/ParametricEq.h"

#include "core/ScopedNoDenormals.h"
#include "support/AllocationCounter.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <thread>

namespace lathe {
namespace {

constexpr std::size_t kBlock = 512;

EqSettings settingsOf(std::vector<EqBand> bands) {
    EqSettings settings;
    settings.phase = EqPhase::Linear;
    settings.bands = std::move(bands);
    return settings;
}

const std::vector<EqBand> kMasteringBands{
    {.shape = EqShape::LowCut, .freqHz = 25.0, .slopeDbPerOctave = 12},
    {.shape = EqShape::LowShelf, .freqHz = 100.0, .gainDb = 2.0, .q = 0.707},
    {.shape = EqShape::Bell, .freqHz = 350.0, .gainDb = -2.5, .q = 1.5},
    {.shape = EqShape::Bell, .freqHz = 3200.0, .gainDb = 1.5, .q = 1.2},
    {.shape = EqShape::HighShelf, .freqHz = 10000.0, .gainDb = 1.0, .q = 0.707},
    {.shape = EqShape::HighCut, .freqHz = 20000.0, .slopeDbPerOctave = 12},
};

void processInBlocks(Processor& eq, AudioBuffer& audio) {
    ScopedNoDenormals noDenormals;
    const AudioView all = audio.view();
    for (std::size_t start = 0; start < audio.frameCount(); start += kBlock)
        eq.process(all.slice(start, std::min(kBlock, audio.frameCount() - start)));
}

// The response to an impulse at frame `at`, long enough to hold the whole FIR.
AudioBuffer impulseResponse(LinearPhaseEq& eq, std::size_t at, double rate, std::size_t channels = 2) {
    const std::size_t frames = at + eq.latencyFrames() * 2 + 4 * kBlock;
    AudioBuffer audio(channels, frames);
    (void)rate;
    for (std::size_t c = 0; c < channels; ++c)
        audio.channel(c)[at] = 1.0f;
    processInBlocks(eq, audio);
    return audio;
}

double dtftDb(const float* x, std::size_t frames, double freqHz, double rate) {
    const double w = 2.0 * std::numbers::pi * freqHz / rate;
    std::complex<double> sum = 0.0;
    const std::complex<double> step = std::polar(1.0, -w);
    std::complex<double> rotation = 1.0;
    for (std::size_t n = 0; n < frames; ++n) {
        sum += double(x[n]) * rotation;
        rotation *= step;
        if (n % 1024 == 0)
            rotation /= std::abs(rotation);
    }
    return 20.0 * std::log10(std::abs(sum));
}

TEST(LinearPhaseEq, LatencyIsFixedPerRate) {
    LinearPhaseEq eq;
    eq.prepare(44100, kBlock, 2);
    EXPECT_EQ(eq.latencyFrames(), 2048u + 8191u);
    eq.prepare(96000, kBlock, 2);
    EXPECT_EQ(eq.latencyFrames(), 2048u + 16383u);
}

TEST(LinearPhaseEq, ImpulseResponseIsSymmetricAroundTheReportedLatency) {
    constexpr double rate = 44100.0;
    LinearPhaseEq eq;
    eq.setSettings(settingsOf(kMasteringBands));
    eq.prepare(rate, kBlock, 2);
    constexpr std::size_t at = 777;
    const AudioBuffer response = impulseResponse(eq, at, rate);
    const std::size_t centre = at + eq.latencyFrames();
    const std::size_t half = eq.latencyFrames() - 2048;
    const float* y = response.channel(0);
    const float peak = *std::max_element(y, y + response.frameCount());
    EXPECT_EQ(std::max_element(y, y + response.frameCount()) - y, std::ptrdiff_t(centre));
    double asymmetry = 0.0;
    for (std::size_t j = 1; j <= half; ++j)
        asymmetry = std::max(asymmetry, double(std::abs(y[centre + j] - y[centre - j])));
    EXPECT_LT(asymmetry, 1e-6 * peak);
    // Nothing before the FIR starts or after it ends.
    EXPECT_LT(std::abs(*std::max_element(y, y + centre - half,
                                         [](float a, float b) { return std::abs(a) < std::abs(b); })),
              1e-9 * peak);
    EXPECT_LT(std::abs(y[centre + half + 1]), 1e-9);
}

// The project-format example: a steep low cut, a mid bell and a side shelf.
const std::vector<EqBand> kProjectExampleBands{
    {.shape = EqShape::LowCut, .freqHz = 25.0, .slopeDbPerOctave = 24},
    {.shape = EqShape::Bell, .freqHz = 3200.0, .gainDb = -1.5, .q = 1.2, .placement = Placement::Mid},
    {.shape = EqShape::HighShelf, .freqHz = 10000.0, .gainDb = 1.0, .q = 0.707, .placement = Placement::Side},
};

TEST(LinearPhaseEq, MagnitudeMatchesTheMinimumPhaseDesignFrom20HzTo20kHz) {
    for (const std::vector<EqBand>& bands : {kMasteringBands, kProjectExampleBands}) {
        for (double rate : {44100.0, 48000.0, 96000.0}) {
            LinearPhaseEq eq;
            eq.setSettings(settingsOf(bands));
            eq.prepare(rate, kBlock, 2);
            ParametricEq minimum;
            minimum.prepare(rate, kBlock, 2);
            minimum.setSettings(settingsOf(bands));
            // The same impulse in both channels is a mid signal: its response is the mid curve.
            const AudioBuffer response = impulseResponse(eq, 0, rate);
            for (double f = 20.0; f <= 20000.0; f *= std::pow(2.0, 1.0 / 24.0)) {
                const double expected = minimum.magnitudeDb(f, Placement::Mid);
                for (std::size_t c = 0; c < 2; ++c)
                    EXPECT_NEAR(dtftDb(response.channel(c), response.frameCount(), f, rate), expected, 0.1)
                        << f << " Hz at " << rate;
            }
        }
    }
}

TEST(LinearPhaseEq, NeutralSettingsAreAnExactDelay) {
    constexpr int rate = 48000;
    std::vector<EqBand> disabled = kMasteringBands;
    for (EqBand& band : disabled)
        band.enabled = false;
    for (const std::vector<EqBand>& bands :
         {std::vector<EqBand>{}, disabled, std::vector<EqBand>{{.shape = EqShape::Bell, .gainDb = 0.0}}}) {
        LinearPhaseEq eq;
        eq.setSettings(settingsOf(bands));
        eq.prepare(rate, kBlock, 2);
        AudioBuffer input = test::whiteNoise(0.5, 1.0, rate, 2, 4);
        for (std::size_t c = 0; c < 2; ++c)
            for (std::size_t i = 0; i < input.frameCount(); ++i)
                input.channel(c)[i] = std::round(input.channel(c)[i] * 8388608.0f) / 8388608.0f;
        AudioBuffer audio = input;
        processInBlocks(eq, audio);
        const std::size_t latency = eq.latencyFrames();
        for (std::size_t c = 0; c < 2; ++c) {
            EXPECT_TRUE(std::all_of(audio.channel(c), audio.channel(c) + latency, [](float v) { return v == 0.0f; }));
            EXPECT_TRUE(std::equal(audio.channel(c) + latency, audio.channel(c) + audio.frameCount(),
                                   input.channel(c)));
        }
    }
}

TEST(LinearPhaseEq, MidBandLeavesTheSideUntouched) {
    constexpr int rate = 44100;
    LinearPhaseEq eq;
    eq.setSettings(settingsOf({{.shape = EqShape::Bell, .freqHz = 1000.0, .gainDb = 6.0, .placement = Placement::Mid},
                               {.shape = EqShape::LowCut, .freqHz = 100.0, .placement = Placement::Mid}}));
    eq.prepare(rate, kBlock, 2);
    const AudioBuffer input = test::whiteNoise(0.5, 1.0, rate, 2, 12);
    AudioBuffer audio = input;
    processInBlocks(eq, audio);
    const std::size_t latency = eq.latencyFrames();
    double sideError = 0.0;
    double midChange = 0.0;
    for (std::size_t i = latency; i < audio.frameCount(); ++i) {
        const float* l = audio.channel(0);
        const float* r = audio.channel(1);
        const std::size_t j = i - latency;
        sideError = std::max(sideError, std::abs((l[i] - r[i]) * 0.5 - (input.channel(0)[j] - input.channel(1)[j]) * 0.5));
        midChange = std::max(midChange, std::abs((l[i] + r[i]) * 0.5 - (input.channel(0)[j] + input.channel(1)[j]) * 0.5));
    }
    EXPECT_LT(sideError, 1e-6);
    EXPECT_GT(midChange, 0.1);
}

TEST(LinearPhaseEq, SettingsFromAnotherThreadSwapInWithoutAllocatingOnTheAudioThread) {
    constexpr int rate = 44100;
    LinearPhaseEq eq;
    eq.setSettings(settingsOf(kMasteringBands));
    eq.prepare(rate, kBlock, 2);
    AudioBuffer audio = test::sine(1000.0, 0.25, 3.0, rate);
    const AudioView all = audio.view();
    std::vector<EqBand> louder = kMasteringBands;
    louder[3] = {.shape = EqShape::Bell, .freqHz = 1000.0, .gainDb = 6.0, .q = 1.0};
    std::size_t start = 0;
    auto processBlocks = [&](std::size_t count) {
        for (std::size_t b = 0; b < count && start < audio.frameCount(); ++b, start += kBlock)
            eq.process(all.slice(start, std::min(kBlock, audio.frameCount() - start)));
    };
    processBlocks(40);
    std::thread editor([&] {
        for (int i = 0; i < 3; ++i)
            eq.setSettings(settingsOf(i % 2 == 0 ? louder : kMasteringBands));
        eq.setSettings(settingsOf(louder));
    });
    processBlocks(40);  // runs while the editor designs and publishes
    editor.join();
    {
        test::AllocationCounter allocations;
        processBlocks(audio.frameCount());
        EXPECT_EQ(allocations.count(), 0u);
    }
    // The last settings won: the 1 kHz sine comes out 6 dB up (plus the other bands).
    ParametricEq reference;
    reference.prepare(rate, kBlock, 2);
    reference.setSettings(settingsOf(louder));
    double sum = 0.0;
    const std::size_t from = audio.frameCount() - rate / 2;
    for (std::size_t i = from; i < audio.frameCount(); ++i)
        sum += double(audio.channel(0)[i]) * audio.channel(0)[i];
    const double measuredDb = 20.0 * std::log10(std::sqrt(sum / double(rate / 2)) / (0.25 / std::sqrt(2.0)));
    EXPECT_NEAR(measuredDb, reference.magnitudeDb(1000.0), 0.02);
}

TEST(LinearPhaseEq, KernelSwapsCrossfadeWithoutAStep) {
    constexpr int rate = 44100;
    LinearPhaseEq eq;
    eq.setSettings(settingsOf({}));
    eq.prepare(rate, kBlock, 1);
    AudioBuffer audio = test::sine(200.0, 0.5, 2.0, rate, 1);
    const AudioView all = audio.view();
    for (std::size_t start = 0, block = 0; start < audio.frameCount(); start += kBlock, ++block) {
        if (block == 50)
            eq.setSettings(settingsOf({{.shape = EqShape::Bell, .freqHz = 200.0, .gainDb = 12.0}}));
        eq.process(all.slice(start, std::min(kBlock, audio.frameCount() - start)));
    }
    double largest = 0.0;
    for (std::size_t i = 1; i < audio.frameCount(); ++i)
        largest = std::max(largest, double(std::abs(audio.channel(0)[i] - audio.channel(0)[i - 1])));
    // Final amplitude 2.0 (+12 dB): steps up to 2 * 2 pi * 200 / 44100 = 0.057.
    EXPECT_LT(largest, 0.06);
}

}  // namespace
}  // namespace lathe
