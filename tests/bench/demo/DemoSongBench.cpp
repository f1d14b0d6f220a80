#include "demo/DemoMix.h"
#include "demo/DemoSongs.h"

#include <benchmark/benchmark.h>

namespace lathe::demo {
namespace {

// One demo song from description to levelled mix (synthesis, effects, loudness
// refinement): `lathe-cli demo` renders four of these, two at a time.
void BM_RenderDemoMix(benchmark::State& state) {
    const SongDescription song = demoSongs().at(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(renderDemoMix(song));
    state.SetLabel(song.title);
}
BENCHMARK(BM_RenderDemoMix)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace lathe::demo
