#include "dsp/EqBandDesign.h"

#include "dsp/AnalogBiquad.h"
#include "dsp/MatchedBiquadDesign.h"
#include "dsp/NyquistCorrection.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <utility>

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
constexpr double kFitHighestOfNyquist = 0.97;  // 21.4 kHz at 44.1 kHz
constexpr double kFitHighestHz = 24000.0;       // at high rates: the audible band and a margin
constexpr double kFitFloor = 1e-6;              // -60 dB: deep stopbands and notch centres are not fitted

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
    // Uniform in sqrt(w): denser towards Nyquist, where the correction has work to do,
    // than a log grid, and still a few points per octave low down, where a matched
    // section alone is exact to a thousandth of a dB.
    const double first = std::sqrt(lowest);
    const double last = std::sqrt(highest);
    for (std::size_t i = 0; i < kCheckPoints; ++i) {
        const double root = first + (last - first) * double(i) / double(kCheckPoints - 1);
        const double w = root * root;
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

    // Two more sections for what the matched sections miss towards Nyquist. They are
    // always there (identities when nothing is missed), so a glide never changes the
    // section count.
    std::array<double, FitGrid::kPoints> phi{};
    std::array<double, FitGrid::kPoints> ratio{};
    std::array<double, FitGrid::kCheckPoints> checkPhi{};
    std::array<double, FitGrid::kCheckPoints> checkRatio{};
    const AnalogPrototype prototype(shape, slopeDbPerOctave, gainDb, q);
    std::size_t count = 0;
    std::size_t checkCount = 0;
    for (std::size_t i = 0; i < FitGrid::kCheckPoints; ++i) {
        const double analog = prototype.magnitudeSquared(grid.w[i] / w0);
        if (analog < kFitFloor)
            continue;
        checkPhi[checkCount] = grid.phi[i];
        checkRatio[checkCount] = analog / list.magnitudeSquaredAt(grid.phi[i]);
        if (i % 2 == 0) {
            phi[count] = checkPhi[checkCount];
            ratio[count] = checkRatio[checkCount];
            ++count;
        }
        ++checkCount;
    }
    for (const BiquadCoefficients& c :
         NyquistCorrection::fit(phi.data(), ratio.data(), count, checkPhi.data(), checkRatio.data(), checkCount))
        list.sections[list.count++] = c;
    return list;
}

SectionList EqBandDesign::design(const EqBand& band, double sampleRate) noexcept {
    return design(band.shape, band.slopeDbPerOctave, band.freqHz, band.gainDb, band.q, sampleRate);
}

void EqBandDesign::alignForRamp(SectionList& next, const SectionList& previous) noexcept {
    static_assert(NyquistCorrection::kSections == 2, "pairs are swapped, not permuted");
    if (next.count != previous.count || next.count < NyquistCorrection::kSections)
        return;
    BiquadCoefficients& first = next.sections[next.count - 2];
    BiquadCoefficients& second = next.sections[next.count - 1];
    const BiquadCoefficients& was1 = previous.sections[previous.count - 2];
    const BiquadCoefficients& was2 = previous.sections[previous.count - 1];
    auto squared = [](double a, double b, double c) { return a * a + b * b + c * c; };
    auto numeratorDistance = [&](const BiquadCoefficients& c, const BiquadCoefficients& was) {
        return squared(c.b0 - was.b0, c.b1 - was.b1, c.b2 - was.b2);
    };
    auto denominatorDistance = [&](const BiquadCoefficients& c, const BiquadCoefficients& was) {
        return squared(0.0, c.a1 - was.a1, c.a2 - was.a2);
    };
    if (numeratorDistance(first, was2) + numeratorDistance(second, was1) <
        numeratorDistance(first, was1) + numeratorDistance(second, was2)) {
        std::swap(first.b0, second.b0);
        std::swap(first.b1, second.b1);
        std::swap(first.b2, second.b2);
    }
    if (denominatorDistance(first, was2) + denominatorDistance(second, was1) <
        denominatorDistance(first, was1) + denominatorDistance(second, was2)) {
        std::swap(first.a1, second.a1);
        std::swap(first.a2, second.a2);
    }
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
