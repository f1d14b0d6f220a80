#include "io/Resampler.h"

#include "core/Error.h"
#include "support/TestSignals.h"
#include "support/TestSpectrum.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <numbers>

namespace lathe {
namespace {

constexpr double kHighRate = 96000.0;
constexpr double kCdRate = 44100.0;

std::vector<double> channelSlice(const AudioBuffer& audio, std::size_t begin, std::size_t end) {
    return std::vector<double>(audio.channel(0) + begin, audio.channel(0) + end);
}

// Amplitude of `hz` in x by least squares over a whole number of cycles.
double amplitudeOf(const std::vector<double>& x, double hz, double rate, std::size_t firstFrame) {
    double sinSum = 0.0, cosSum = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double phase = 2.0 * std::numbers::pi * hz * double(firstFrame + i) / rate;
        sinSum += x[i] * std::sin(phase);
        cosSum += x[i] * std::cos(phase);
    }
    return 2.0 * std::hypot(sinSum, cosSum) / double(x.size());
}

TEST(Resampler, OutputLengthIsTheRoundedRatio) {
    for (const auto& [frames, in, out] : {std::tuple{96000ul, kHighRate, kCdRate},
                                          std::tuple{12345ul, kHighRate, kCdRate},
                                          std::tuple{44101ul, kCdRate, 48000.0},
                                          std::tuple{1000ul, 48000.0, 192000.0},
                                          std::tuple{7ul, kCdRate, 8000.0}}) {
        const AudioBuffer input = test::whiteNoise(0.5, double(frames) / in, static_cast<int>(in), 2, 1);
        ASSERT_EQ(input.frameCount(), frames);
        const AudioBuffer output = Resampler::resample(input, in, out);
        EXPECT_EQ(output.frameCount(), static_cast<std::size_t>(std::llround(double(frames) * out / in)))
            << frames << " frames " << in << " -> " << out;
        EXPECT_EQ(output.channelCount(), 2u);
    }
}

TEST(Resampler, RejectsAliasesBelowMinus110Db) {
    // 30 kHz does not exist at 44.1 kHz; it would alias to 14.1 kHz.
    const AudioBuffer input = test::sine(30000.0, 1.0, 1.5, static_cast<int>(kHighRate), 1);
    const AudioBuffer output = Resampler::resample(input, kHighRate, kCdRate);
    // The steady state, away from the start and end of the burst.
    const auto spectrum = test::amplitudeSpectrum(channelSlice(output, 11025, 11025 + 44100));
    const double loudestDb = test::toDb(*std::max_element(spectrum.begin(), spectrum.end()));
    EXPECT_LT(loudestDb, -110.0);
    RecordProperty("alias_loudest_dbfs", std::to_string(loudestDb));
}

TEST(Resampler, PassesAKilohertzToneAtUnityAndInTime) {
    const AudioBuffer input = test::sine(1000.0, 0.5, 1.5, static_cast<int>(kHighRate), 1);
    const AudioBuffer output = Resampler::resample(input, kHighRate, kCdRate);
    constexpr std::size_t kBegin = 11025;
    const std::vector<double> middle = channelSlice(output, kBegin, kBegin + 44100);
    EXPECT_NEAR(test::toDb(amplitudeOf(middle, 1000.0, kCdRate, kBegin) / 0.5), 0.0, 0.01);

    // Aligned: it matches the ideal 1 kHz sine sampled at 44.1 kHz, sample by sample.
    double worst = 0.0;
    for (std::size_t i = 0; i < middle.size(); ++i) {
        const double ideal = 0.5 * std::sin(2.0 * std::numbers::pi * 1000.0 * double(kBegin + i) / kCdRate);
        worst = std::max(worst, std::abs(middle[i] - ideal));
    }
    EXPECT_LT(test::toDb(worst), -100.0);
    RecordProperty("aligned_worst_error_dbfs", std::to_string(test::toDb(worst)));
}

TEST(Resampler, UpsamplingIsAlignedAndFreeOfImages) {
    // 15 kHz at 44.1 kHz has its first image at 29.1 kHz once the rate is 96 kHz.
    const AudioBuffer input = test::sine(15000.0, 0.5, 1.5, static_cast<int>(kCdRate), 1);
    const AudioBuffer output = Resampler::resample(input, kCdRate, kHighRate);
    constexpr std::size_t kBegin = 24000;
    const std::vector<double> middle = channelSlice(output, kBegin, kBegin + 96000);
    const auto spectrum = test::amplitudeSpectrum(middle);  // 1 Hz bins
    double loudestImage = 0.0;
    for (std::size_t k = 22050; k < spectrum.size(); ++k)
        loudestImage = std::max(loudestImage, spectrum[k]);
    EXPECT_LT(test::toDb(loudestImage), -110.0);
    EXPECT_NEAR(test::toDb(spectrum[15000] / 0.5), 0.0, 0.01);

    double worst = 0.0;
    for (std::size_t i = 0; i < middle.size(); ++i) {
        const double ideal = 0.5 * std::sin(2.0 * std::numbers::pi * 15000.0 * double(kBegin + i) / kHighRate);
        worst = std::max(worst, std::abs(middle[i] - ideal));
    }
    EXPECT_LT(test::toDb(worst), -100.0);
}

TEST(Resampler, StreamingInSmallBlocksMatchesTheWholeSignal) {
    const AudioBuffer input = test::whiteNoise(0.5, 0.3, 48000, 2, 3);
    const AudioBuffer whole = Resampler::resample(input, 48000.0, kCdRate);

    for (Resampler::Layout layout : {Resampler::Layout::Planar, Resampler::Layout::Interleaved}) {
        Resampler resampler(48000.0, kCdRate, 2, layout);
        constexpr std::size_t kBlock = 300;
        std::vector<float> streamed[2];
        std::vector<float> interleavedIn(2 * kBlock), interleavedOut(4 * kBlock);
        std::vector<float> planarOut[2] = {std::vector<float>(2 * kBlock), std::vector<float>(2 * kBlock)};
        const auto collect = [&](std::size_t produced) {
            for (std::size_t c = 0; c < 2; ++c)
                for (std::size_t i = 0; i < produced; ++i)
                    streamed[c].push_back(layout == Resampler::Layout::Planar ? planarOut[c][i]
                                                                               : interleavedOut[2 * i + c]);
        };
        float* outPointers[2] = {planarOut[0].data(), planarOut[1].data()};
        for (std::size_t start = 0; start < input.frameCount(); start += kBlock) {
            const std::size_t frames = std::min(kBlock, input.frameCount() - start);
            Resampler::Progress progress;
            if (layout == Resampler::Layout::Planar) {
                const float* in[2] = {input.channel(0) + start, input.channel(1) + start};
                progress = resampler.process(in, frames, outPointers, 2 * kBlock);
            } else {
                for (std::size_t i = 0; i < frames; ++i)
                    for (std::size_t c = 0; c < 2; ++c)
                        interleavedIn[2 * i + c] = input.channel(c)[start + i];
                progress = resampler.processInterleaved(interleavedIn.data(), frames, interleavedOut.data(), 2 * kBlock);
            }
            ASSERT_EQ(progress.consumed, frames);
            collect(progress.produced);
        }
        for (;;) {
            const std::size_t produced = layout == Resampler::Layout::Planar
                                             ? resampler.flush(outPointers, 2 * kBlock)
                                             : resampler.flushInterleaved(interleavedOut.data(), 2 * kBlock);
            if (produced == 0)
                break;
            collect(produced);
        }
        ASSERT_GE(streamed[0].size(), whole.frameCount());
        for (std::size_t c = 0; c < 2; ++c)
            for (std::size_t i = 0; i < whole.frameCount(); ++i)
                ASSERT_NEAR(streamed[c][i], whole.channel(c)[i], 1e-6) << "channel " << c << " frame " << i;
    }
}

TEST(Resampler, RejectsImpossibleRates) {
    EXPECT_THROW(Resampler(0.0, kCdRate, 2), Error);
    EXPECT_THROW(Resampler(kCdRate, -1.0, 2), Error);
    EXPECT_THROW(Resampler(kCdRate, 1e9, 2), Error);
    EXPECT_THROW(Resampler(kCdRate, 48000.0, 0), Error);
}

}  // namespace
}  // namespace lathe
