// The live graph's cost per 64-frame block at 48 kHz: the demo album's track and master
// chains as the audio thread runs them (sources pre-filled, no streaming), reported as
// the fraction of the block's duration it takes (the callback's DSP load without the
// monitor and meters) and as a real-time factor.

#include "demo/DemoAlbumWriter.h"
#include "graph/CompiledPlan.h"
#include "graph/GraphDescription.h"
#include "graph/SourceBlock.h"
#include "playback/MeterTaps.h"
#include "playback/Monitor.h"
#include "project/ProjectFile.h"
#include "support/TempDir.h"
#include "support/TestSignals.h"

#include <benchmark/benchmark.h>

namespace lathe {
namespace {

constexpr int kRate = 48000;
constexpr std::size_t kBlock = 64;

const GraphDescription& demoGraph() {
    static const test::TempDir dir;
    static const GraphDescription graph =
        describeProject(loadProject(demo::writeDemoAlbum(dir.path()).project), kRate);
    return graph;
}

void BM_DemoAlbumPlanBlock(benchmark::State& state) {
    const GraphDescription& graph = demoGraph();
    CompiledPlan plan(graph, kBlock);
    Monitor monitor;
    monitor.prepare(kRate);
    MeterTaps meters;
    meters.prepare(kRate);
    SourceBlock sources(graph.tracks.size(), kBlock);
    const AudioBuffer noise = test::pinkNoise(0.3, 1.0, kRate, 2, 3);
    for (std::size_t t = 0; t < graph.tracks.size(); ++t) {
        const AudioView view = sources.track(t, kBlock);
        for (std::size_t c = 0; c < 2; ++c)
            std::copy_n(noise.channel(c), kBlock, view.channel(c));
        sources.setHasAudio(t, true);
    }
    AudioBuffer mix(2, kBlock), master(2, kBlock), out(2, kBlock);
    // Inside the first track, where its chain and the master chain run.
    std::int64_t frame = graph.tracks[0].source.startFrame + kRate;
    for (auto _ : state) {
        plan.process(frame, sources, mix.view(), master.view());
        monitor.process(mix.view(), master.view(), out.view());
        meters.process(out.view(), frame, GainReductions{});
        benchmark::DoNotOptimize(out.channel(0)[0]);
        frame += kBlock;
        if (frame > graph.tracks[0].source.startFrame + graph.tracks[0].source.lengthFrames - 2 * kRate)
            frame = graph.tracks[0].source.startFrame + kRate;
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kBlock));
    state.counters["realtime_x"] = benchmark::Counter(static_cast<double>(kBlock) / kRate * static_cast<double>(state.iterations()),
                                                      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_DemoAlbumPlanBlock);

}  // namespace
}  // namespace lathe
