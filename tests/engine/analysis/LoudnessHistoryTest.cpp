#include "analysis/LoudnessHistory.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

namespace lathe {
namespace {

constexpr int kSampleRate = 48000;

TEST(LoudnessHistory, FollowsALevelStepWithTheShortTermWindow) {
    test::TempDir dir;
    // 1 kHz at -20 dBFS in both channels reads -20 LUFS (BS.1770's reference); then 10 dB less.
    test::writeAudioFile(dir / "step.wav", test::sineSegments(1000.0, {{-20.0, 6.0}, {-30.0, 6.0}}, kSampleRate),
                         kSampleRate);
    const LoudnessHistory history = LoudnessHistory::measure(dir / "step.wav");
    ASSERT_EQ(history.shortTermLufs.size(), 120u);
    EXPECT_NEAR(history.shortTermLufs[49], -20.0, 0.1);    // 5.0 s: 3 s of the loud part
    EXPECT_NEAR(history.shortTermLufs[109], -30.0, 0.1);   // 11.0 s: 3 s of the quiet part
    // 7.0 s: two loud seconds and one quiet one, averaged as energy: 10 log10(0.021 / 3).
    EXPECT_NEAR(history.shortTermLufs[69], -21.55, 0.3);
}

}  // namespace
}  // namespace lathe
