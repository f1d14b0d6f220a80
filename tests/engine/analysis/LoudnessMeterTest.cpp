#include "analysis/LoudnessMeter.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kSampleRate = 48000;
constexpr double kToneHz = 1000.0;
// Blocks of an odd size, so the meter's own 100 ms framing is exercised.
constexpr std::size_t kFeedFrames = 3001;

LoudnessMeter measure(const AudioBuffer& audio, int sampleRate = kSampleRate) {
    LoudnessMeter meter(audio.channelCount(), sampleRate);
    const std::vector<float> samples = test::interleave(audio);
    const std::size_t channels = audio.channelCount();
    for (std::size_t start = 0; start < audio.frameCount(); start += kFeedFrames) {
        const std::size_t frames = std::min(kFeedFrames, audio.frameCount() - start);
        meter.processInterleaved(samples.data() + start * channels, frames);
    }
    return meter;
}

LoudnessMeter measureTone(const std::vector<test::LevelSegment>& segments, std::size_t channels = 2) {
    return measure(test::sineSegments(kToneHz, segments, kSampleRate, channels));
}

// EBU Tech 3341 (stereo 1 kHz sines; a -23 dBFS stereo sine is -23 LUFS).
TEST(LoudnessMeterTech3341, Case1And2SteadySines) {
    for (double level : {-23.0, -33.0}) {
        const LoudnessMeter meter = measureTone({{level, 20.0}});
        EXPECT_NEAR(meter.integratedLufs().value(), level, 0.1);
        EXPECT_NEAR(meter.momentaryMaxLufs().value(), level, 0.1);
        EXPECT_NEAR(meter.shortTermMaxLufs().value(), level, 0.1);
    }
}

TEST(LoudnessMeterTech3341, Case3RelativeGateIgnoresQuietEnds) {
    const LoudnessMeter meter = measureTone({{-36.0, 10.0}, {-23.0, 60.0}, {-36.0, 10.0}});
    EXPECT_NEAR(meter.integratedLufs().value(), -23.0, 0.1);
}

TEST(LoudnessMeterTech3341, Case4AbsoluteAndRelativeGates) {
    const LoudnessMeter meter =
        measureTone({{-72.0, 10.0}, {-36.0, 10.0}, {-23.0, 60.0}, {-36.0, 10.0}, {-72.0, 10.0}});
    EXPECT_NEAR(meter.integratedLufs().value(), -23.0, 0.1);
}

TEST(LoudnessMeterTech3341, Case5GatedMeanOfTwoLevels) {
    const LoudnessMeter meter = measureTone({{-26.0, 20.0}, {-20.0, 20.1}, {-26.0, 20.0}});
    EXPECT_NEAR(meter.integratedLufs().value(), -23.0, 0.1);
}

TEST(LoudnessMeterTech3341, Case9ShortTermOfA3SecondPattern) {
    // 1.34 s at -20 dBFS + 1.66 s at -30 dBFS: every 3 s window reads -23.0 LUFS.
    std::vector<test::LevelSegment> segments;
    for (int i = 0; i < 5; ++i) {
        segments.push_back({-20.0, 1.34});
        segments.push_back({-30.0, 1.66});
    }
    const LoudnessMeter meter = measureTone(segments);
    EXPECT_NEAR(meter.shortTermMaxLufs().value(), -23.0, 0.1);
}

TEST(LoudnessMeterTech3341, Case12MomentaryOfA400MillisecondPattern) {
    // 0.18 s at -20 dBFS + 0.22 s at -30 dBFS: every 400 ms window reads -23.0 LUFS.
    std::vector<test::LevelSegment> segments;
    for (int i = 0; i < 25; ++i) {
        segments.push_back({-20.0, 0.18});
        segments.push_back({-30.0, 0.22});
    }
    const LoudnessMeter meter = measureTone(segments);
    EXPECT_NEAR(meter.momentaryMaxLufs().value(), -23.0, 0.1);
}

TEST(LoudnessMeter, MaximaFollowABurst) {
    // 5 s at -40, a 3.05 s burst at -20, then -40 again: the momentary and short-term
    // maxima read the burst although the 100 ms grid need not align with it.
    const LoudnessMeter meter = measureTone({{-40.0, 5.03}, {-20.0, 3.05}, {-40.0, 5.0}});
    EXPECT_NEAR(meter.momentaryMaxLufs().value(), -20.0, 0.1);
    EXPECT_NEAR(meter.shortTermMaxLufs().value(), -20.0, 0.1);
}

// EBU Tech 3342 loudness range cases 1-4 (stereo 1 kHz, 20 s per level), +-1 LU.
struct RangeCase {
    std::vector<double> levels;
    double range;
};

void PrintTo(const RangeCase& c, std::ostream* out) { *out << c.levels.size() << " levels, LRA " << c.range; }

class LoudnessRangeTech3342 : public ::testing::TestWithParam<RangeCase> {};

TEST_P(LoudnessRangeTech3342, MatchesTheSpecifiedRange) {
    std::vector<test::LevelSegment> segments;
    for (double level : GetParam().levels)
        segments.push_back({level, 20.0});
    const LoudnessMeter meter = measureTone(segments);
    EXPECT_NEAR(meter.loudnessRangeLu().value(), GetParam().range, 1.0);
}

INSTANTIATE_TEST_SUITE_P(Cases, LoudnessRangeTech3342,
                         ::testing::Values(RangeCase{{-20.0, -30.0}, 10.0}, RangeCase{{-20.0, -15.0}, 5.0},
                                           RangeCase{{-40.0, -20.0}, 20.0},
                                           RangeCase{{-50.0, -35.0, -20.0, -35.0, -50.0}, 15.0}),
                         [](const auto& testCase) { return "Case" + std::to_string(testCase.index + 1); });

TEST(LoudnessMeter, MonoIsMeasuredAsOneChannel) {
    // Half the energy of the same sine in two channels: 3 dB lower, as ffmpeg reads it.
    const LoudnessMeter meter = measureTone({{-23.0, 10.0}}, 1);
    EXPECT_NEAR(meter.integratedLufs().value(), -26.01, 0.1);
}

TEST(LoudnessMeter, SilenceHasNoLoudness) {
    const LoudnessMeter meter = measure(test::silence(5.0, kSampleRate, 2));
    EXPECT_FALSE(meter.integratedLufs());
    EXPECT_FALSE(meter.loudnessRangeLu());
    EXPECT_FALSE(meter.momentaryMaxLufs());
    EXPECT_FALSE(meter.shortTermMaxLufs());
}

TEST(LoudnessMeter, ProgrammesMeasuredTogetherAreGatedTogether) {
    const LoudnessMeter loud = measureTone({{-20.0, 20.0}});
    const LoudnessMeter quiet = measureTone({{-30.0, 20.0}});
    // The energy mean of -20 and -30 LUFS, not the mean of the values (-25).
    EXPECT_NEAR(LoudnessMeter::integratedLufs({&loud, &quiet}).value(), -22.60, 0.1);
    EXPECT_NEAR(LoudnessMeter::loudnessRangeLu({&loud, &quiet}).value(), 10.0, 1.0);
}

TEST(LoudnessMeter, WorksAtCommonSampleRates) {
    for (int rate : {22050, 44100, 88200, 96000, 192000}) {
        const AudioBuffer audio = test::sineSegments(kToneHz, {{-23.0, 5.0}}, rate, 2);
        const LoudnessMeter meter = measure(audio, rate);
        EXPECT_NEAR(meter.integratedLufs().value(), -23.0, 0.1) << rate;
        EXPECT_NEAR(meter.momentaryMaxLufs().value(), -23.0, 0.1) << rate;
    }
}

}  // namespace
}  // namespace lathe
