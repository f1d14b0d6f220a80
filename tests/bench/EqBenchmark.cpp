#include "core/ScopedNoDenormals.h"
#include "dsp/EqBandDesign.h"
#include "dsp/LinearPhaseEq.h"
#include "dsp/ParametricEq.h"
#include "support/TestSignals.h"

#include <benchmark/benchmark.h>

#include <algorithm>

// Realtime factor = seconds of audio processed per second of CPU (counter "realtime_x").
//
// Measured (Release, 44.1 kHz, 512-frame blocks, medians of 5; a 2-core machine shared
// with other builds, so absolute figures are pessimistic; what changed is comparable):
//                                       two-section correction   one section (before)
//   six bands, stereo                   644x                     661x
//   six bands, mid/side                 650x                     669x
//   six bands, all gliding              18.5x                    21.3x
//   one band design: bell 15 kHz        14 us                    10 us
//                    high shelf 10 kHz  16 us                    10 us
//                    48 dB high cut 15k 19 us                    11 us
//                    bell 1 kHz         0.45 us                  10 us
// A band costs at most three sections (bells, shelves, notches: matched section plus
// two correction sections; the second only where needed, identities cost nothing).
// Reproduce: build with -DLATHE_BUILD_BENCHMARKS=ON, then
//   build/release/tests/bench/lathe_benchmarks --benchmark_filter='MinimumPhase|EqBandDesign'
//       --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
namespace lathe {
namespace {

constexpr int kRate = 44100;
constexpr std::size_t kBlock = 512;

EqSettings sixBands(EqPhase phase) {
    EqSettings settings;
    settings.phase = phase;
    settings.bands = {
        {.shape = EqShape::LowCut, .freqHz = 25.0, .slopeDbPerOctave = 24},
        {.shape = EqShape::LowShelf, .freqHz = 100.0, .gainDb = 2.0, .q = 0.707},
        {.shape = EqShape::Bell, .freqHz = 350.0, .gainDb = -2.5, .q = 1.5},
        {.shape = EqShape::Bell, .freqHz = 3200.0, .gainDb = -1.5, .q = 1.2, .placement = Placement::Mid},
        {.shape = EqShape::HighShelf, .freqHz = 10000.0, .gainDb = 1.0, .q = 0.707, .placement = Placement::Side},
        {.shape = EqShape::HighCut, .freqHz = 20000.0, .slopeDbPerOctave = 12},
    };
    return settings;
}

EqSettings sixStereoBands(EqPhase phase) {
    EqSettings settings = sixBands(phase);
    for (EqBand& band : settings.bands)
        band.placement = Placement::Stereo;
    return settings;
}

void run(benchmark::State& state, Processor& eq) {
    ScopedNoDenormals noDenormals;
    AudioBuffer audio = test::whiteNoise(0.25, 1.0, kRate, 2, 1);
    const AudioView all = audio.view();
    std::size_t start = 0;
    for (auto _ : state) {
        if (start + kBlock > audio.frameCount())
            start = 0;
        eq.process(all.slice(start, kBlock));
        start += kBlock;
        benchmark::ClobberMemory();
    }
    state.counters["realtime_x"] = benchmark::Counter(double(state.iterations()) * kBlock / kRate,
                                                      benchmark::Counter::kIsRate);
}

void BM_MinimumPhaseEqSixBandsStereo(benchmark::State& state) {
    ParametricEq eq;
    eq.prepare(kRate, kBlock, 2);
    eq.setSettings(sixStereoBands(EqPhase::Minimum));
    run(state, eq);
}
BENCHMARK(BM_MinimumPhaseEqSixBandsStereo);

void BM_MinimumPhaseEqSixBandsWithMidSide(benchmark::State& state) {
    ParametricEq eq;
    eq.prepare(kRate, kBlock, 2);
    eq.setSettings(sixBands(EqPhase::Minimum));
    run(state, eq);
}
BENCHMARK(BM_MinimumPhaseEqSixBandsWithMidSide);

// Every band gliding all the time: the cost of a drag (each band redesigned every
// EqBandProcessor::kCoefficientUpdateFrames = 32 frames).
void BM_MinimumPhaseEqSixBandsGliding(benchmark::State& state) {
    ParametricEq eq;
    eq.prepare(kRate, kBlock, 2);
    EqSettings a = sixStereoBands(EqPhase::Minimum);
    EqSettings b = a;
    for (EqBand& band : b.bands) {
        band.freqHz *= 1.5;
        band.gainDb += 1.0;
    }
    eq.setSettings(a);
    ScopedNoDenormals noDenormals;
    AudioBuffer audio = test::whiteNoise(0.25, 1.0, kRate, 2, 1);
    const AudioView block = audio.view(kBlock);
    bool flip = false;
    for (auto _ : state) {
        eq.setSettings(flip ? a : b);
        flip = !flip;
        eq.process(block);
        benchmark::ClobberMemory();
    }
    state.counters["realtime_x"] = benchmark::Counter(double(state.iterations()) * kBlock / kRate,
                                                      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_MinimumPhaseEqSixBandsGliding);

// One band design as a glide runs it on the audio thread (the fit grid computed once per
// rate): a wide bell high up, where the Nyquist correction works hardest, a 48 dB/oct
// high cut there, and a 1 kHz bell that needs no correction.
void designBand(benchmark::State& state, EqShape shape, double freqHz, int slope) {
    const EqBandDesign::FitGrid grid = EqBandDesign::FitGrid::forRate(kRate);
    double drift = 0.0;
    for (auto _ : state) {
        drift = drift < 1e-3 ? drift + 1e-6 : 0.0;  // a new design every time, as in a glide
        SectionList sections = EqBandDesign::design(shape, slope, freqHz * (1.0 + drift), 6.0, 0.707, grid);
        benchmark::DoNotOptimize(sections);
    }
}
void BM_EqBandDesignBell15kHz(benchmark::State& state) { designBand(state, EqShape::Bell, 15000.0, 12); }
BENCHMARK(BM_EqBandDesignBell15kHz)->Unit(benchmark::kMicrosecond);
void BM_EqBandDesignHighShelf10kHz(benchmark::State& state) { designBand(state, EqShape::HighShelf, 10000.0, 12); }
BENCHMARK(BM_EqBandDesignHighShelf10kHz)->Unit(benchmark::kMicrosecond);
void BM_EqBandDesignHighCut48At15kHz(benchmark::State& state) { designBand(state, EqShape::HighCut, 15000.0, 48); }
BENCHMARK(BM_EqBandDesignHighCut48At15kHz)->Unit(benchmark::kMicrosecond);
void BM_EqBandDesignBell1kHz(benchmark::State& state) { designBand(state, EqShape::Bell, 1000.0, 12); }
BENCHMARK(BM_EqBandDesignBell1kHz)->Unit(benchmark::kMicrosecond);

// Silence after a loud passage: the decaying filter states must not fall into slow
// denormal arithmetic (the caller's ScopedNoDenormals flushes them).
void BM_MinimumPhaseEqDecayingIntoSilence(benchmark::State& state) {
    ParametricEq eq;
    eq.prepare(kRate, kBlock, 2);
    eq.setSettings(sixBands(EqPhase::Minimum));
    ScopedNoDenormals noDenormals;
    AudioBuffer loud = test::whiteNoise(0.9, 1.0, kRate, 2, 1);
    const AudioView all = loud.view();
    for (std::size_t start = 0; start + kBlock <= loud.frameCount(); start += kBlock)
        eq.process(all.slice(start, kBlock));
    AudioBuffer silence(2, kBlock);
    for (auto _ : state) {
        silence.view().clear();
        eq.process(silence.view());
        benchmark::ClobberMemory();
    }
    state.counters["realtime_x"] = benchmark::Counter(double(state.iterations()) * kBlock / kRate,
                                                      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_MinimumPhaseEqDecayingIntoSilence);

void BM_LinearPhaseEqSixBandsStereo(benchmark::State& state) {
    LinearPhaseEq eq;
    eq.setSettings(sixStereoBands(EqPhase::Linear));
    eq.prepare(kRate, kBlock, 2);
    run(state, eq);
}
BENCHMARK(BM_LinearPhaseEqSixBandsStereo);

void BM_LinearPhaseEqSixBandsWithMidSide(benchmark::State& state) {
    LinearPhaseEq eq;
    eq.setSettings(sixBands(EqPhase::Linear));
    eq.prepare(kRate, kBlock, 2);
    run(state, eq);
}
BENCHMARK(BM_LinearPhaseEqSixBandsWithMidSide);

// Designing a new linear-phase kernel (done on a non-real-time thread per edit).
void BM_LinearPhaseEqDesign(benchmark::State& state) {
    LinearPhaseEq eq;
    eq.prepare(kRate, kBlock, 2);
    const EqSettings settings = sixBands(EqPhase::Linear);
    for (auto _ : state)
        eq.setSettings(settings);
}
BENCHMARK(BM_LinearPhaseEqDesign)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace lathe
