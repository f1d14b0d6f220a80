#include "CliCommand.h"
#include "ExitCodes.h"

#include "core/Error.h"
#include "graph/GraphDescription.h"
#include "project/ProjectFile.h"
#include "session/PlaybackSession.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>

namespace lathe::cli {

namespace {

constexpr std::chrono::milliseconds kPollInterval{10};
constexpr const char* kListDevices = "list";

struct PlayOptions {
    std::string device;
    std::optional<double> seconds;
    double from = 0.0;
    std::string listen = "b";
    std::string capture;
    bool json = false;
    std::string input;
};

int listDevices(bool json) {
    const auto devices = PlaybackSession::listDevices();
    if (json) {
        nlohmann::ordered_json report = {{"schema", 1}, {"devices", nlohmann::json::array()}};
        for (const AudioDeviceInfo& device : devices)
            report["devices"].push_back({{"name", device.name}, {"host_api", device.hostApi},
                                         {"output_channels", device.outputChannels},
                                         {"default_sample_rate", device.defaultSampleRate},
                                         {"default", device.isDefault}});
        std::cout << report.dump() << "\n";
        return kExitOk;
    }
    for (const AudioDeviceInfo& device : devices)
        std::cout << (device.isDefault ? "* " : "  ") << device.name << "  [" << device.hostApi << ", "
                  << device.outputChannels << " ch, " << device.defaultSampleRate << " Hz]\n";
    std::cout << "  " << PlaybackSession::kNullDeviceName << "  [silent, keeps real time]\n";
    return kExitOk;
}

Project loadInput(const std::string& input) {
    const std::filesystem::path path(input);
    if (path.extension() == ".lathe")
        return loadProject(path);
    return singleFileProject(path);
}

Monitor::Source listenSource(const std::string& listen) {
    static const std::map<std::string, Monitor::Source> sources = {
        {"a", Monitor::Source::A}, {"b", Monitor::Source::B}, {"delta", Monitor::Source::Delta}};
    return sources.at(listen);
}

void reportNotices(PlaybackSession& session) {
    while (const auto notice = session.takeNotice())
        std::cerr << "lathe-cli: warning: " << *notice << "\n";
}

int play(const PlayOptions& options) {
    if (options.device == kListDevices)
        return listDevices(options.json);
    if (options.input.empty())
        throw badInput("PROJECT|FILE", "a project or an audio file to play is required");
    if (options.from < 0.0)
        throw badInput("--from", "must not be negative");
    if (options.seconds && *options.seconds < 0.0)
        throw badInput("--seconds", "must not be negative");

    PlaybackSession session;
    session.openProject(loadInput(options.input));
    session.selectDevice({options.device, 0});
    session.setListen(listenSource(options.listen));
    session.seek(options.from);
    if (!options.capture.empty())
        session.startCapture(options.capture);
    const double duration =
        options.seconds.value_or(std::max(0.0, session.lengthSeconds() - options.from));

    session.play();
    const auto begin = std::chrono::steady_clock::now();
    const auto end = begin + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                 std::chrono::duration<double>(duration));
    while (std::chrono::steady_clock::now() < end) {
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(kPollInterval, end - std::chrono::steady_clock::now()));
        session.poll();
        reportNotices(session);
    }
    session.stopCapture();
    const PlaybackStats stats = session.stats();
    const std::size_t allocations = session.allocationsInCallback();
    if (stats.underruns > 0)
        std::cerr << "lathe-cli: warning: the disk streamer fell behind " << stats.underruns << " times\n";
    reportNotices(session);

    if (options.json) {
        const nlohmann::ordered_json report = {
            {"schema", 1},
            {"device", session.deviceName()},
            {"sample_rate", static_cast<int>(std::lround(session.sampleRate()))},
            {"buffer_frames", session.bufferFrames()},
            {"callbacks", stats.callbacks},
            {"xruns", session.xruns()},
            {"max_callback_ms", stats.maxCallbackMs},
            {"mean_dsp_load", stats.meanDspLoad},
            {"max_dsp_load", stats.maxDspLoad},
            {"allocations_in_callback", allocations},
        };
        std::cout << report.dump() << "\n";
    } else {
        std::cout << std::fixed << std::setprecision(1) << "played " << duration << " s on " << session.deviceName()
                  << " (" << session.sampleRate() << " Hz, " << session.bufferFrames() << " frames): "
                  << stats.callbacks << " callbacks, " << session.xruns() << " xruns, DSP load mean "
                  << 100.0 * stats.meanDspLoad << " % max " << 100.0 * stats.maxDspLoad << " %, "
                  << allocations << " allocations in the callback\n";
    }
    return kExitOk;
}

}  // namespace

void addPlayCommand(CLI::App& app, CommandAction& action) {
    auto* command = app.add_subcommand("play", "play a project or a file through the real-time engine");
    auto options = std::make_shared<PlayOptions>();
    command->add_option("--device", options->device,
                        "audio device: a name (or part of 'host API name'), 'null', or 'list' to list them");
    command->add_option("--seconds", options->seconds, "how long to play (default: to the end)");
    command->add_option("--from", options->from, "start position in seconds");
    command->add_option("--listen", options->listen, "a: the mix (loudness-matched), b: the master, delta: B - A")
        ->check(CLI::IsMember({"a", "b", "delta"}));
    command->add_option("--capture", options->capture, "record what the device receives (32-bit float WAV)");
    command->add_flag("--json", options->json, "print one JSON report (schema 1) when done");
    command->add_option("PROJECT|FILE", options->input, "a .lathe project or an audio file");
    command->callback([&action, options] { action = [options] { return play(*options); }; });
}

}  // namespace lathe::cli
