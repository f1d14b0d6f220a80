#include "demo/SongRenderer.h"

#include "demo/DrumVoices.h"
#include "demo/Harmony.h"
#include "demo/Panning.h"
#include "demo/PingPongDelay.h"
#include "demo/RoomReverb.h"
#include "demo/SynthVoices.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace lathe::demo {
namespace {

constexpr std::size_t kStereo = 2;
constexpr double kSecondsPerMinute = 60.0;
constexpr int kStepsPerBeat = 4;

// Where the instruments sit (MIDI notes): pads around middle C, the arpeggio an octave
// above, the bass root between A1 and G#2.
constexpr int kPadLowestNote = 55;
constexpr int kArpOctaveUp = 12;
constexpr int kKeysLowestNote = 60;
constexpr int kBassLowestNote = 33;
constexpr int kOctave = 12;
constexpr int kFifth = 7;

// The mix: level and pan of each instrument, and how much of it feeds the delay.
constexpr float kPadGain = 0.09f;
constexpr float kPadReverb = 0.3f;
constexpr float kArpGain = 0.16f;
constexpr float kArpPan = -0.45f;
constexpr float kArpDelay = 0.7f;
constexpr float kArpReverb = 0.3f;
constexpr float kKeysGain = 0.07f;
constexpr float kKeysPan = 0.35f;
constexpr float kKeysDelay = 0.35f;
constexpr float kKeysReverb = 0.45f;
constexpr float kBassGain = 0.42f;
constexpr float kKickGain = 0.8f;
constexpr float kKickReverb = 0.05f;
constexpr float kSnareGain = 0.42f;
constexpr float kSnarePan = -0.12f;
constexpr float kSnareDelay = 0.12f;
constexpr float kSnareReverb = 0.5f;
constexpr float kHatGain = 0.2f;
constexpr float kOpenHatGain = 0.13f;
constexpr float kHatPan = 0.3f;
constexpr float kHatReverb = 0.15f;
constexpr float kCentre = 0.0f;

constexpr float kAccent = 1.0f;
constexpr float kNormal = 0.72f;
constexpr float kGhost = 0.35f;
constexpr float kVelocitySpread = 0.08f;
constexpr double kTimingSpreadSeconds = 0.002;
constexpr double kLegato = 0.92;  // share of its steps a note is held

constexpr int kDelaySteps = 3;  // a dotted eighth
constexpr float kDelayFeedback = 0.38f;
constexpr double kDelayDampingHz = 3500.0;
constexpr float kDelayWet = 0.45f;

constexpr float kRoomSize = 0.82f;
constexpr float kRoomDamping = 0.35f;
constexpr float kRoomWet = 0.6f;

float velocityOf(char symbol) {
    switch (symbol) {
    case 'X':
    case 'R': return kAccent;
    case 'g': return kGhost;
    default: return kNormal;
    }
}

}  // namespace

SongRenderer::SongRenderer(const SongDescription& song, int sampleRate)
    : m_song(song),
      m_sampleRate(sampleRate),
      m_stepSeconds(kSecondsPerMinute / song.bpm / kStepsPerBeat),
      m_random(song.seed),
      m_mix(kStereo, static_cast<std::size_t>(std::lround(songSeconds(song) * sampleRate))),
      m_delaySend(kStereo, m_mix.frameCount()),
      m_reverbSend(kStereo, m_mix.frameCount()),
      m_kick(renderKick(m_sampleRate)) {}

AudioBuffer SongRenderer::render() {
    int bar = 0;
    for (const Section& section : m_song.sections)
        for (int i = 0; i < section.bars; ++i)
            playBar(bar++, section);
    const auto delayFrames =
        static_cast<std::size_t>(std::lround(stepsToSeconds(kDelaySteps) * m_sampleRate));
    PingPongDelay(delayFrames, kDelayFeedback, kDelayDampingHz, m_sampleRate)
        .addEchoes(m_delaySend, m_mix, kDelayWet);
    RoomReverb(kRoomSize, kRoomDamping, m_sampleRate).addReverberation(m_reverbSend, m_mix, kRoomWet);
    return std::move(m_mix);
}

void SongRenderer::playBar(int bar, const Section& section) {
    const std::size_t progressionSize = m_song.progression.size();
    const int degree =
        section.ending ? 0 : m_song.progression[static_cast<std::size_t>(bar) % progressionSize];
    const std::vector<int> chord = chordTones(m_song, degree);
    if (section.parts & kPad)
        playPad(bar, section, chord);
    if (section.parts & kBass)
        playBass(bar, section, chord);
    if (section.parts & kArp)
        playArp(bar, section, chord);
    if (section.parts & kKeys)
        playKeys(bar, section, chord);
    playDrums(bar, section);
}

std::vector<StepEvent> SongRenderer::eventsFor(const Section& section, const std::string& pattern) const {
    return section.ending ? endingEvents(pattern) : parseStepPattern(pattern);
}

std::size_t SongRenderer::stepFrame(int bar, int step) const {
    return static_cast<std::size_t>(std::lround(stepsToSeconds(bar * kStepsPerBar + step) * m_sampleRate));
}

float SongRenderer::humanisedVelocity(float velocity) {
    return velocity * (1.0f + kVelocitySpread * m_random.bipolar());
}

std::size_t SongRenderer::humanisedFrame(std::size_t frame) {
    const auto spread =
        static_cast<long>(std::lround(kTimingSpreadSeconds * m_sampleRate * m_random.unipolar()));
    return frame + static_cast<std::size_t>(spread);  // late only: never before the bar starts
}

void SongRenderer::addMono(const std::vector<float>& samples, std::size_t frame, float gain, float pan,
                           EffectSends sends) {
    const PanGains pans = constantPowerPan(pan);
    addStereo(samples, samples, frame, gain * pans.left, gain * pans.right, sends);
}

void SongRenderer::addStereo(const std::vector<float>& left, const std::vector<float>& right,
                             std::size_t frame, float leftGain, float rightGain, EffectSends sends) {
    const std::size_t end = std::min(m_mix.frameCount(), frame + left.size());
    for (std::size_t n = frame; n < end; ++n) {
        const float l = leftGain * left[n - frame];
        const float r = rightGain * right[n - frame];
        m_mix.channel(0)[n] += l;
        m_mix.channel(1)[n] += r;
        m_delaySend.channel(0)[n] += sends.delay * l;
        m_delaySend.channel(1)[n] += sends.delay * r;
        m_reverbSend.channel(0)[n] += sends.reverb * l;
        m_reverbSend.channel(1)[n] += sends.reverb * r;
    }
}

void SongRenderer::playPad(int bar, const Section& section, const std::vector<int>& chord) {
    const double held = stepsToSeconds(kStepsPerBar);
    const double cutoff = m_song.padCutoffHz * (0.5 + 0.5 * section.level);
    const std::size_t start = stepFrame(bar, 0);
    for (int note : voiceInOctave(chord, kPadLowestNote)) {
        const StereoNote voice = renderPadNote(note, held, cutoff, m_sampleRate, m_random);
        const float gain = kPadGain * section.level;
        // Each side is already placed by its detuned oscillator: hard left and right.
        addStereo(voice.left, voice.right, start, gain, gain, {0.0f, kPadReverb});
    }
}

void SongRenderer::playBass(int bar, const Section& section, const std::vector<int>& chord) {
    const int root = placeInOctave(chord.front(), kBassLowestNote);
    for (const StepEvent& event : eventsFor(section, m_song.bass)) {
        int note = root;
        if (event.symbol == 'o')
            note += kOctave;
        else if (event.symbol == 'f')
            note += kFifth;
        const auto samples = renderBassNote(note, stepsToSeconds(event.lengthSteps) * kLegato, m_sampleRate);
        addMono(samples, stepFrame(bar, event.step),
                kBassGain * section.level * humanisedVelocity(velocityOf(event.symbol)), kCentre);
    }
}

void SongRenderer::playArp(int bar, const Section& section, const std::vector<int>& chord) {
    const std::vector<int> voiced = voiceInOctave(chord, kPadLowestNote + kArpOctaveUp);
    for (const StepEvent& event : eventsFor(section, m_song.arp)) {
        const auto index = static_cast<std::size_t>(event.symbol - '0') % voiced.size();
        const auto samples =
            renderPluckNote(voiced[index], stepsToSeconds(event.lengthSteps) * kLegato, m_sampleRate);
        addMono(samples, humanisedFrame(stepFrame(bar, event.step)),
                kArpGain * section.level * humanisedVelocity(kNormal), kArpPan, {kArpDelay, kArpReverb});
    }
}

void SongRenderer::playKeys(int bar, const Section& section, const std::vector<int>& chord) {
    const std::vector<int> voiced = voiceInOctave(chord, kKeysLowestNote);
    for (const StepEvent& event : eventsFor(section, m_song.keys)) {
        const std::size_t frame = humanisedFrame(stepFrame(bar, event.step));
        const float velocity = humanisedVelocity(velocityOf(event.symbol));
        for (int note : voiced) {
            const auto samples =
                renderKeysNote(note, stepsToSeconds(event.lengthSteps) * kLegato, m_sampleRate);
            addMono(samples, frame, kKeysGain * section.level * velocity, kKeysPan,
                    {kKeysDelay, kKeysReverb});
        }
    }
}

void SongRenderer::playDrums(int bar, const Section& section) {
    if (section.parts & kKick)
        for (const StepEvent& event : eventsFor(section, m_song.kick))
            addMono(m_kick, stepFrame(bar, event.step),
                    kKickGain * section.level * humanisedVelocity(velocityOf(event.symbol)), kCentre,
                    {0.0f, kKickReverb});
    if ((section.parts & kSnare) && !section.ending)
        for (const StepEvent& event : eventsFor(section, m_song.snare))
            addMono(renderSnare(m_sampleRate, m_random), humanisedFrame(stepFrame(bar, event.step)),
                    kSnareGain * section.level * humanisedVelocity(velocityOf(event.symbol)), kSnarePan,
                    {kSnareDelay, kSnareReverb});
    if (section.parts & kHats)
        for (const StepEvent& event : eventsFor(section, m_song.hats)) {
            const bool open = event.symbol == 'o' || section.ending;
            const float gain = (open ? kOpenHatGain : kHatGain) * section.level;
            addMono(renderHat(m_sampleRate, m_random, open), humanisedFrame(stepFrame(bar, event.step)),
                    gain * humanisedVelocity(velocityOf(event.symbol)), kHatPan, {0.0f, kHatReverb});
        }
}

}  // namespace lathe::demo
