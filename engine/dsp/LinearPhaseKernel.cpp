#include "dsp/LinearPhaseKernel.h"

#include "dsp/EqBandDesign.h"
#include "dsp/RealFft.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numbers>

namespace lathe {

namespace {

// The frequency grid is this many times finer than the FIR is long, so the zero-phase
// response hardly wraps around in time before it is cut.
constexpr std::size_t kGridOversampling = 4;
// Tukey window: cosine tapers over this fraction of the FIR, flat in between.
constexpr double kTaperFraction = 0.5;

// Per frequency bin: the 2x2 real (zero-phase) matrix out <- in.
struct Matrix {
    double m[2][2];
};

void applyBand(Matrix& matrix, Placement placement, double h) {
    double band[2][2] = {{1.0, 0.0}, {0.0, 1.0}};
    switch (placement) {
    case Placement::Stereo: band[0][0] = band[1][1] = h; break;
    case Placement::Left: band[0][0] = h; break;
    case Placement::Right: band[1][1] = h; break;
    case Placement::Mid:
    case Placement::Side: {
        // T^-1 diag(h, 1) T for mid, T^-1 diag(1, h) T for side, T = M/S encoder.
        const double mid = placement == Placement::Mid ? h : 1.0;
        const double side = placement == Placement::Mid ? 1.0 : h;
        band[0][0] = band[1][1] = 0.5 * (mid + side);
        band[0][1] = band[1][0] = 0.5 * (mid - side);
        break;
    }
    }
    Matrix product{};
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 2; ++c)
            product.m[r][c] = band[r][0] * matrix.m[0][c] + band[r][1] * matrix.m[1][c];
    matrix = product;
}

double tukey(std::size_t j, std::size_t taps) {
    const double x = double(j) / double(taps - 1);  // 0..1
    const double edge = 0.5 * kTaperFraction;
    const double distance = std::min(x, 1.0 - x);
    if (distance >= edge)
        return 1.0;
    return 0.5 * (1.0 - std::cos(std::numbers::pi * distance / edge));
}

}  // namespace

LinearPhaseKernel::Layout LinearPhaseKernel::layoutFor(double sampleRate, std::size_t channels) {
    const auto wanted = static_cast<std::size_t>(std::ceil(sampleRate * kResolutionSeconds));
    const std::size_t power = std::bit_ceil(wanted);
    const std::size_t taps = power - 1;
    const std::size_t partitions = (taps + kPartitionFrames - 1) / kPartitionFrames;
    return {taps, kPartitionFrames, partitions, std::clamp<std::size_t>(channels, 1, 2)};
}

std::unique_ptr<LinearPhaseKernel> LinearPhaseKernel::design(const EqSettings& settings,
                                                             double sampleRate, const Layout& layout) {
    auto kernel = std::make_unique<LinearPhaseKernel>();
    kernel->m_bins = layout.bins();

    std::vector<const EqBand*> active;
    const std::size_t count = std::min(settings.bands.size(), EqSettings::kMaxBands);
    for (std::size_t i = 0; i < count; ++i) {
        const EqBand& band = settings.bands[i];
        const bool heard = layout.channels == 2 || band.placement == Placement::Stereo ||
                           band.placement == Placement::Mid;
        if (!EqBandDesign::isNeutral(band) && heard)
            active.push_back(&band);
    }
    kernel->m_neutral = active.empty();
    if (kernel->m_neutral)
        return kernel;

    std::vector<SectionList> sections;
    for (const EqBand* band : active)
        sections.push_back(EqBandDesign::design(*band, sampleRate));

    // 1. The matrix on the fine grid.
    const std::size_t gridSize = std::bit_ceil(layout.taps) * kGridOversampling;
    const std::size_t gridBins = gridSize / 2 + 1;
    std::vector<Matrix> grid(gridBins);
    for (std::size_t i = 0; i < gridBins; ++i) {
        const double w = 2.0 * std::numbers::pi * double(i) / double(gridSize);
        Matrix matrix{{{1.0, 0.0}, {0.0, 1.0}}};
        for (std::size_t b = 0; b < active.size(); ++b) {
            const Placement placement = layout.channels == 2 ? active[b]->placement : Placement::Stereo;
            applyBand(matrix, placement, std::sqrt(sections[b].magnitudeSquared(w)));
        }
        grid[i] = matrix;
    }

    // 2. Per path: zero-phase response, windowed and centred FIR, partition spectra.
    RealFft gridFft(gridSize);
    RealFft partitionFft(2 * layout.partitionFrames);
    const std::size_t centre = layout.centre();
    const double gridScale = 1.0 / double(gridSize);
    for (std::size_t out = 0; out < layout.channels; ++out) {
        for (std::size_t in = 0; in < layout.channels; ++in) {
            const std::size_t path = out * 2 + in;
            bool zero = true;
            for (std::size_t i = 0; i < gridBins; ++i) {
                const double value = grid[i].m[out][in];
                zero = zero && value == 0.0;
                gridFft.spectrum()[i] = value;
            }
            if (zero)
                continue;
            gridFft.inverse();
            std::vector<double>& taps = kernel->m_taps[path];
            taps.resize(layout.taps);
            for (std::size_t j = 0; j < layout.taps; ++j) {
                // Zero-phase index j - centre, wrapped into the circular response.
                const std::size_t source = (j + gridSize - centre) % gridSize;
                taps[j] = gridFft.time()[source] * gridScale * tukey(j, layout.taps);
            }
            std::vector<std::complex<double>>& spectra = kernel->m_spectra[path];
            spectra.resize(layout.partitions * layout.bins());
            for (std::size_t k = 0; k < layout.partitions; ++k) {
                double* time = partitionFft.time();
                std::fill_n(time, partitionFft.size(), 0.0);
                const std::size_t begin = k * layout.partitionFrames;
                const std::size_t end = std::min(begin + layout.partitionFrames, layout.taps);
                std::copy(taps.begin() + long(begin), taps.begin() + long(end), time);
                partitionFft.forward();
                std::copy_n(partitionFft.spectrum(), layout.bins(), spectra.begin() + long(k * layout.bins()));
            }
        }
    }
    return kernel;
}

}  // namespace lathe
