#include "demo/Oscillators.h"
#include "demo/SynthVoices.h"

#include "SpectrumProbe.h"

#include <gtest/gtest.h>

namespace lathe::demo {
namespace {

constexpr double kRate = 44100.0;
// One FFT bin of the probe, the resolution of a peak frequency.
constexpr double kBinHz = kRate / test::SpectrumProbe::kSize;

TEST(SynthVoices, BassSitsOnItsFundamentalBelow150Hz) {
    const auto bass = renderBassNote(33, 1.0, kRate);  // A1, 55 Hz
    const test::SpectrumProbe spectrum(bass, kRate);
    EXPECT_NEAR(spectrum.peakFrequency(), 55.0, kBinHz);
    EXPECT_GT(spectrum.bandShare(20.0, 150.0), 0.8);
}

TEST(SynthVoices, NotesLastTheirHoldPlusRelease) {
    const auto bass = renderBassNote(40, 0.5, kRate);
    EXPECT_GE(bass.size(), static_cast<std::size_t>(0.5 * kRate));
    EXPECT_LT(bass.size(), static_cast<std::size_t>(0.7 * kRate));
    EXPECT_LT(std::abs(bass.back()), 1e-4f);
}

TEST(SynthVoices, PadIsInTuneAndWideButNotOutOfPhase) {
    DemoRandom random(3);
    const StereoNote pad = renderPadNote(57, 2.0, 2000.0, kRate, random);  // A3, 220 Hz
    ASSERT_EQ(pad.left.size(), pad.right.size());
    EXPECT_NEAR(test::SpectrumProbe(pad.left, kRate).peakFrequency(), 220.0, kBinHz);
    EXPECT_NEAR(test::SpectrumProbe(pad.right, kRate).peakFrequency(), 220.0, kBinHz);
    double lr = 0.0, ll = 0.0, rr = 0.0;
    for (std::size_t n = 0; n < pad.left.size(); ++n) {
        lr += static_cast<double>(pad.left[n]) * pad.right[n];
        ll += static_cast<double>(pad.left[n]) * pad.left[n];
        rr += static_cast<double>(pad.right[n]) * pad.right[n];
    }
    const double correlation = lr / std::sqrt(ll * rr);
    EXPECT_GT(correlation, 0.1);
    EXPECT_LT(correlation, 0.95);
    // The low-pass keeps the saws warm: little above 6 kHz.
    EXPECT_LT(test::SpectrumProbe(pad.left, kRate).bandShare(6000.0, 22050.0), 0.01);
}

TEST(SynthVoices, KeysAndPluckSoundTheirNote) {
    EXPECT_NEAR(test::SpectrumProbe(renderKeysNote(69, 1.0, kRate), kRate).peakFrequency(), 440.0, kBinHz);
    EXPECT_NEAR(test::SpectrumProbe(renderPluckNote(69, 0.3, kRate), kRate).peakFrequency(), 440.0, kBinHz);
}

TEST(Oscillators, NoteFrequenciesAreEqualTemperedFromA440) {
    EXPECT_DOUBLE_EQ(noteFrequency(69), 440.0);
    EXPECT_DOUBLE_EQ(noteFrequency(57), 220.0);
    EXPECT_NEAR(noteFrequency(60), 261.6256, 1e-4);
    EXPECT_NEAR(noteFrequency(69, 100.0), noteFrequency(70), 1e-9);
}

// Power that falls between the harmonics of `fundamentalHz`, relative to the power on
// them: what aliasing folds back.
double aliasingDb(const std::vector<float>& samples, double fundamentalHz) {
    const test::SpectrumProbe spectrum(samples, kRate);
    double onHarmonics = 0.0;
    for (double harmonic = fundamentalHz; harmonic < kRate / 2.0; harmonic += fundamentalHz)
        onHarmonics += spectrum.bandPower(harmonic - 4 * kBinHz, harmonic + 4 * kBinHz);
    return test::powerDecibels((spectrum.bandPower(0.0, kRate) - onHarmonics) / onHarmonics);
}

// A naive saw folds strong partials back between its harmonics; the PolyBLEP saw's
// aliases are far weaker.
TEST(Oscillators, SawIsBandLimited) {
    constexpr double kFundamental = 2000.0;
    Oscillator saw(Waveform::Saw, kFundamental, kRate);
    std::vector<float> blep(static_cast<std::size_t>(kRate));
    std::vector<float> naive(blep.size());
    for (std::size_t n = 0; n < blep.size(); ++n) {
        blep[n] = saw.next();
        const double phase = std::fmod(kFundamental * static_cast<double>(n) / kRate, 1.0);
        naive[n] = static_cast<float>(2.0 * phase - 1.0);
    }
    EXPECT_LT(aliasingDb(blep, kFundamental), -25.0);
    EXPECT_LT(aliasingDb(blep, kFundamental), aliasingDb(naive, kFundamental) - 15.0);
}

TEST(Oscillators, WaveformsStayWithinFullScale) {
    for (Waveform waveform : {Waveform::Sine, Waveform::Saw, Waveform::Triangle, Waveform::Square}) {
        Oscillator oscillator(waveform, 440.0, kRate);
        float peak = 0.0f;
        for (int n = 0; n < 44100; ++n)
            peak = std::max(peak, std::abs(oscillator.next()));
        EXPECT_GT(peak, 0.95f);
        EXPECT_LT(peak, 1.2f);
    }
}

}  // namespace
}  // namespace lathe::demo
