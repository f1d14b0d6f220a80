#include "dsp/EqBandDesign.h"

#include "dsp/AnalogBiquad.h"
#include "dsp/MatchedBiquadDesign.h"

#include <algorithm>
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

SectionList EqBandDesign::design(EqShape shape, int slopeDbPerOctave, double freqHz, double gainDb,
                                 double q, double sampleRate) noexcept {
    const double w0 = 2.0 * std::numbers::pi * clampFrequency(freqHz, sampleRate) / sampleRate;
    q = clampQ(q);
    gainDb = clampGainDb(gainDb);
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

SectionList EqBandDesign::design(const EqBand& band, double sampleRate) noexcept {
    return design(band.shape, band.slopeDbPerOctave, band.freqHz, band.gainDb, band.q, sampleRate);
}

namespace {

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

}  // namespace

double EqBandDesign::analogMagnitudeDb(const EqBand& band, double freqHz) noexcept {
    const double x = freqHz / std::max(band.freqHz, kMinFrequencyHz);
    const double q = clampQ(band.q);
    const double gainDb = clampGainDb(band.gainDb);
    double m = 1.0;
    switch (band.shape) {
    case EqShape::Bell: m = AnalogBiquad::bell(q, gainDb).magnitudeSquared(x); break;
    case EqShape::LowShelf: m = AnalogBiquad::lowShelf(q, gainDb).magnitudeSquared(x); break;
    case EqShape::HighShelf: m = AnalogBiquad::highShelf(q, gainDb).magnitudeSquared(x); break;
    case EqShape::Notch: m = AnalogBiquad::notch(q).magnitudeSquared(x); break;
    case EqShape::LowCut:
    case EqShape::HighCut:
        m = cutMagnitudeSquared(band.shape, ButterworthCutDesign::orderForSlope(band.slopeDbPerOctave), x);
        break;
    }
    return 10.0 * std::log10(m);
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
