#include "analysis/TruePeakMeter.h"
#include "support/TestSignals.h"

#include <benchmark/benchmark.h>

namespace lathe {
namespace {

constexpr int kSampleRate = 44100;
constexpr std::size_t kBlockFrames = 8192;

// The analysis hot spot: stereo interleaved blocks as the file reader delivers them.
void BM_TruePeakMeterStereoInterleaved(benchmark::State& state) {
    const AudioBuffer noise = test::whiteNoise(0.5, 1.0, kSampleRate, 2, 7);
    std::vector<float> interleaved(kBlockFrames * 2);
    for (std::size_t i = 0; i < kBlockFrames; ++i)
        for (std::size_t c = 0; c < 2; ++c)
            interleaved[i * 2 + c] = noise.channel(c)[i];
    TruePeakMeter meter(2);
    for (auto _ : state) {
        meter.processInterleaved(interleaved.data(), kBlockFrames);
        benchmark::DoNotOptimize(meter.peak());
    }
    state.counters["frames/s"] = benchmark::Counter(
        static_cast<double>(state.iterations() * kBlockFrames), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TruePeakMeterStereoInterleaved);

void BM_TruePeakMeterMonoPlanar(benchmark::State& state) {
    AudioBuffer noise = test::whiteNoise(0.5, static_cast<double>(kBlockFrames) / kSampleRate,
                                         kSampleRate, 1, 7);
    TruePeakMeter meter(1);
    for (auto _ : state) {
        meter.process(noise.view());
        benchmark::DoNotOptimize(meter.peak());
    }
    state.counters["frames/s"] = benchmark::Counter(
        static_cast<double>(state.iterations() * noise.frameCount()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TruePeakMeterMonoPlanar);

}  // namespace
}  // namespace lathe
