#include "dsp/EqBandDesign.h"

#include "dsp/AnalogBiquad.h"
#include "dsp/MatchedBiquadDesign.h"
#include "dsp/NyquistCorrection.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace lathe {

// NaN (never valid, but never allowed to reach a filter state either) becomes the
// project-format default.
double EqBandDesign::clampFrequency(double freqHz, double sampleRate) noexcept {
    return std::clamp(std::isnan(freqHz) ? EqBand{}.freqHz : freqHz, kMinFrequencyHz,
                      0.5 * sampleRate * kMaxFrequencyOfNyquist);
}

double EqBandDesign::clampQ(double q) noexcept { return std::clamp(std::isnan(q) ? EqBand{}.q : q, kMinQ, kMaxQ); }

double EqBandDesign::clampGainDb(double gainDb) noexcept {
    return std::clamp(std::isnan(gainDb) ? 0.0 : gainDb, -kMaxGainDb, kMaxGainDb);
}

bool EqBandDesign::hasGain(EqShape shape) noexcept {
    return shape == EqShape::Bell || shape == EqShape::LowShelf || shape == EqShape::HighShelf;
}

bool EqBandDesign::isNeutral(const EqBand& band) noexcept {
    return !band.enabled || (hasGain(band.shape) && band.gainDb == 0.0);
}

namespace {

constexpr double kFitLowestHz = 20.0;
constexpr double kFitHighestOfNyquist = 0.925;  // 20.4 kHz at 44.1 kHz
constexpr double kFitHighestHz = 24000.0;       // at high rates: the audible band and a margin
constexpr double kFitFloor = 1e-4;              // -40 dB: stopbands and notch centres are not fitted

// The analog prototype as a product of up to five factors, built once per design so
// evaluating it on a grid costs no pow() or trigonometry.
struct AnalogPrototype {
    std::array<AnalogBiquad, SectionList::kMaxSections> factors{};
    std::size_t count = 0;

    AnalogPrototype(EqShape shape, int slopeDbPerOctave, double gainDb, double q) {
        switch (shape) {
        case EqShape::Bell: factors[count++] = AnalogBiquad::bell(q, gainDb); break;
        case EqShape::LowShelf: factors[count++] = AnalogBiquad::lowShelf(q, gainDb); break;
        case EqShape::HighShelf: factors[count++] = AnalogBiquad::highShelf(q, gainDb); break;
        case EqShape::Notch: factors[count++] = AnalogBiquad::notch(q); break;
        case EqShape::LowCut:
        case EqShape::HighCut: {
            const bool low = shape == EqShape::LowCut;
            const int order = ButterworthCutDesign::orderForSlope(slopeDbPerOctave);
            for (int k = 0; k < order / 2; ++k) {
                const double sectionQ = ButterworthCutDesign::sectionQ(order, k);
                factors[count++] = low ? AnalogBiquad::highPass(sectionQ) : AnalogBiquad::lowPass(sectionQ);
            }
            if (order % 2 != 0)
                factors[count++] = low ? AnalogBiquad::highPass1() : AnalogBiquad::lowPass1();
            break;
        }
        }
    }

    // |H|^2 at x = f / f0.
    double magnitudeSquared(double x) const noexcept {
        double m = 1.0;
        for (std::size_t i = 0; i < count; ++i)
            m *= factors[i].magnitudeSquared(x);
        return m;
    }
};

SectionList matchedSections(EqShape shape, int slopeDbPerOctave, double w0, double gainDb, double q) {
    SectionList list;
    list.count = 1;
    switch (shape) {
    case EqShape::Bell: list.sections[0] = MatchedBiquadDesign::bell(w0, q, gainDb); break;
    case EqShape::LowShelf: list.sections[0] = MatchedBiquadDesign::lowShelf(w0, q, gainDb); break;
    case EqShape::HighShelf: list.sections[0] = MatchedBiquadDesign::highShelf(w0, q, gainDb); break;
    case EqShape::Notch: list.sections[0] = MatchedBiquadDesign::notch(w0, q); break;
    case EqShape::LowCut:
        return ButterworthCutDesign::lowCut(w0, ButterworthCutDesign::orderForSlope(slopeDbPerOctave));
    case EqShape::HighCut:
        return ButterworthCutDesign::highCut(w0, ButterworthCutDesign::orderForSlope(slopeDbPerOctave));
    }
    return list;
}

}  // namespace

EqBandDesign::FitGrid EqBandDesign::FitGrid::forRate(double sampleRate) noexcept {
    FitGrid grid;
    grid.sampleRate = sampleRate;
    const double lowest = 2.0 * std::numbers::pi * kFitLowestHz / sampleRate;
    const double highest = std::min(std::numbers::pi * kFitHighestOfNyquist,
                                    2.0 * std::numbers::pi * kFitHighestHz / sampleRate);
    const double step = std::pow(highest / lowest, 1.0 / double(kPoints - 1));
    double w = lowest;
    for (std::size_t i = 0; i < kPoints; ++i, w *= step) {
        grid.w[i] = w;
        grid.phi[i] = BiquadCoefficients::phiOf(w);
    }
    return grid;
}

SectionList EqBandDesign::design(EqShape shape, int slopeDbPerOctave, double freqHz, double gainDb,
                                 double q, double sampleRate) noexcept {
    return design(shape, slopeDbPerOctave, freqHz, gainDb, q, FitGrid::forRate(sampleRate));
}

SectionList EqBandDesign::design(EqShape shape, int slopeDbPerOctave, double freqHz, double gainDb,
                                 double q, const FitGrid& grid) noexcept {
    const double sampleRate = grid.sampleRate;
    freqHz = clampFrequency(freqHz, sampleRate);
    const double w0 = 2.0 * std::numbers::pi * freqHz / sampleRate;
    q = clampQ(q);
    gainDb = clampGainDb(gainDb);
    SectionList list = matchedSections(shape, slopeDbPerOctave, w0, gainDb, q);

    // One more section for what the matched sections miss towards Nyquist. It is
    // always there (the identity when nothing is missed), so a glide never changes the
    // section count.
    std::array<double, FitGrid::kPoints> phi{};
    std::array<double, FitGrid::kPoints> ratio{};
    const AnalogPrototype prototype(shape, slopeDbPerOctave, gainDb, q);
    std::size_t count = 0;
    for (std::size_t i = 0; i < FitGrid::kPoints; ++i) {
        const double analog = prototype.magnitudeSquared(grid.w[i] / w0);
        if (analog < kFitFloor)
            continue;
        phi[count] = grid.phi[i];
        ratio[count] = analog / list.magnitudeSquaredAt(grid.phi[i]);
        ++count;
    }
    list.sections[list.count++] = NyquistCorrection::fit(phi.data(), ratio.data(), count);
    return list;
}

SectionList EqBandDesign::design(const EqBand& band, double sampleRate) noexcept {
    return design(band.shape, band.slopeDbPerOctave, band.freqHz, band.gainDb, band.q, sampleRate);
}

double EqBandDesign::analogMagnitudeDb(const EqBand& band, double freqHz) noexcept {
    const double x = freqHz / std::max(band.freqHz, kMinFrequencyHz);
    const double q = clampQ(band.q);
    const double gainDb = clampGainDb(band.gainDb);
    return 10.0 * std::log10(AnalogPrototype(band.shape, band.slopeDbPerOctave, gainDb, q).magnitudeSquared(x));
}

bool EqBandDesign::appliesTo(Placement band, std::optional<Placement> view) noexcept {
    return !view || band == Placement::Stereo || band == *view;
}

double EqBandDesign::magnitudeDb(std::span<const EqBand> bands, double sampleRate, double freqHz,
                                 std::optional<Placement> view) noexcept {
    const double w = 2.0 * std::numbers::pi * freqHz / sampleRate;
    double m = 1.0;
    for (const EqBand& band : bands)
        if (!isNeutral(band) && appliesTo(band.placement, view))
            m *= design(band, sampleRate).magnitudeSquared(w);
    return 10.0 * std::log10(m);
}

}  // namespace lathe
