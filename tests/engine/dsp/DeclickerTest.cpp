#include "dsp/Declicker.h"

#include "support/BlockProcessing.h"
#include "support/TestSignals.h"

#include <cmath>
#include <gtest/gtest.h>
#include <numbers>
#include <random>

namespace lathe {
namespace {

constexpr int kRate = 44100;
constexpr std::size_t kOddBlock = 333;  // not a divisor of the hop: exercises the FIFOs

// Music-like material: a chord of partials plus a noise floor at about -56 dBFS RMS.
AudioBuffer musicLike(double seconds, std::size_t channels) {
    const auto frames = static_cast<std::size_t>(seconds * kRate);
    AudioBuffer audio = test::whiteNoise(0.003, seconds, kRate, channels, 11);
    const double partials[][2] = {{220.0, 0.2}, {331.0, 0.15}, {587.0, 0.1}, {1234.0, 0.05}, {3100.0, 0.02}};
    for (std::size_t c = 0; c < channels; ++c)
        for (std::size_t i = 0; i < frames; ++i)
            for (const auto& [hz, amplitude] : partials)
                audio.channel(c)[i] += static_cast<float>(
                    amplitude * std::sin(2.0 * std::numbers::pi * hz * double(i) / kRate + double(c)));
    return audio;
}

struct Click {
    std::size_t channel;
    std::size_t start;
    std::size_t length;  // 1 = a single-sample spike, 2..8 = a pop
};

// Spikes of +-0.5 and pops shaped as a half sine of +-0.35, every 2900 frames
// (so hops see clicks at every offset), alternating channel and polarity.
std::vector<Click> insertClicks(AudioBuffer& audio) {
    std::vector<Click> clicks;
    std::size_t length = 1;
    double sign = 1.0;
    for (std::size_t start = 5000; start + 5000 < audio.frameCount(); start += 2900) {
        const Click click{clicks.size() % audio.channelCount(), start, length};
        const double amplitude = length == 1 ? 0.5 : 0.35;
        for (std::size_t k = 0; k < length; ++k)
            audio.channel(click.channel)[start + k] += static_cast<float>(
                sign * amplitude * std::sin(std::numbers::pi * (double(k) + 0.5) / double(length)));
        clicks.push_back(click);
        length = length == 8 ? 1 : length + 1;
        sign = -sign;
    }
    return clicks;
}

// Runs audio through the declicker with room for the latency, and returns the
// output shifted back so out[i] lines up with in[i].
AudioBuffer declick(const AudioBuffer& input, const DeclickSettings& settings, std::size_t* repairs) {
    Declicker declicker(settings);
    declicker.prepare(kRate, kOddBlock, input.channelCount());
    const std::size_t latency = declicker.latencyFrames();
    AudioBuffer padded(input.channelCount(), input.frameCount() + latency);
    for (std::size_t c = 0; c < input.channelCount(); ++c)
        std::copy_n(input.channel(c), input.frameCount(), padded.channel(c));
    test::processInBlocks(declicker, padded, kOddBlock);
    AudioBuffer aligned(input.channelCount(), input.frameCount());
    for (std::size_t c = 0; c < input.channelCount(); ++c)
        std::copy_n(padded.channel(c) + latency, input.frameCount(), aligned.channel(c));
    *repairs = declicker.repairCount();
    return aligned;
}

double squaredError(const AudioBuffer& a, const AudioBuffer& b, std::size_t channel, std::size_t begin,
                    std::size_t end) {
    double sum = 0.0;
    for (std::size_t i = begin; i < end; ++i) {
        const double d = double(a.channel(channel)[i]) - b.channel(channel)[i];
        sum += d * d;
    }
    return sum;
}

TEST(Declicker, LatencyIsTwoHops) {
    EXPECT_EQ(Declicker().latencyFrames(), 2 * Declicker::kHopFrames);
}

TEST(Declicker, RepairsClicksAndLeavesEverythingElseIdentical) {
    const AudioBuffer clean = musicLike(3.0, 2);
    AudioBuffer clicked = clean;
    const std::vector<Click> clicks = insertClicks(clicked);
    ASSERT_GE(clicks.size(), 40u);

    std::size_t repairs = 0;
    const AudioBuffer out = declick(clicked, {}, &repairs);
    EXPECT_EQ(repairs, clicks.size());

    constexpr std::size_t kMeasureMargin = 8;
    double worstReductionDb = 1e9;
    for (const Click& click : clicks) {
        const std::size_t begin = click.start - kMeasureMargin;
        const std::size_t end = click.start + click.length + kMeasureMargin;
        const double before = squaredError(clicked, clean, click.channel, begin, end);
        const double after = squaredError(out, clean, click.channel, begin, end);
        const double reductionDb = 10.0 * std::log10(before / after);
        worstReductionDb = std::min(worstReductionDb, reductionDb);
        EXPECT_GT(reductionDb, 20.0) << "click at " << click.start << ", length " << click.length;
    }
    RecordProperty("worst_reduction_db", std::to_string(worstReductionDb));

    // Every sample farther than the largest repair from a click is the input, bit for bit.
    for (std::size_t c = 0; c < clean.channelCount(); ++c) {
        std::vector<bool> nearClick(clean.frameCount(), false);
        for (const Click& click : clicks) {
            if (click.channel != c)
                continue;
            for (std::size_t i = click.start - Declicker::kMaxRepairFrames;
                 i < click.start + click.length + Declicker::kMaxRepairFrames; ++i)
                nearClick[i] = true;
        }
        for (std::size_t i = 0; i < clean.frameCount(); ++i) {
            if (!nearClick[i]) {
                ASSERT_EQ(out.channel(c)[i], clicked.channel(c)[i]) << "channel " << c << " frame " << i;
            }
        }
    }
}

TEST(Declicker, LoudClicksInAQuietPassageAreRepaired) {
    // The clicks dominate the window's energy, so the first model is mostly the
    // clicks'; the refit on the patched window (Janssen's iteration) recovers the
    // music: about 32 dB of reduction with one pass, 67 dB with two.
    AudioBuffer clean = musicLike(1.5, 1);
    for (std::size_t i = 0; i < clean.frameCount(); ++i)
        clean.channel(0)[i] *= 0.01f;  // -40 dB
    AudioBuffer clicked = clean;
    const std::vector<Click> clicks = insertClicks(clicked);
    std::size_t repairs = 0;
    const AudioBuffer out = declick(clicked, {}, &repairs);
    EXPECT_EQ(repairs, clicks.size());
    double worstReductionDb = 1e9;
    for (const Click& click : clicks) {
        const double before = squaredError(clicked, clean, 0, click.start - 8, click.start + click.length + 8);
        const double after = squaredError(out, clean, 0, click.start - 8, click.start + click.length + 8);
        worstReductionDb = std::min(worstReductionDb, 10.0 * std::log10(before / after));
        EXPECT_GT(10.0 * std::log10(before / after), 45.0) << "click at " << click.start;
    }
    RecordProperty("worst_reduction_db", std::to_string(worstReductionDb));
}

TEST(Declicker, CleanMaterialIsNotTouchedAtDefaultSensitivity) {
    const AudioBuffer clean = musicLike(3.0, 2);
    std::size_t repairs = 0;
    const AudioBuffer out = declick(clean, {}, &repairs);
    EXPECT_EQ(repairs, 0u);
    for (std::size_t c = 0; c < clean.channelCount(); ++c)
        for (std::size_t i = 0; i < clean.frameCount(); ++i)
            ASSERT_EQ(out.channel(c)[i], clean.channel(c)[i]);
}

TEST(Declicker, OnsetsAreNotRepaired) {
    // Plucked notes: a sudden onset with an exponential decay, far louder than the
    // noise floor. Unpredictable forwards only, so not a click.
    AudioBuffer audio = test::whiteNoise(0.001, 2.0, kRate, 1, 12);
    for (std::size_t onset = 4000; onset + 20000 < audio.frameCount(); onset += 11025)
        for (std::size_t i = 0; i < 20000; ++i)
            audio.channel(0)[onset + i] += static_cast<float>(
                0.6 * std::exp(-double(i) / 4000.0) * std::sin(2.0 * std::numbers::pi * 440.0 * double(i) / kRate + 1.0));
    std::size_t repairs = 0;
    declick(audio, {}, &repairs);
    EXPECT_EQ(repairs, 0u);
}

TEST(Declicker, SensitivityDecidesOnSmallClicks) {
    AudioBuffer audio = musicLike(1.0, 1);
    // A spike about 11 times the residual's robust deviation (about 0.0022 for this
    // noise floor): a click at full sensitivity, below the threshold at zero.
    audio.channel(0)[20000] += 0.025f;
    std::size_t lenient = 0, strict = 0;
    declick(audio, {.sensitivity = 0.0}, &lenient);
    declick(audio, {.sensitivity = 1.0}, &strict);
    EXPECT_EQ(lenient, 0u);
    EXPECT_GE(strict, 1u);
}

TEST(Declicker, DigitalSilenceStaysSilent) {
    AudioBuffer audio(2, kRate);
    std::size_t repairs = 0;
    const AudioBuffer out = declick(audio, {.sensitivity = 1.0}, &repairs);
    EXPECT_EQ(repairs, 0u);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < out.frameCount(); ++i)
            ASSERT_EQ(out.channel(c)[i], 0.0f);
}

}  // namespace
}  // namespace lathe
