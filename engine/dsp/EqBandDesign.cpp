#include "dsp/EqBandDesign.h"

#include "dsp/AnalogBiquad.h"
#include "dsp/MatchedBiquadDesign.h"
#include "dsp/NyquistCorrection.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace lathe {

double EqBandDesign::clampFrequency(double freqHz, double sampleRate) noexcept {
    return std::clamp(freqHz, kMinFrequencyHz, 0.5 * sampleRate * kMaxFrequencyOfNyquist);
}

double EqBandDesign::clampQ(double q) noexcept { return std::clamp(q, kMinQ, kMaxQ); }

double EqBandDesign::clampGainDb(double gainDb) noexcept {
    return std::clamp(gainDb, -kMaxGainDb, kMaxGainDb);
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

double cutMagnitudeSquared(EqShape shape, int order, double x) {
    double m = 1.0;
    for (int k = 0; k < order / 2; ++k) {
        const double q = ButterworthCutDesign::sectionQ(order, k);
        m *= (shape == EqShape::LowCut ? AnalogBiquad::highPass(q) : AnalogBiquad::lowPass(q))
                 .magnitudeSquared(x);
    }
    if (order % 2 != 0)
        m *= (shape == EqShape::LowCut ? AnalogBiquad::highPass1() : AnalogBiquad::lowPass1())
                 .magnitudeSquared(x);
    return m;
}


// |H|^2 of the analog prototype at x = f / f0 (parameters already clamped).
double analogMagnitudeSquared(EqShape shape, int slopeDbPerOctave, double gainDb, double q, double x) {
    switch (shape) {
    case EqShape::Bell: return AnalogBiquad::bell(q, gainDb).magnitudeSquared(x);
    case EqShape::LowShelf: return AnalogBiquad::lowShelf(q, gainDb).magnitudeSquared(x);
    case EqShape::HighShelf: return AnalogBiquad::highShelf(q, gainDb).magnitudeSquared(x);
    case EqShape::Notch: return AnalogBiquad::notch(q).magnitudeSquared(x);
    case EqShape::LowCut:
    case EqShape::HighCut:
        return cutMagnitudeSquared(shape, ButterworthCutDesign::orderForSlope(slopeDbPerOctave), x);
    }
    return 1.0;
}

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

SectionList EqBandDesign::design(EqShape shape, int slopeDbPerOctave, double freqHz, double gainDb,
                                 double q, double sampleRate) noexcept {
    freqHz = clampFrequency(freqHz, sampleRate);
    const double w0 = 2.0 * std::numbers::pi * freqHz / sampleRate;
    q = clampQ(q);
    gainDb = clampGainDb(gainDb);
    SectionList list = matchedSections(shape, slopeDbPerOctave, w0, gainDb, q);

    // One more section for what the matched sections miss towards Nyquist. It is
    // always there (the identity when nothing is missed), so a glide never changes the
    // section count.
    std::array<double, NyquistCorrection::kGridPoints> w{};
    std::array<double, NyquistCorrection::kGridPoints> ratio{};
    const double lowest = 2.0 * std::numbers::pi * kFitLowestHz / sampleRate;
    const double highest = std::min(std::numbers::pi * kFitHighestOfNyquist,
                                    2.0 * std::numbers::pi * kFitHighestHz / sampleRate);
    const double step = std::pow(highest / lowest, 1.0 / double(NyquistCorrection::kGridPoints - 1));
    std::size_t count = 0;
    double wi = lowest;
    for (std::size_t i = 0; i < NyquistCorrection::kGridPoints; ++i, wi *= step) {
        const double analog =
            analogMagnitudeSquared(shape, slopeDbPerOctave, gainDb, q, wi / w0);
        if (analog < kFitFloor)
            continue;
        w[count] = wi;
        ratio[count] = analog / list.magnitudeSquared(wi);
        ++count;
    }
    list.sections[list.count++] = NyquistCorrection::fit(w.data(), ratio.data(), count);
    return list;
}

SectionList EqBandDesign::design(const EqBand& band, double sampleRate) noexcept {
    return design(band.shape, band.slopeDbPerOctave, band.freqHz, band.gainDb, band.q, sampleRate);
}

double EqBandDesign::analogMagnitudeDb(const EqBand& band, double freqHz) noexcept {
    const double x = freqHz / std::max(band.freqHz, kMinFrequencyHz);
    const double q = clampQ(band.q);
    const double gainDb = clampGainDb(band.gainDb);
    return 10.0 * std::log10(analogMagnitudeSquared(band.shape, band.slopeDbPerOctave, gainDb, q, x));
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
