#include "dsp/WordLengthReducer.h"

#include "core/Error.h"
#include "support/BlockProcessing.h"
#include "support/TestSignals.h"
#include "support/TestSpectrum.h"

#include <cmath>
#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kRate = 44100;
constexpr std::size_t kBlock = 512;
constexpr double kLsb16 = 1.0 / 32768.0;

using Settings = WordLengthReducer::Settings;

AudioBuffer reduced(const AudioBuffer& input, const Settings& settings, double rate = kRate,
                    std::size_t block = kBlock) {
    AudioBuffer audio = input;
    WordLengthReducer reducer(settings);
    reducer.prepare(rate, block, audio.channelCount());
    test::processInBlocks(reducer, audio, block);
    return audio;
}

// The requantisation error (output - input) of channel 0, in LSBs.
std::vector<double> errorInLsb(const AudioBuffer& input, const AudioBuffer& output, double lsb) {
    std::vector<double> error(input.frameCount());
    for (std::size_t i = 0; i < error.size(); ++i)
        error[i] = (double(output.channel(0)[i]) - input.channel(0)[i]) / lsb;
    return error;
}

double meanSquare(const std::vector<double>& x) {
    double sum = 0.0;
    for (double v : x)
        sum += v * v;
    return sum / double(x.size());
}

// Material that never sits on the grid and is never exactly zero.
AudioBuffer programme(double seconds = 2.0, std::size_t channels = 1) {
    return test::sine(997.0, 0.3, seconds, kRate, channels, 0.1);
}

void expectOnGrid(const AudioBuffer& audio, int bits) {
    const double scale = std::ldexp(1.0, bits - 1);
    for (std::size_t c = 0; c < audio.channelCount(); ++c)
        for (std::size_t i = 0; i < audio.frameCount(); ++i) {
            const double code = double(audio.channel(c)[i]) * scale;
            ASSERT_EQ(code, std::round(code)) << "frame " << i;
            ASSERT_GE(code, -scale);
            ASSERT_LE(code, scale - 1.0);
        }
}

TEST(WordLengthReducer, OutputLiesOnTheGridAndClampsAtFullScale) {
    AudioBuffer audio = programme(0.5, 2);
    audio.channel(0)[100] = 1.5f;
    audio.channel(1)[200] = -1.5f;
    audio.channel(0)[300] = 1.0f;
    for (DitherKind dither : {DitherKind::None, DitherKind::Tpdf, DitherKind::Shaped}) {
        const AudioBuffer out16 = reduced(audio, {16, dither, 1});
        expectOnGrid(out16, 16);
        // Far beyond full scale even the dither and the shaping feedback cannot pull
        // the code back inside: the largest codes that exist.
        EXPECT_EQ(out16.channel(0)[100], 32767.0f / 32768.0f);
        EXPECT_EQ(out16.channel(1)[200], -1.0f);
        if (dither == DitherKind::None) {
            EXPECT_EQ(out16.channel(0)[300], 32767.0f / 32768.0f);
        }
        expectOnGrid(reduced(audio, {24, dither, 1}), 24);
    }
}

TEST(WordLengthReducer, TpdfErrorPowerIsAQuarterLsbSquared) {
    const AudioBuffer input = programme();
    const std::vector<double> error = errorInLsb(input, reduced(input, {16, DitherKind::Tpdf, 1}), kLsb16);
    // Dither (LSB^2/6) plus rounding (LSB^2/12): -96.3 dBFS RMS at 16 bits.
    EXPECT_NEAR(test::powerToDb(meanSquare(error) / 0.25), 0.0, 0.5);
    RecordProperty("tpdf_error_dbfs_rms", std::to_string(test::powerToDb(meanSquare(error)) + test::toDb(kLsb16)));

    double mean = 0.0;
    for (double e : error)
        mean += e;
    EXPECT_NEAR(mean / double(error.size()), 0.0, 0.01);

    const std::vector<double> rounding = errorInLsb(input, reduced(input, {16, DitherKind::None, 1}), kLsb16);
    EXPECT_NEAR(test::powerToDb(meanSquare(rounding) * 12.0), 0.0, 0.5);
}

TEST(WordLengthReducer, ShapedNoiseMovesFromTheSensitiveBandToTheTop) {
    const AudioBuffer input = programme(4.0);
    constexpr std::size_t kFft = 4096;
    const auto tpdf = test::powerSpectrum(errorInLsb(input, reduced(input, {16, DitherKind::Tpdf, 1}), kLsb16), kFft);
    const auto shaped = test::powerSpectrum(errorInLsb(input, reduced(input, {16, DitherKind::Shaped, 1}), kLsb16), kFft);

    // F-weighted: about -13 dB at 1 kHz to -25 dB at 3 kHz; +5 to +27 dB above 15 kHz.
    const double sensitiveDb = test::powerToDb(test::bandPower(shaped, kRate, 1000, 5000) /
                                               test::bandPower(tpdf, kRate, 1000, 5000));
    const double topDb = test::powerToDb(test::bandPower(shaped, kRate, 15000, 22050) /
                                         test::bandPower(tpdf, kRate, 15000, 22050));
    EXPECT_LT(sensitiveDb, -12.0);
    EXPECT_GT(topDb, 12.0);
    // And in every 500 Hz slice of 1-5 kHz, not just on average.
    for (double low = 1000.0; low < 5000.0; low += 500.0)
        EXPECT_LT(test::bandPower(shaped, kRate, low, low + 500.0), test::bandPower(tpdf, kRate, low, low + 500.0))
            << low << " Hz";
    RecordProperty("shaped_1k_5k_db", std::to_string(sensitiveDb));
    RecordProperty("shaped_above_15k_db", std::to_string(topDb));
}

TEST(WordLengthReducer, OtherRatesFallBackToASecondOrderShaper) {
    constexpr double kHighRate = 96000.0;
    const AudioBuffer input = test::sine(997.0, 0.3, 2.0, static_cast<int>(kHighRate), 1, 0.1);
    WordLengthReducer probe({16, DitherKind::Shaped, 1});
    probe.prepare(kHighRate, kBlock, 1);
    EXPECT_EQ(probe.shaper(), WordLengthReducer::Shaper::SecondOrderHighPass);
    probe.prepare(48000.0, kBlock, 1);
    EXPECT_EQ(probe.shaper(), WordLengthReducer::Shaper::FWeighted);

    constexpr std::size_t kFft = 4096;
    const AudioBuffer shapedOut = reduced(input, {16, DitherKind::Shaped, 1}, kHighRate);
    expectOnGrid(shapedOut, 16);
    const auto tpdf = test::powerSpectrum(
        errorInLsb(input, reduced(input, {16, DitherKind::Tpdf, 1}, kHighRate), kLsb16), kFft);
    const auto shaped = test::powerSpectrum(errorInLsb(input, shapedOut, kLsb16), kFft);
    // (1 - z^-1)^2 at 96 kHz: below -10 dB up to 10 kHz, the excess above 20 kHz.
    EXPECT_LT(test::powerToDb(test::bandPower(shaped, kHighRate, 20, 10000) /
                              test::bandPower(tpdf, kHighRate, 20, 10000)),
              -10.0);
    EXPECT_GT(test::bandPower(shaped, kHighRate, 20000, 48000), test::bandPower(tpdf, kHighRate, 20000, 48000));
}

TEST(WordLengthReducer, DigitalSilenceStaysExactlyZero) {
    const AudioBuffer tone = test::sine(1000.0, 0.5, 0.2, kRate, 2);
    const AudioBuffer gap = test::silence(0.5, kRate, 2);
    const AudioBuffer input = test::concatenate({&tone, &gap, &tone, &gap});
    for (DitherKind dither : {DitherKind::Tpdf, DitherKind::Shaped}) {
        const AudioBuffer out = reduced(input, {16, dither, 1});
        for (std::size_t c = 0; c < 2; ++c)
            for (std::size_t i = 0; i < input.frameCount(); ++i) {
                if (input.channel(c)[i] == 0.0f) {
                    ASSERT_EQ(out.channel(c)[i], 0.0f) << "frame " << i;
                }
            }
        // The tone itself was dithered (not passed through as silence).
        EXPECT_NE(out.channel(0)[100], input.channel(0)[100]);
    }
}

TEST(WordLengthReducer, SeedDecidesTheNoiseWhateverTheBlockSize) {
    const AudioBuffer input = programme(0.5, 2);
    const Settings seeded{16, DitherKind::Shaped, 42};
    const AudioBuffer first = reduced(input, seeded);
    const AudioBuffer again = reduced(input, seeded, kRate, 37);
    const AudioBuffer other = reduced(input, {16, DitherKind::Shaped, 43});
    std::size_t differences = 0;
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < input.frameCount(); ++i) {
            ASSERT_EQ(first.channel(c)[i], again.channel(c)[i]);
            differences += first.channel(c)[i] != other.channel(c)[i];
        }
    EXPECT_GT(differences, input.frameCount() / 2);
    // The channels carry independent noise.
    const AudioBuffer monoInBoth = test::sine(997.0, 0.3, 0.5, kRate, 2, 0.1);
    const AudioBuffer out = reduced(monoInBoth, seeded);
    std::size_t channelDifferences = 0;
    for (std::size_t i = 0; i < out.frameCount(); ++i)
        channelDifferences += out.channel(0)[i] != out.channel(1)[i];
    EXPECT_GT(channelDifferences, out.frameCount() / 2);
}

TEST(WordLengthReducer, RejectsUnsupportedWordLengths) {
    EXPECT_THROW(WordLengthReducer({32, DitherKind::Tpdf, 1}), Error);
    EXPECT_THROW(WordLengthReducer({4, DitherKind::Tpdf, 1}), Error);
}

}  // namespace
}  // namespace lathe
