#include "demo/DemoAlbumWriter.h"
#include "render/AlbumRenderer.h"
#include "support/TempDir.h"

#include <benchmark/benchmark.h>

namespace lathe {
namespace {

// A full release export of the demo album (DDP, 24-bit WAV, 320 kbps MP3 with QC,
// reports), as `lathe-cli render` does it; `realtime_x` is album seconds per second of
// wall time. The sources are written once, outside the timing.
void BM_RenderDemoRelease(benchmark::State& state) {
    const test::TempDir dir;
    const demo::DemoAlbumFiles album = demo::writeDemoAlbum(dir.path());
    AlbumRenderer::Options options;
    options.project = album.project;
    options.outDir = dir / "masters";
    double albumSeconds = 0.0;
    for (auto _ : state) {
        const AlbumRenderer::Result result = AlbumRenderer(options).render();
        albumSeconds = result.report["album"]["total_samples"].get<double>() /
                       result.report["album"]["sample_rate"].get<double>();
    }
    state.counters["realtime_x"] = benchmark::Counter(albumSeconds * static_cast<double>(state.iterations()),
                                                      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RenderDemoRelease)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

}  // namespace
}  // namespace lathe
