#include "analysis/PeakCache.h"
#include "analysis/PeakPyramid.h"
#include "analysis/PeakPyramidWorker.h"
#include "support/TempDir.h"
#include "io/AudioFileWriter.h"
#include "support/TestSignals.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

namespace lathe {
namespace {

constexpr int kSampleRate = 44100;
// Not a multiple of any bucket width, so every level ends in a partial bucket.
constexpr double kSeconds = 3.1;

PeakPair bruteForce(const AudioBuffer& audio, std::size_t channel, std::int64_t begin, std::int64_t end) {
    end = std::min<std::int64_t>(end, static_cast<std::int64_t>(audio.frameCount()));
    const float* samples = audio.channel(channel);
    const auto [low, high] = std::minmax_element(samples + begin, samples + end);
    return {*low, *high};
}

void expectEveryBucketMatches(const PeakPyramid& pyramid, const AudioBuffer& audio) {
    ASSERT_GT(pyramid.levelCount(), 3);
    for (int level = 0; level < pyramid.levelCount(); ++level) {
        const std::int64_t width = PeakPyramid::framesPerPeak(level);
        for (int ch = 0; ch < pyramid.channels(); ++ch) {
            const auto buckets = pyramid.level(level, ch);
            const auto expectedCount = (pyramid.frames() + width - 1) / width;
            ASSERT_EQ(static_cast<std::int64_t>(buckets.size()), expectedCount) << "level " << level;
            for (std::size_t i = 0; i < buckets.size(); ++i) {
                const auto begin = static_cast<std::int64_t>(i) * width;
                ASSERT_EQ(buckets[i], bruteForce(audio, static_cast<std::size_t>(ch), begin, begin + width))
                    << "level " << level << " channel " << ch << " bucket " << i;
            }
        }
    }
}

AudioBuffer testAudio() {
    AudioBuffer audio = test::whiteNoise(0.5, kSeconds, kSampleRate, 2, 7);
    // One lone extreme sample per channel that every level must carry upwards.
    audio.channel(0)[12345] = 0.99f;
    audio.channel(1)[99999] = -0.97f;
    return audio;
}

TEST(PeakPyramid, EveryBucketOfEveryLevelEqualsBruteForce) {
    AudioBuffer audio = testAudio();
    const PeakPyramid pyramid = PeakPyramid::fromAudio(audio.view(), kSampleRate);
    EXPECT_EQ(pyramid.frames(), static_cast<std::int64_t>(audio.frameCount()));
    EXPECT_EQ(pyramid.channels(), 2);
    EXPECT_LE(pyramid.level(pyramid.levelCount() - 1, 0).size(), PeakPyramid::kCoarsestBuckets);
    expectEveryBucketMatches(pyramid, audio);
    const auto top = pyramid.level(pyramid.levelCount() - 1, 0);
    const float topMax = std::max_element(top.begin(), top.end(), [](auto a, auto b) { return a.max < b.max; })->max;
    EXPECT_FLOAT_EQ(topMax, 0.99f);
}

TEST(PeakPyramid, RangeCoversTheRequestedFramesAndAtMostOneBucketMore) {
    AudioBuffer audio = testAudio();
    const PeakPyramid pyramid = PeakPyramid::fromAudio(audio.view(), kSampleRate);
    for (const auto& [begin, end] : {std::pair<std::int64_t, std::int64_t>{0, 64}, {1000, 1000 + 4096},
                                    {12000, 13000}, {99000, 100500}, {0, 136710}}) {
        const PeakPair got = pyramid.range(1, begin, end);
        const PeakPair exact = bruteForce(audio, 1, begin, end);
        EXPECT_LE(got.min, exact.min);
        EXPECT_GE(got.max, exact.max);
        const std::int64_t width = end - begin;
        const PeakPair widened = bruteForce(audio, 1, std::max<std::int64_t>(0, begin - width), end + width);
        EXPECT_GE(got.min, widened.min);
        EXPECT_LE(got.max, widened.max);
    }
    EXPECT_FLOAT_EQ(pyramid.range(1, 99990, 100010).min, -0.97f);
    EXPECT_EQ(pyramid.range(0, 500, 500), PeakPair{});
}

TEST(PeakPyramid, ReadsAFileInBlocksExactlyAsFromMemory) {
    test::TempDir dir;
    AudioBuffer audio = test::sine(997.0, 0.8, kSeconds, kSampleRate, 2);
    test::writeAudioFile(dir / "mix.wav", audio, kSampleRate, SampleFormat::Float32);
    const AudioBuffer decoded = test::readAudioFile(dir / "mix.wav");
    const auto pyramid = PeakPyramid::fromFile(dir / "mix.wav");
    ASSERT_TRUE(pyramid.has_value());
    EXPECT_EQ(pyramid->sampleRate(), kSampleRate);
    expectEveryBucketMatches(*pyramid, decoded);
}

TEST(PeakPyramid, SerialisedFormRoundTripsAndRefusesDamage) {
    AudioBuffer audio = testAudio();
    const PeakPyramid pyramid = PeakPyramid::fromAudio(audio.view(), kSampleRate);
    std::stringstream bytes;
    pyramid.write(bytes);
    const std::string stored = bytes.str();
    std::istringstream in(stored);
    const auto back = PeakPyramid::read(in);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->frames(), pyramid.frames());
    ASSERT_EQ(back->levelCount(), pyramid.levelCount());
    for (int level = 0; level < pyramid.levelCount(); ++level)
        EXPECT_TRUE(std::ranges::equal(back->level(level, 1), pyramid.level(level, 1)));

    std::istringstream truncated(stored.substr(0, stored.size() - 3));
    EXPECT_FALSE(PeakPyramid::read(truncated).has_value());
    std::string badMagic = stored;
    badMagic[0] = 'X';
    std::istringstream wrongMagic(badMagic);
    EXPECT_FALSE(PeakPyramid::read(wrongMagic).has_value());
}

TEST(PeakCache, SecondOpeningComesFromDiskAndAnEditedSourceIsSummarisedAgain) {
    test::TempDir dir;
    const auto source = dir / "mix.wav";
    test::writeAudioFile(source, test::sine(440.0, 0.5, 1.0, kSampleRate, 2), kSampleRate);
    const PeakCache cache(dir / "cache");
    const auto first = cache.obtain(source);
    ASSERT_TRUE(first && !first->fromCache);
    const auto second = cache.obtain(source);
    ASSERT_TRUE(second && second->fromCache);
    EXPECT_TRUE(std::ranges::equal(second->pyramid.level(0, 0), first->pyramid.level(0, 0)));

    const auto oldFile = cache.cacheFile(source);
    test::writeAudioFile(source, test::sine(440.0, 0.25, 2.0, kSampleRate, 2), kSampleRate);
    std::filesystem::last_write_time(source, std::filesystem::last_write_time(source) + std::chrono::seconds(5));
    EXPECT_NE(cache.cacheFile(source), oldFile);
    const auto edited = cache.obtain(source);
    ASSERT_TRUE(edited && !edited->fromCache);
    EXPECT_EQ(edited->pyramid.frames(), 2 * kSampleRate);
    EXPECT_NEAR(edited->pyramid.range(0, 0, edited->pyramid.frames()).max, 0.25f, 1e-3);
}

TEST(PeakCache, ACorruptCacheFileIsRecomputed) {
    test::TempDir dir;
    const auto source = dir / "mix.wav";
    test::writeAudioFile(source, test::sine(440.0, 0.5, 1.0, kSampleRate, 2), kSampleRate);
    const PeakCache cache(dir / "cache");
    ASSERT_TRUE(cache.obtain(source));
    std::ofstream(cache.cacheFile(source), std::ios::binary | std::ios::trunc) << "garbage";
    const auto again = cache.obtain(source);
    ASSERT_TRUE(again && !again->fromCache);
    EXPECT_NEAR(again->pyramid.range(0, 0, again->pyramid.frames()).max, 0.5f, 1e-3);
}

TEST(PeakPyramidWorker, DeliversEachRequestAndReportsUnreadableSources) {
    test::TempDir dir;
    test::writeAudioFile(dir / "a.wav", test::sine(440.0, 0.5, 0.5, kSampleRate, 2), kSampleRate);
    std::mutex mutex;
    std::condition_variable arrived;
    std::vector<PeakPyramidWorker::Outcome> outcomes;
    PeakPyramidWorker worker(PeakCache(dir / "cache"), [&](PeakPyramidWorker::Outcome outcome) {
        std::lock_guard lock(mutex);
        outcomes.push_back(std::move(outcome));
        arrived.notify_one();
    });
    worker.request(dir / "a.wav");
    worker.request(dir / "missing.wav");
    std::unique_lock lock(mutex);
    ASSERT_TRUE(arrived.wait_for(lock, std::chrono::seconds(10), [&] { return outcomes.size() == 2; }));
    ASSERT_TRUE(outcomes[0].pyramid);
    EXPECT_EQ(outcomes[0].pyramid->frames(), kSampleRate / 2);
    EXPECT_FALSE(outcomes[1].pyramid);
    EXPECT_NE(outcomes[1].error.find("missing.wav"), std::string::npos);
}

}  // namespace
}  // namespace lathe
