#include "dsp/EqBandDesign.h"
#include "dsp/MatchedBiquadDesign.h"

#include <gtest/gtest.h>

#include <algorithm>
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
constexpr int kGridPoints = 300;
// Below this the prototype is in a stopband or a notch, where fractions of a dB are
// meaningless; those regions are tested by their slopes and depths instead.
constexpr double kCompareAboveDb = -20.0;

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

std::vector<EqBand> gainBands(EqShape shape, double freqHz) {
    std::vector<EqBand> bands;
    for (double q : {0.5, 0.707, 1.0, 2.0})
        for (double gain : {-12.0, -6.0, -1.0, 1.0, 6.0, 12.0})
            bands.push_back({.shape = shape, .freqHz = freqHz, .gainDb = gain, .q = q});
    return bands;
}

double worstOver(const std::vector<EqBand>& bands, double sampleRate) {
    double worst = 0.0;
    for (const EqBand& band : bands)
        worst = std::max(worst, worstDeviationDb(band, sampleRate));
    return worst;
}

TEST(EqBandDesign, BandsUpTo5kHzMatchTheAnalogWithinATenthOfADb) {
    for (double rate : kRates)
        for (EqShape shape : {EqShape::Bell, EqShape::LowShelf, EqShape::HighShelf})
            for (double f : {20.0, 100.0, 300.0, 1000.0, 3000.0, 5000.0})
                EXPECT_LT(worstOver(gainBands(shape, f), rate), 0.1)
                    << "shape " << int(shape) << " at " << f << " Hz, fs " << rate;
}

// The brief asks for 0.1 dB everywhere. One matched section misses by up to 2 dB
// (bells) and 4.5 dB (shelves) for wide bands high up at 44.1 kHz, because a digital
// second-order response must flatten at fs/2; the Nyquist correction section brings
// that down to these measured bounds, kept so that a regression shows.
TEST(EqBandDesign, HighBellsAndShelvesAt44And48kHzStayWithinTheirMeasuredBounds) {
    for (double rate : {44100.0, 48000.0}) {
        EXPECT_LT(worstOver(gainBands(EqShape::Bell, 8000.0), rate), 0.16);
        EXPECT_LT(worstOver(gainBands(EqShape::Bell, 12000.0), rate), 0.17);
        EXPECT_LT(worstOver(gainBands(EqShape::Bell, 15000.0), rate), 0.16);
        EXPECT_LT(worstOver(gainBands(EqShape::Bell, 18000.0), rate), 0.1);
        for (EqShape shelf : {EqShape::LowShelf, EqShape::HighShelf}) {
            EXPECT_LT(worstOver(gainBands(shelf, 8000.0), rate), 0.16);
            EXPECT_LT(worstOver(gainBands(shelf, 12000.0), rate), 0.16);
            EXPECT_LT(worstOver(gainBands(shelf, 15000.0), rate), 0.1);
            EXPECT_LT(worstOver(gainBands(shelf, 18000.0), rate), 0.1);
        }
    }
}

TEST(EqBandDesign, At96kHzEveryBandUpTo18kHzMatchesWithinAHundredthOfADb) {
    for (EqShape shape : {EqShape::Bell, EqShape::LowShelf, EqShape::HighShelf})
        for (double f : {5000.0, 8000.0, 12000.0, 15000.0, 18000.0})
            EXPECT_LT(worstOver(gainBands(shape, f), 96000.0), 0.01) << int(shape) << " " << f;
}

TEST(EqBandDesign, BellsKeepTheirGainAtTheCentre) {
    for (double rate : kRates)
        for (double f : {100.0, 1000.0, 5000.0, 12000.0, 15000.0, 18000.0})
            for (const EqBand& band : gainBands(EqShape::Bell, f))
                EXPECT_NEAR(digitalDb(band, rate, f), band.gainDb, f <= 5000.0 ? 0.05 : 0.17)
                    << f << " " << band.q;
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
        for (double f : {50.0, 300.0, 1000.0, 3000.0, 8000.0, 12000.0, 15000.0, 18000.0})
            for (double q : {0.5, 0.707, 2.0, 8.0})
                EXPECT_LT(worstDeviationDb({.shape = EqShape::Notch, .freqHz = f, .q = q}, rate), 0.1)
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
