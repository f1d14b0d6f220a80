// Speed of the utility processors, as realtime factors: the "realtime" counter is
// seconds of stereo audio processed per second of CPU (44.1 kHz, 512-frame blocks;
// the resampler takes 96 kHz in).
#include "dsp/Declicker.h"
#include "dsp/StereoImager.h"
#include "dsp/WordLengthReducer.h"
#include "io/Resampler.h"

#include "core/ScopedNoDenormals.h"
#include "support/BlockProcessing.h"
#include "support/TestSignals.h"

#include <benchmark/benchmark.h>

#include <cmath>

namespace lathe {
namespace {

constexpr int kRate = 44100;
constexpr std::size_t kBlock = 512;
constexpr double kSeconds = 2.0;

AudioBuffer material(int rate = kRate) {
    AudioBuffer audio = test::sine(440.0, 0.4, kSeconds, rate, 2);
    const AudioBuffer noise = test::whiteNoise(0.01, kSeconds, rate, 2, 5);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < audio.frameCount(); ++i)
            audio.channel(c)[i] += noise.channel(c)[i];
    return audio;
}

void reportRealtime(benchmark::State& state) {
    state.counters["realtime"] = benchmark::Counter(kSeconds, benchmark::Counter::kIsIterationInvariantRate);
}

void runProcessor(benchmark::State& state, Processor& processor) {
    const AudioBuffer source = material();
    AudioBuffer audio = source;
    processor.prepare(kRate, kBlock, 2);
    ScopedNoDenormals noDenormals;
    for (auto _ : state) {
        test::processInBlocks(processor, audio, kBlock);
        benchmark::DoNotOptimize(audio.channel(0)[0]);
    }
    reportRealtime(state);
}

void BM_StereoImager(benchmark::State& state) {
    StereoImager imager({.width = 1.3, .monoBelowHz = 120.0, .balance = 0.1});
    runProcessor(state, imager);
}
BENCHMARK(BM_StereoImager)->Unit(benchmark::kMillisecond);

void BM_Declicker(benchmark::State& state) {
    Declicker declicker;
    runProcessor(state, declicker);
}
BENCHMARK(BM_Declicker)->Unit(benchmark::kMillisecond);

// Every 20 ms a click to repair, so interpolation is part of the cost.
void BM_DeclickerCrackly(benchmark::State& state) {
    Declicker declicker;
    const AudioBuffer source = material();
    AudioBuffer clicked = source;
    for (std::size_t i = 1000; i < clicked.frameCount(); i += kRate / 50)
        clicked.channel(i % 2)[i] += 0.5f;
    declicker.prepare(kRate, kBlock, 2);
    ScopedNoDenormals noDenormals;
    for (auto _ : state) {
        AudioBuffer audio = clicked;
        test::processInBlocks(declicker, audio, kBlock);
        benchmark::DoNotOptimize(audio.channel(0)[0]);
    }
    reportRealtime(state);
    state.counters["repairs_per_pass"] =
        benchmark::Counter(static_cast<double>(declicker.repairCount()), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_DeclickerCrackly)->Unit(benchmark::kMillisecond);

void BM_ShapedDither16(benchmark::State& state) {
    WordLengthReducer reducer({16, DitherKind::Shaped, 1});
    const AudioBuffer source = material();
    reducer.prepare(kRate, kBlock, 2);
    for (auto _ : state) {
        state.PauseTiming();
        AudioBuffer audio = source;  // quantising in place: start from float each pass
        state.ResumeTiming();
        test::processInBlocks(reducer, audio, kBlock);
        benchmark::DoNotOptimize(audio.channel(0)[0]);
    }
    reportRealtime(state);
}
BENCHMARK(BM_ShapedDither16)->Unit(benchmark::kMillisecond);

void BM_Resample96kTo44k(benchmark::State& state) {
    const AudioBuffer source = material(96000);
    for (auto _ : state) {
        AudioBuffer out = Resampler::resample(source, 96000.0, 44100.0);
        benchmark::DoNotOptimize(out.channel(0)[0]);
    }
    reportRealtime(state);
}
BENCHMARK(BM_Resample96kTo44k)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace lathe
