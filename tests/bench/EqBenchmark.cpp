#include "core/ScopedNoDenormals.h"
#include "dsp/LinearPhaseEq.h"
#include "dsp/ParametricEq.h"
#include "support/TestSignals.h"

#include <benchmark/benchmark.h>

#include <algorithm>

// Realtime factor = seconds of audio processed per second of CPU (counter "realtime_x").
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

// Every band gliding all the time: the cost of a drag (redesign every 16 frames).
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
