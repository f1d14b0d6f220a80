#include "dsp/EqBandDesign.h"
#include "dsp/ParametricEq.h"

#include "core/ScopedNoDenormals.h"
#include "support/AllocationCounter.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <random>
#include <span>

namespace lathe {
namespace {

constexpr std::size_t kBlock = 512;

void processInBlocks(ParametricEq& eq, AudioBuffer& audio, std::size_t block = kBlock) {
    ScopedNoDenormals noDenormals;
    const AudioView all = audio.view();
    for (std::size_t start = 0; start < audio.frameCount(); start += block)
        eq.process(all.slice(start, std::min(block, audio.frameCount() - start)));
}

EqSettings settingsOf(std::vector<EqBand> bands) {
    EqSettings settings;
    settings.bands = std::move(bands);
    return settings;
}

double rms(const float* x, std::size_t from, std::size_t to) {
    double sum = 0.0;
    for (std::size_t i = from; i < to; ++i)
        sum += double(x[i]) * x[i];
    return std::sqrt(sum / double(to - from));
}

// Noise on a 24-bit grid, the material of a real master.
AudioBuffer noise24(double seconds, int rate, unsigned seed) {
    AudioBuffer audio = test::whiteNoise(0.5, seconds, rate, 2, seed);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < audio.frameCount(); ++i)
            audio.channel(c)[i] = std::round(audio.channel(c)[i] * 8388608.0f) / 8388608.0f;
    return audio;
}

const std::vector<EqBand> kMixedBands{
    {.shape = EqShape::LowCut, .freqHz = 30.0, .slopeDbPerOctave = 24},
    {.shape = EqShape::Bell, .freqHz = 3200.0, .gainDb = -1.5, .q = 1.2},
    {.shape = EqShape::HighShelf, .freqHz = 10000.0, .gainDb = 2.0, .q = 0.707},
    {.shape = EqShape::LowShelf, .freqHz = 120.0, .gainDb = 3.0, .q = 0.707},
    {.shape = EqShape::Notch, .freqHz = 60.0, .q = 8.0},
    {.shape = EqShape::HighCut, .freqHz = 18000.0, .slopeDbPerOctave = 12},
};

TEST(ParametricEq, SinesThroughProcessFollowTheDesignedResponse) {
    constexpr int rate = 48000;
    ParametricEq eq;
    eq.prepare(rate, kBlock, 2);
    eq.setSettings(settingsOf(kMixedBands));
    for (double f : {40.0, 60.5, 100.0, 1000.0, 3200.0, 12000.0, 19000.0}) {
        eq.reset();
        AudioBuffer audio = test::sine(f, 0.25, 1.0, rate);
        processInBlocks(eq, audio);
        const std::size_t settled = rate / 2;
        const double measured = 20.0 * std::log10(rms(audio.channel(0), settled, audio.frameCount()) /
                                                  (0.25 / std::sqrt(2.0)));
        EXPECT_NEAR(measured, eq.magnitudeDb(f), 0.02) << f;
        double analog = 0.0;
        for (const EqBand& band : kMixedBands)
            analog += EqBandDesign::analogMagnitudeDb(band, f);
        EXPECT_NEAR(measured, analog, 0.1) << f;  // 19 kHz too: nothing cramps towards Nyquist
    }
}

TEST(ParametricEq, ImpulseResponseSpectrumEqualsMagnitudeDb) {
    for (int rate : {44100, 96000}) {
        ParametricEq eq;
        eq.prepare(rate, kBlock, 1);
        eq.setSettings(settingsOf(kMixedBands));
        AudioBuffer audio(1, std::size_t(rate) * 2);
        audio.channel(0)[0] = 1.0f;
        processInBlocks(eq, audio);
        for (double f = 25.0; f < 20000.0; f *= 1.25) {
            const double w = 2.0 * std::numbers::pi * f / rate;
            std::complex<double> sum = 0.0;
            for (std::size_t n = 0; n < audio.frameCount(); ++n)
                sum += double(audio.channel(0)[n]) * std::polar(1.0, -w * double(n));
            const double expected = eq.magnitudeDb(f);
            if (expected > -40.0) {
                EXPECT_NEAR(20.0 * std::log10(std::abs(sum)), expected, 0.01) << f << " at " << rate;
            }
        }
    }
}

TEST(ParametricEq, MidBandLeavesTheSideUntouchedAndSideBandTheMid) {
    for (Placement placement : {Placement::Mid, Placement::Side}) {
        ParametricEq eq;
        eq.prepare(44100, kBlock, 2);
        eq.setSettings(settingsOf({{.shape = EqShape::Bell, .freqHz = 2000.0, .gainDb = 9.0,
                                    .placement = placement},
                                   {.shape = EqShape::LowCut, .freqHz = 80.0, .placement = placement}}));
        const AudioBuffer input = noise24(0.5, 44100, 7);
        AudioBuffer audio = input;
        processInBlocks(eq, audio);
        double untouchedError = 0.0;
        double changed = 0.0;
        for (std::size_t i = 0; i < audio.frameCount(); ++i) {
            const float* l = audio.channel(0);
            const float* r = audio.channel(1);
            const float* l0 = input.channel(0);
            const float* r0 = input.channel(1);
            const double mid = (l[i] + r[i]) * 0.5 - (l0[i] + r0[i]) * 0.5;
            const double side = (l[i] - r[i]) * 0.5 - (l0[i] - r0[i]) * 0.5;
            untouchedError = std::max(untouchedError, std::abs(placement == Placement::Mid ? side : mid));
            changed = std::max(changed, std::abs(placement == Placement::Mid ? mid : side));
        }
        EXPECT_LT(untouchedError, 1e-7);  // float rounding of the M/S round trip
        EXPECT_GT(changed, 0.1);
    }
}

TEST(ParametricEq, LeftBandLeavesTheRightBitIdenticalAndViceVersa) {
    for (Placement placement : {Placement::Left, Placement::Right}) {
        ParametricEq eq;
        eq.prepare(44100, kBlock, 2);
        eq.setSettings(settingsOf({{.shape = EqShape::Bell, .freqHz = 500.0, .gainDb = -6.0,
                                    .placement = placement},
                                   {.shape = EqShape::HighCut, .freqHz = 5000.0, .placement = placement}}));
        const AudioBuffer input = noise24(0.5, 44100, 11);
        AudioBuffer audio = input;
        processInBlocks(eq, audio);
        const std::size_t untouched = placement == Placement::Left ? 1 : 0;
        EXPECT_TRUE(std::equal(input.channel(untouched), input.channel(untouched) + input.frameCount(),
                               audio.channel(untouched)));
        EXPECT_FALSE(std::equal(input.channel(1 - untouched),
                                input.channel(1 - untouched) + input.frameCount(),
                                audio.channel(1 - untouched)));
    }
}

TEST(ParametricEq, NeutralSettingsAreBitTransparent) {
    std::vector<EqBand> zeroBells;
    for (int i = 0; i < 24; ++i)
        zeroBells.push_back({.shape = i % 3 == 0 ? EqShape::Bell : i % 3 == 1 ? EqShape::LowShelf
                                                                            : EqShape::HighShelf,
                             .freqHz = 50.0 * (i + 1), .gainDb = 0.0, .q = 1.0,
                             .placement = Placement(i % 5)});
    std::vector<EqBand> allDisabled = kMixedBands;
    for (EqBand& band : allDisabled)
        band.enabled = false;
    for (const std::vector<EqBand>& bands : {std::vector<EqBand>{}, zeroBells, allDisabled}) {
        ParametricEq eq;
        eq.prepare(44100, kBlock, 2);
        eq.setSettings(settingsOf(bands));
        EXPECT_TRUE(eq.isNeutral());
        const AudioBuffer input = noise24(0.3, 44100, 3);
        AudioBuffer audio = input;
        processInBlocks(eq, audio);
        for (std::size_t c = 0; c < 2; ++c)
            EXPECT_TRUE(std::equal(input.channel(c), input.channel(c) + input.frameCount(), audio.channel(c)));
    }
}

TEST(ParametricEq, BandsTurnedBackToNeutralBecomeBitTransparentAgain) {
    ParametricEq eq;
    eq.prepare(44100, kBlock, 2);
    eq.setSettings(settingsOf(kMixedBands));
    AudioBuffer warmUp = noise24(0.2, 44100, 5);
    processInBlocks(eq, warmUp);
    std::vector<EqBand> off = kMixedBands;
    for (EqBand& band : off)
        band.enabled = false;
    off[1].enabled = true;
    off[1].gainDb = 0.0;  // a bell dragged to 0 dB
    eq.setSettings(settingsOf(off));
    AudioBuffer fade = noise24(0.1, 44100, 6);  // longer than glide and fade
    processInBlocks(eq, fade);
    EXPECT_TRUE(eq.isNeutral());
    const AudioBuffer input = noise24(0.2, 44100, 8);
    AudioBuffer audio = input;
    processInBlocks(eq, audio);
    EXPECT_TRUE(std::equal(input.channel(0), input.channel(0) + input.frameCount(), audio.channel(0)));
}

// Largest sample-to-sample step of the output when a high shelf below a low sine jumps
// from +1 to +12 dB (the shelf's high-frequency gain b0 jumps 3.5x: a step, unless it glides).
double largestStepAfterJump(bool glide) {
    constexpr int rate = 44100;
    ParametricEq eq;
    eq.prepare(rate, kBlock, 2);
    EqBand bell{.shape = EqShape::HighShelf, .freqHz = 20.0, .gainDb = 1.0, .q = 0.707};
    eq.setSettings(settingsOf({bell}));
    AudioBuffer audio = test::sine(100.0, 0.2, 0.5, rate);
    const AudioView all = audio.view();
    double largest = 0.0;
    float previous = 0.0f;
    for (std::size_t start = 0; start < audio.frameCount(); start += kBlock) {
        if (start == 10 * kBlock) {
            bell.gainDb = 12.0;
            bell.freqHz = 30.0;
            eq.setSettings(settingsOf({bell}), !glide);
        }
        const AudioView block = all.slice(start, std::min(kBlock, audio.frameCount() - start));
        eq.process(block);
        for (std::size_t i = 0; i < block.frameCount(); ++i) {
            if (start + i > 0)
                largest = std::max(largest, double(std::abs(block.channel(0)[i] - previous)));
            previous = block.channel(0)[i];
        }
    }
    return largest;
}

TEST(ParametricEq, ParameterJumpsGlideWithoutClicks) {
    const double glided = largestStepAfterJump(true);
    const double jumped = largestStepAfterJump(false);
    // A 100 Hz sine of 0.2 boosted by 12 dB steps at most 0.8 * 2 pi * 100 / 44100 = 0.0114.
    EXPECT_LT(glided, 0.0117);
    EXPECT_GT(jumped, 5.0 * glided);
}

// What a drag in the EQ editor does: a bell swept in frequency (200 Hz - 5 kHz, across a
// 1 kHz sine) and gain (-12 to +12 dB) with new settings every 64-frame block, the
// null device's buffer. A sine obeys x[n] - 2 cos(w) x[n-1] + x[n-2] = 0; what the
// sweep leaves of that residual is its modulation, and a click is a spike in it.
struct SweepResult {
    double largestStep = 0.0;
    double largestResidual = 0.0;
    double loudestGain = 0.0;  // the largest |H| at the tone of any setting on the way
};

SweepResult sweepABell(bool glide, bool sweep) {
    constexpr int rate = 44100;
    constexpr std::size_t block = 64;
    constexpr double toneHz = 1000.0;
    constexpr double amplitude = 0.25;
    constexpr double seconds = 2.0;
    ParametricEq eq;
    eq.prepare(rate, block, 2);
    EqBand bell{.shape = EqShape::Bell, .freqHz = 200.0, .gainDb = -12.0, .q = 2.0};
    eq.setSettings(settingsOf({bell}));
    AudioBuffer audio = test::sine(toneHz, amplitude, seconds, rate);
    const AudioView all = audio.view();
    const std::size_t blocks = audio.frameCount() / block;
    SweepResult result;
    for (std::size_t b = 0; b < blocks; ++b) {
        if (sweep) {
            const double t = static_cast<double>(b) / static_cast<double>(blocks - 1);
            bell.freqHz = 200.0 * std::pow(5000.0 / 200.0, t);
            bell.gainDb = -12.0 + 24.0 * t;
            eq.setSettings(settingsOf({bell}), !glide);
        }
        const double gainDb = EqBandDesign::magnitudeDb(std::span(&bell, 1), rate, toneHz);
        result.loudestGain = std::max(result.loudestGain, std::pow(10.0, gainDb / 20.0));
        eq.process(all.slice(b * block, block));
    }
    const float* x = audio.channel(0);
    const double twoCos = 2.0 * std::cos(2.0 * std::numbers::pi * toneHz / rate);
    const std::size_t settled = rate / 10;  // past the filter's own start-up transient
    for (std::size_t i = settled; i < blocks * block; ++i) {
        result.largestStep = std::max(result.largestStep, double(std::abs(x[i] - x[i - 1])));
        result.largestResidual = std::max(result.largestResidual, std::abs(x[i] - twoCos * x[i - 1] + x[i - 2]));
    }
    return result;
}

TEST(ParametricEq, ABandDraggedEveryBlockGlidesWithoutClicks) {
    const SweepResult still = sweepABell(true, false);
    const SweepResult dragged = sweepABell(true, true);
    const SweepResult jumped = sweepABell(false, true);
    // No step beyond what the loudest static setting on the way gives the sine
    // (amplitude 0.25 |H| times 2 sin(pi f / fs)), ...
    const double steepest = 0.25 * dragged.loudestGain * 2.0 * std::sin(std::numbers::pi * 1000.0 / 44100);
    EXPECT_LT(dragged.largestStep, steepest * 1.01);
    // ... and the sine stays a sine: measured 1.6e-5 of residual against 5e-8 standing
    // still and 2.9e-4 when each block's settings apply at once.
    EXPECT_LT(still.largestResidual, 1e-6);
    EXPECT_LT(dragged.largestResidual, 1e-4);
    EXPECT_GT(jumped.largestResidual, 5.0 * dragged.largestResidual);  // the measure does see clicks
}

TEST(ParametricEq, EnablingAndReshapingABandCrossfades) {
    constexpr int rate = 44100;
    ParametricEq eq;
    eq.prepare(rate, kBlock, 2);
    EqBand band{.shape = EqShape::HighCut, .freqHz = 200.0, .slopeDbPerOctave = 48, .enabled = false};
    eq.setSettings(settingsOf({band}));
    AudioBuffer audio = test::sine(150.0, 0.5, 1.0, rate);
    const AudioView all = audio.view();
    for (std::size_t start = 0, block = 0; start < audio.frameCount(); start += kBlock, ++block) {
        if (block == 10) {
            band.enabled = true;
            eq.setSettings(settingsOf({band}));
        }
        if (block == 40) {
            band.shape = EqShape::LowCut;
            band.placement = Placement::Mid;
            eq.setSettings(settingsOf({band}));
        }
        eq.process(all.slice(start, std::min(kBlock, audio.frameCount() - start)));
    }
    double largest = 0.0;
    for (std::size_t i = 1; i < audio.frameCount(); ++i)
        largest = std::max(largest, double(std::abs(audio.channel(0)[i] - audio.channel(0)[i - 1])));
    EXPECT_LT(largest, 0.5 * 2.0 * std::numbers::pi * 150.0 / rate * 1.5);
}

TEST(ParametricEq, MonoStreamsTakeStereoAndMidBandsOnly) {
    ParametricEq eq;
    eq.prepare(48000, kBlock, 1);
    eq.setSettings(settingsOf({{.shape = EqShape::Bell, .freqHz = 1000.0, .gainDb = 6.0, .q = 1.0},
                               {.shape = EqShape::Bell, .freqHz = 1000.0, .gainDb = 6.0, .q = 1.0,
                                .placement = Placement::Mid},
                               {.shape = EqShape::Bell, .freqHz = 1000.0, .gainDb = -20.0,
                                .placement = Placement::Side},
                               {.shape = EqShape::Bell, .freqHz = 1000.0, .gainDb = -20.0,
                                .placement = Placement::Left}}));
    AudioBuffer audio = test::sine(1000.0, 0.1, 0.5, 48000, 1);
    processInBlocks(eq, audio);
    const double gain = rms(audio.channel(0), 12000, audio.frameCount()) / (0.1 / std::sqrt(2.0));
    EXPECT_NEAR(20.0 * std::log10(gain), 12.0, 0.02);
}

TEST(ParametricEq, MagnitudeDbShowsThePlacementsAView) {
    ParametricEq eq;
    eq.prepare(48000, kBlock, 2);
    eq.setSettings(settingsOf({{.shape = EqShape::Bell, .freqHz = 1000.0, .gainDb = 3.0},
                               {.shape = EqShape::Bell, .freqHz = 1000.0, .gainDb = 4.0,
                                .placement = Placement::Side}}));
    EXPECT_NEAR(eq.magnitudeDb(1000.0), 7.0, 0.01);
    EXPECT_NEAR(eq.magnitudeDb(1000.0, Placement::Mid), 3.0, 0.01);
    EXPECT_NEAR(eq.magnitudeDb(1000.0, Placement::Side), 7.0, 0.01);
}

TEST(ParametricEq, ProcessAndSetSettingsNeverAllocate) {
    ParametricEq eq;
    eq.prepare(44100, kBlock, 2);
    eq.setSettings(settingsOf(kMixedBands));
    AudioBuffer audio = noise24(1.0, 44100, 9);
    std::vector<EqBand> changed = kMixedBands;
    changed[1].gainDb = 6.0;
    changed[2].placement = Placement::Side;
    changed[3].enabled = false;
    changed.push_back({.shape = EqShape::Bell, .freqHz = 700.0, .gainDb = 2.0, .placement = Placement::Left});
    const EqSettings second = settingsOf(changed);
    const AudioView all = audio.view();
    test::AllocationCounter allocations;
    for (std::size_t start = 0, block = 0; start < audio.frameCount(); start += kBlock, ++block) {
        if (block == 20)
            eq.setSettings(second);
        eq.process(all.slice(start, std::min(kBlock, audio.frameCount() - start)));
    }
    EXPECT_EQ(allocations.count(), 0u);
}

}  // namespace
}  // namespace lathe
