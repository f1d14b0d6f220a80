#pragma once

#include "graph/GraphDescription.h"
#include "playback/AudioDevice.h"
#include "playback/MeterFrames.h"
#include "playback/Monitor.h"
#include "playback/PlaybackEngine.h"
#include "project/Project.h"

#include <chrono>
#include <deque>
#include <utility>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lathe {

class CaptureTap;

// The façade through which the UI and the CLI play an album (architecture.md: the UI
// never talks to the audio thread). One control thread calls it (the UI thread); it
// never waits for the audio thread except to start and stop the device.
//
// The engine runs at the device's sample rate (the album's when the device supports it);
// the disk streamer resamples the sources to it.
class PlaybackSession {
public:
    static constexpr const char* kNullDeviceName = "null";
    static constexpr std::size_t kNullDeviceBufferFrames = 64;
    static constexpr std::chrono::milliseconds kPrimeTimeout{5000};

    struct DeviceChoice {
        // "": the system default, else the null device; "null": the null device; otherwise
        // a PortAudio device (exact name, or a part of "host API name", e.g. "jack").
        std::string name;
        std::size_t bufferFrames = 0;  // 0: the device's own (the null device: 64)
        double sampleRate = 0.0;       // 0: the album's (the device may still run at its own)
    };

    PlaybackSession();
    ~PlaybackSession();
    PlaybackSession(const PlaybackSession&) = delete;
    PlaybackSession& operator=(const PlaybackSession&) = delete;

    static std::vector<AudioDeviceInfo> listDevices();

    // --- what plays ---
    void openProject(const Project& project);       // stops playback, rewinds
    void openFile(const std::filesystem::path& file);
    // An edit of the open project. Gains and module settings a running processor can
    // take (GraphUpdate) travel as parameter messages and glide; any other change with the
    // same sources in the same places compiles a plan that crossfades in (10 ms, after
    // its latency); a change of sources or places rebuilds the engine at the same
    // position.
    enum class Update { Parameters, Plan, Rebuild };
    // Says which of the three it took, so a caller can pace plan compiles.
    Update updateProject(const Project& project);
    const Project& project() const noexcept { return m_project; }
    // Parameter messages sent to the running engine and applied by its audio thread
    // (both restart at 0 when the engine is rebuilt): equal once it has them all.
    std::uint64_t parameterChangesSent() const noexcept;
    std::uint64_t parameterChangesApplied() const noexcept;

    // --- where it plays ---
    // Takes effect now (the device is reopened, playback continues). Throws a BadInput
    // Error when a named device does not exist or cannot be opened.
    void selectDevice(const DeviceChoice& choice);
    std::string deviceName() const;
    double sampleRate() const noexcept;
    std::size_t bufferFrames() const noexcept;

    // --- transport ---
    void play();
    void pause();
    void stop();                      // pause and rewind to the start
    void seek(double seconds);
    void setLoop(double startSeconds, double endSeconds);
    void clearLoop();
    bool isPlaying() const noexcept;
    double positionSeconds() const noexcept;  // what is being heard
    double lengthSeconds() const noexcept;

    // --- monitor ---
    void setListen(Monitor::Source source);
    void setDim(bool dim);
    void setMono(bool mono);
    // Source A's loudness-matching gain: measured while playing (the gated loudness of A
    // and B since playback began) unless fixed here; nullopt returns to measuring.
    void setMixMatchDb(std::optional<double> db);
    double mixMatchDb() const noexcept;  // the gain in use now
    void setTrackGainDb(std::size_t track, double gainDb);
    // A monitor-only gain on the master (a level-matched bypass): glides, is kept across
    // engine rebuilds, and is never part of the project or of anything rendered.
    void setMonitorTrimDb(double db);
    double monitorTrimDb() const noexcept { return m_monitorTrimDb; }

    // --- meters (poll at the UI's frame rate; false when nothing new) ---
    bool readMeter(MeterFrame& frame);
    bool readSpectrum(SpectrumFrame& frame);

    // --- capture: exactly what the device receives, 32-bit float WAV ---
    void startCapture(const std::filesystem::path& file);
    void stopCapture();  // completes the file; throws when it could not be written

    // --- housekeeping, from a UI timer ---
    // Frees retired plans; replaces a device that failed mid-play by the null device.
    void poll();
    // The last thing worth telling the user (a device fallback, an unreadable source).
    std::optional<std::string> takeNotice();

    PlaybackStats stats() const;
    std::uint64_t xruns() const noexcept;
    // Allocations counted inside the audio callback since the device started (needs an
    // operator new that reports to RtGuard: lathe-cli's and the tests' do).
    std::size_t allocationsInCallback() const noexcept;
    // Locks taken inside the audio callback since the device started (needs a program
    // that interposes the pthread lock calls: the tests' does).
    std::size_t locksInCallback() const noexcept;

private:
    void rebuildEngine();
    void ensureDevice();
    void startDevice();
    void stopDevice();
    std::unique_ptr<AudioDevice> openDevice(const DeviceChoice& choice, double sampleRate);
    int engineRate() const;
    double requestedRate() const;
    bool send(const ParameterChange& change);
    void releaseAppliedModules();

    Project m_project;
    GraphDescription m_planDescription;  // what the newest plan was compiled from
    DeviceChoice m_choice;
    std::unique_ptr<AudioDevice> m_device;
    std::vector<std::unique_ptr<AudioDevice>> m_failedDevices;  // kept for the session's life
    std::unique_ptr<PlaybackEngine> m_engine;
    std::unique_ptr<CaptureTap> m_capture;
    bool m_deviceRunning = false;
    double m_resumeSeconds = 0.0;
    Monitor::Source m_listen = Monitor::Source::B;
    bool m_dim = false;
    bool m_mono = false;
    std::optional<double> m_fixedMatchDb;
    double m_monitorTrimDb = 0.0;
    std::size_t m_allocationsAtStart = 0;
    std::size_t m_locksAtStart = 0;
    std::optional<std::string> m_notice;
    // Module settings sent to the audio thread, with the queue count that covers them;
    // freed once the engine has applied that many messages.
    std::deque<std::pair<std::uint64_t, std::unique_ptr<Module>>> m_sentModules;
};

}  // namespace lathe
