// Speed of the dynamics processors: stereo, 44.1 kHz, 512-frame blocks, on material that
// keeps them working (noise plus a tone, loud enough to compress and limit). The
// "realtime" counter is seconds of audio processed per second of CPU: the realtime factor.

#include "core/ScopedNoDenormals.h"
#include "dsp/Compressor.h"
#include "dsp/Multiband.h"
#include "dsp/TruePeakLimiter.h"
#include "support/TestSignals.h"

#include <benchmark/benchmark.h>

namespace lathe {
namespace {

constexpr int kRate = 44100;
constexpr std::size_t kBlock = 512;
constexpr double kSourceSeconds = 4.0;

AudioBuffer material() {
    AudioBuffer audio = test::whiteNoise(0.4, kSourceSeconds, kRate, 2, 42);
    const AudioBuffer tone = test::sine(110.0, 0.5, kSourceSeconds, kRate);
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < audio.frameCount(); ++i)
            audio.channel(c)[i] += tone.channel(c)[i];
    return audio;
}

void run(benchmark::State& state, Processor& processor) {
    const ScopedNoDenormals noDenormals;
    const AudioBuffer source = material();
    processor.prepare(kRate, kBlock, 2);
    AudioBuffer block(2, kBlock);
    std::size_t position = 0;
    for (auto _ : state) {
        for (std::size_t c = 0; c < 2; ++c)
            std::copy_n(source.channel(c) + position, kBlock, block.channel(c));
        processor.process(block.view());
        benchmark::ClobberMemory();
        position = position + 2 * kBlock <= source.frameCount() ? position + kBlock : 0;
    }
    const auto frames = static_cast<double>(state.iterations() * kBlock);
    state.counters["realtime"] = benchmark::Counter(frames / kRate, benchmark::Counter::kIsRate);
}

void compressor(benchmark::State& state) {
    CompressorSettings settings;
    settings.sidechainHighPassHz = 80.0;
    Compressor processor(settings);
    run(state, processor);
}

void multiband(benchmark::State& state) {
    MultibandSettings settings;  // 4 bands
    settings.linearPhase = state.range(0) != 0;
    Multiband processor(settings);
    run(state, processor);
}

void limiter(benchmark::State& state) {
    LimiterSettings settings;
    settings.inputGainDb = 6.0;
    TruePeakLimiter processor(settings);
    run(state, processor);
}

BENCHMARK(compressor);
BENCHMARK(multiband)->ArgName("linear_phase")->Arg(0)->Arg(1);
BENCHMARK(limiter);

}  // namespace
}  // namespace lathe
