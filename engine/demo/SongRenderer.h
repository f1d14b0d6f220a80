#pragma once

#include "core/AudioBuffer.h"
#include "demo/DemoRandom.h"
#include "demo/DemoSongs.h"
#include "demo/StepPattern.h"

#include <cstddef>
#include <vector>

namespace lathe::demo {

// How much of an instrument feeds the echo and the room.
struct EffectSends {
    float delay = 0.0f;
    float reverb = 0.0f;
};

// Plays a song description into a stereo mix: every bar of the arrangement, each
// instrument panned to its place, echoing through a ping-pong delay and sounding in a
// small room. The result is the raw mix; DemoLevels brings it to the song's loudness.
class SongRenderer {
public:
    SongRenderer(const SongDescription& song, int sampleRate);

    // Plays the whole song. Call once: the mix is moved out.
    AudioBuffer render();

private:
    void playBar(int bar, const Section& section);
    void playPad(int bar, const Section& section, const std::vector<int>& chord);
    void playBass(int bar, const Section& section, const std::vector<int>& chord);
    void playArp(int bar, const Section& section, const std::vector<int>& chord);
    void playKeys(int bar, const Section& section, const std::vector<int>& chord);
    void playDrums(int bar, const Section& section);

    std::vector<StepEvent> eventsFor(const Section& section, const std::string& pattern) const;
    std::size_t stepFrame(int bar, int step) const;
    double stepsToSeconds(int steps) const { return steps * m_stepSeconds; }
    float humanisedVelocity(float velocity);
    std::size_t humanisedFrame(std::size_t frame);

    // Adds mono samples at `frame`, panned.
    void addMono(const std::vector<float>& samples, std::size_t frame, float gain, float pan,
                 EffectSends sends = {});
    void addStereo(const std::vector<float>& left, const std::vector<float>& right, std::size_t frame,
                   float leftGain, float rightGain, EffectSends sends);

    const SongDescription& m_song;
    double m_sampleRate;
    double m_stepSeconds;
    DemoRandom m_random;
    AudioBuffer m_mix;
    AudioBuffer m_delaySend;
    AudioBuffer m_reverbSend;
    std::vector<float> m_kick;
};

}  // namespace lathe::demo
