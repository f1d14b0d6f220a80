#include "dsp/EqBandDesign.h"
#include "dsp/MatchedBiquadDesign.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
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
    double worst = 0.0;
    for (int i = 0; i <= kGridPoints; ++i) {
        const double f = kLowestHz * std::pow(kHighestHz / kLowestHz, double(i) / kGridPoints);
        const double analog = EqBandDesign::analogMagnitudeDb(band, f);
        if (analog < kCompareAboveDb)
            continue;
        worst = std::max(worst, std::abs(digitalDb(band, sampleRate, f) - analog));
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

TEST(MatchedBiquadDesign, BellsAndShelvesUpTo1kHzMatchTheAnalogWithinATenthOfADb) {
    for (double rate : kRates)
        for (EqShape shape : {EqShape::Bell, EqShape::LowShelf, EqShape::HighShelf})
            for (double f : {20.0, 100.0, 300.0, 1000.0})
                EXPECT_LT(worstOver(gainBands(shape, f), rate), 0.1)
                    << "shape " << int(shape) << " at " << f << " Hz, fs " << rate;
}

TEST(MatchedBiquadDesign, At96kHzBellsMatchWithinAThirdOfADbUpTo18kHz) {
    for (double f : {3000.0, 8000.0, 12000.0, 15000.0, 18000.0})
        EXPECT_LT(worstOver(gainBands(EqShape::Bell, f), 96000.0), 0.3) << f;
}

// The brief's 0.1 dB is out of reach for one matched section when a wide band sits
// near Nyquist (the digital response must flatten at fs/2, the analog one does not).
// These are the measured bounds, kept so that a regression shows; the centre gain and
// the shape below the centre stay exact, which is what the cramped bilinear design
// gets wrong (it would put a 12 kHz bell's -6 dB points a third of an octave off).
TEST(MatchedBiquadDesign, HighBellsAndShelvesAt44kHzStayWithinTheirMeasuredBounds) {
    constexpr double rate = 44100.0;
    EXPECT_LT(worstOver(gainBands(EqShape::Bell, 12000.0), rate), 0.8);
    EXPECT_LT(worstOver(gainBands(EqShape::Bell, 15000.0), rate), 1.2);
    EXPECT_LT(worstOver(gainBands(EqShape::Bell, 18000.0), rate), 2.0);
    for (EqShape shelf : {EqShape::LowShelf, EqShape::HighShelf})
        for (double f : {12000.0, 15000.0, 18000.0})
            EXPECT_LT(worstOver(gainBands(shelf, f), rate), 1.3) << int(shelf) << " " << f;
}

TEST(MatchedBiquadDesign, BellsHitTheirGainAtTheCentreUpTo18kHz) {
    for (double rate : kRates)
        for (double f : {1000.0, 12000.0, 15000.0, 18000.0})
            for (const EqBand& band : gainBands(EqShape::Bell, f))
                EXPECT_NEAR(digitalDb(band, rate, f), band.gainDb, 1e-6) << f << " " << band.q;
}

TEST(MatchedBiquadDesign, NotchesAreInfinitelyDeepAtTheCentreAndMatchBelow3kHz) {
    for (double rate : kRates) {
        for (double f : {50.0, 1000.0, 8000.0, 18000.0}) {
            const EqBand band{.shape = EqShape::Notch, .freqHz = f, .q = 2.0};
            const double w0 = 2.0 * std::numbers::pi * f / rate;
            EXPECT_LT(EqBandDesign::design(band, rate).magnitudeSquared(w0), 1e-10) << f;  // < -100 dB
            EXPECT_NEAR(digitalDb(band, rate, 0.0), 0.0, 1e-9);  // unity at DC
        }
        for (double f : {50.0, 300.0, 1000.0})
            for (double q : {0.5, 0.707, 2.0, 8.0})
                EXPECT_LT(worstDeviationDb({.shape = EqShape::Notch, .freqHz = f, .q = q}, rate), 0.1)
                    << f << " " << q;
    }
}

TEST(MatchedBiquadDesign, SectionsAreStableForExtremeSettings) {
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

}  // namespace
}  // namespace lathe
