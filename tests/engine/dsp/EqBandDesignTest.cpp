#include "dsp/EqBandDesign.h"
#include "dsp/MatchedBiquadDesign.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <cmath>
#include <limits>
#include <numbers>
#include <span>
#include <vector>

namespace lathe {
namespace {

constexpr double kRates[] = {44100.0, 48000.0, 96000.0};
constexpr double kLowestHz = 20.0;
constexpr double kHighestHz = 20000.0;
constexpr int kGridPoints = 400;  // log-spaced, about 40 per octave
// Below this the prototype is in a notch, where fractions of a dB are meaningless; notch
// depth is tested separately.
constexpr double kCompareAboveDb = -20.0;
// The brief's requirement for every shape, 20 Hz - 20 kHz, at every rate.
constexpr double kRequiredDb = 0.1;
// Band centres: the low and middle ones a matched section handles alone, the high ones
// where the Nyquist correction has to work (at 44.1 kHz, 18 kHz is 0.82 fs/2).
constexpr double kCentresHz[] = {20.0, 100.0, 300.0, 1000.0, 3000.0, 5000.0, 8000.0, 12000.0, 15000.0, 18000.0};

double digitalDb(const EqBand& band, double sampleRate, double freqHz) {
    return EqBandDesign::magnitudeDb(std::span<const EqBand>(&band, 1), sampleRate, freqHz);
}

// Largest |digital - analog| in dB on a log grid 20 Hz - 20 kHz.
double worstDeviationDb(const EqBand& band, double sampleRate) {
    const SectionList sections = EqBandDesign::design(band, sampleRate);
    double worst = 0.0;
    for (int i = 0; i <= kGridPoints; ++i) {
        const double f = kLowestHz * std::pow(kHighestHz / kLowestHz, double(i) / kGridPoints);
        const double analog = EqBandDesign::analogMagnitudeDb(band, f);
        if (analog < kCompareAboveDb)
            continue;
        const double digital = 10.0 * std::log10(sections.magnitudeSquared(2.0 * std::numbers::pi * f / sampleRate));
        worst = std::max(worst, std::abs(digital - analog));
    }
    return worst;
}

std::vector<EqBand> gainBands(EqShape shape, double freqHz, std::initializer_list<double> qs) {
    std::vector<EqBand> bands;
    for (double q : qs)
        for (double gain : {-12.0, -6.0, -3.0, -1.0, 1.0, 3.0, 6.0, 12.0})
            bands.push_back({.shape = shape, .freqHz = freqHz, .gainDb = gain, .q = q});
    return bands;
}

std::vector<EqBand> gainBands(EqShape shape, double freqHz) {
    return gainBands(shape, freqHz, {0.5, 0.707, 1.0, 2.0, 4.0});
}

double worstOver(const std::vector<EqBand>& bands, double sampleRate) {
    double worst = 0.0;
    for (const EqBand& band : bands)
        worst = std::max(worst, worstDeviationDb(band, sampleRate));
    return worst;
}

// Measured worst: 0.027 dB (a bell at 15 kHz, 44.1 kHz); before the two-section
// correction 0.16 dB (bells) and 0.64 dB (shelves, Q 4) at 44.1/48 kHz.
TEST(EqBandDesign, BellsAndShelvesMatchTheAnalogWithinATenthOfADbUpTo20kHz) {
    for (double rate : kRates)
        for (EqShape shape : {EqShape::Bell, EqShape::LowShelf, EqShape::HighShelf})
            for (double f : kCentresHz)
                EXPECT_LT(worstOver(gainBands(shape, f), rate), kRequiredDb)
                    << "shape " << int(shape) << " at " << f << " Hz, fs " << rate;
}

// Measured worst: 0.02 dB (was 2.1 dB at 44.1 kHz).
TEST(EqBandDesign, NarrowBellsUpToQ12MatchTheAnalogToo) {
    for (double rate : kRates)
        for (double f : kCentresHz)
            EXPECT_LT(worstOver(gainBands(EqShape::Bell, f, {8.0, 12.0}), rate), kRequiredDb) << f << " " << rate;
}

// At 96 kHz the matched sections alone come within 0.02 dB of every band (Q up to 4),
// which is where the correction stops fitting (NyquistCorrection: design cost).
TEST(EqBandDesign, At96kHzEveryBandUpTo18kHzMatchesWithinTwoHundredthsOfADb) {
    for (EqShape shape : {EqShape::Bell, EqShape::LowShelf, EqShape::HighShelf})
        for (double f : {5000.0, 8000.0, 12000.0, 15000.0, 18000.0})
            EXPECT_LT(worstOver(gainBands(shape, f), 96000.0), 0.02) << int(shape) << " " << f;
}

TEST(EqBandDesign, BellsKeepTheirGainAtTheCentre) {
    for (double rate : kRates)
        for (double f : kCentresHz)
            for (const EqBand& band : gainBands(EqShape::Bell, f, {0.5, 0.707, 1.0, 2.0, 4.0, 8.0}))
                EXPECT_NEAR(digitalDb(band, rate, f), band.gainDb, 0.05) << f << " " << band.q;
}

// What makes the EQ minimum phase: every section's zeros, the fitted ones included,
// lie inside the unit circle (or on it: the DC zeros of low cuts, the notch's zeros).
TEST(EqBandDesign, EverySectionIsMinimumPhase) {
    auto insideOrOn = [](double c0, double c1, double c2) {
        constexpr double kTolerance = 1e-9;
        return std::abs(c2) <= c0 * (1.0 + kTolerance) && std::abs(c1) <= (c0 + c2) * (1.0 + kTolerance);
    };
    for (double rate : kRates)
        for (EqShape shape : {EqShape::Bell, EqShape::LowShelf, EqShape::HighShelf, EqShape::Notch,
                              EqShape::LowCut, EqShape::HighCut})
            for (double f : kCentresHz)
                for (const EqBand& band : gainBands(shape, f)) {
                    const SectionList list = EqBandDesign::design(band, rate);
                    for (std::size_t k = 0; k < list.count; ++k) {
                        const BiquadCoefficients& c = list.sections[k];
                        ASSERT_GT(c.b0, 0.0) << int(shape) << " " << f << " section " << k;
                        EXPECT_TRUE(insideOrOn(c.b0, c.b1, c.b2)) << int(shape) << " " << f << " section " << k;
                        EXPECT_TRUE(insideOrOn(1.0, c.a1, c.a2)) << int(shape) << " " << f << " section " << k;
                    }
                }
}

// A glide ramps the coefficients linearly from one design to the next (EqBandProcessor).
// The correction's sections can come out paired differently from one design to the next;
// aligned (EqBandDesign::alignForRamp), the response halfway through a ramp stays close
// to the responses at its ends. Measured over a fine glide 2-20 kHz: 1.34 dB at most, at
// the rare steps where the fit changes structure (12 dB unaligned; 0.05 dB with the
// single-section correction of before). In the steps of a real 20 ms glide over the same
// range the ramps themselves move further: 0.59 dB, as against 0.52 dB before.
TEST(EqBandDesign, AlignedGlideRampsStayCloseToTheirEnds) {
    constexpr double rate = 44100.0;
    constexpr int kSteps = 600;
    const EqBandDesign::FitGrid grid = EqBandDesign::FitGrid::forRate(rate);
    auto db = [&](const SectionList& list, double f) {
        return 10.0 * std::log10(list.magnitudeSquared(2.0 * std::numbers::pi * f / rate));
    };
    for (EqShape shape : {EqShape::Bell, EqShape::LowShelf, EqShape::HighShelf, EqShape::HighCut})
        for (double q : {0.5, 2.0})
            for (double gain : {-12.0, 12.0}) {
                SectionList previous = EqBandDesign::design(shape, 48, 2000.0, gain, q, grid);
                double worst = 0.0;
                for (int i = 1; i <= kSteps; ++i) {
                    const double f0 = 2000.0 * std::pow(10.0, double(i) / kSteps);
                    SectionList next = EqBandDesign::design(shape, 48, f0, gain, q, grid);
                    EqBandDesign::alignForRamp(next, previous);
                    SectionList halfway = next;
                    for (std::size_t k = 0; k < next.count; ++k) {
                        const BiquadCoefficients& a = previous.sections[k];
                        const BiquadCoefficients& b = next.sections[k];
                        halfway.sections[k] = {0.5 * (a.b0 + b.b0), 0.5 * (a.b1 + b.b1), 0.5 * (a.b2 + b.b2),
                                               0.5 * (a.a1 + b.a1), 0.5 * (a.a2 + b.a2)};
                    }
                    for (int j = 0; j <= 100; ++j) {
                        const double f = kLowestHz * std::pow(kHighestHz / kLowestHz, j / 100.0);
                        const double from = db(previous, f);
                        const double to = db(next, f);
                        if (std::min(from, to) < -30.0)
                            continue;
                        const double mid = db(halfway, f);
                        worst = std::max({worst, std::min(from, to) - mid, mid - std::max(from, to)});
                    }
                    previous = next;
                }
                EXPECT_LT(worst, 1.5) << int(shape) << " " << q << " " << gain;
            }
}

TEST(MatchedBiquadDesign, MatchedBellsHitTheirGainAtTheCentreExactly) {
    for (double w0 : {0.01, 1.0, 2.0, 2.6})
        for (double gain : {-12.0, -1.0, 6.0})
            for (double q : {0.5, 2.0, 8.0})
                EXPECT_NEAR(10.0 * std::log10(MatchedBiquadDesign::bell(w0, q, gain).magnitudeSquared(w0)),
                            gain, 1e-6);
}

TEST(EqBandDesign, NotchesAreInfinitelyDeepAtTheCentreAndMatchTheAnalog) {
    for (double rate : kRates) {
        for (double f : {50.0, 1000.0, 8000.0, 18000.0}) {
            const EqBand band{.shape = EqShape::Notch, .freqHz = f, .q = 2.0};
            const double w0 = 2.0 * std::numbers::pi * f / rate;
            EXPECT_LT(EqBandDesign::design(band, rate).magnitudeSquared(w0), 1e-10) << f;  // < -100 dB
            EXPECT_NEAR(digitalDb(band, rate, 0.0), 0.0, 0.001);  // unity at DC
        }
        for (double f : kCentresHz)
            for (double q : {0.5, 0.707, 1.0, 2.0, 4.0, 8.0})
                EXPECT_LT(worstDeviationDb({.shape = EqShape::Notch, .freqHz = f, .q = q}, rate), kRequiredDb)
                    << f << " " << q;
    }
}

TEST(EqBandDesign, SectionsAreStableForExtremeSettings) {
    for (double rate : kRates)
        for (EqShape shape : {EqShape::Bell, EqShape::LowShelf, EqShape::HighShelf, EqShape::Notch,
                              EqShape::LowCut, EqShape::HighCut})
            for (double f : {10.0, 1000.0, 21000.0, 60000.0})
                for (double q : {0.05, 0.707, 50.0})
                    for (double gain : {-48.0, 0.0, 48.0}) {
                        const SectionList list = EqBandDesign::design(shape, 48, f, gain, q, rate);
                        for (std::size_t k = 0; k < list.count; ++k) {
                            const BiquadCoefficients& c = list.sections[k];
                            // Jury: both poles inside the unit circle.
                            EXPECT_LT(std::abs(c.a2), 1.0);
                            EXPECT_LT(std::abs(c.a1), 1.0 + c.a2);
                            EXPECT_TRUE(std::isfinite(c.b0) && std::isfinite(c.b1) && std::isfinite(c.b2));
                        }
                    }
}

TEST(EqBandDesign, NonFiniteParametersStillGiveStableSections) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (double value : {nan, inf, -inf}) {
        const SectionList list = EqBandDesign::design(EqShape::Bell, 12, value, value, value, 44100.0);
        for (std::size_t k = 0; k < list.count; ++k) {
            const BiquadCoefficients& c = list.sections[k];
            EXPECT_TRUE(std::isfinite(c.b0) && std::isfinite(c.b1) && std::isfinite(c.b2));
            EXPECT_LT(std::abs(c.a2), 1.0);
            EXPECT_LT(std::abs(c.a1), 1.0 + c.a2);
        }
    }
}

}  // namespace
}  // namespace lathe
