#pragma once

// A JACK server of a test's own (dummy backend), started and stopped by the test, and
// what the playback tests need around it. Shared by the JACK playback test and the soak.

#include "session/PlaybackSession.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <pthread.h>
#include <sched.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace lathe::test {

using namespace std::chrono_literals;

inline constexpr const char* kJackd = "/usr/bin/jackd";
inline constexpr int kJackRate = 48000;
inline constexpr std::size_t kJackPeriod = 64;
inline constexpr std::chrono::seconds kStartTimeout{10};
inline constexpr std::chrono::seconds kStopTimeout{5};
// A new dummy server loses a few cycles of its own in its first second (measured: 3 of
// 4 xruns per 30 s run came from there): clients join a server that is up and idle.
inline constexpr std::chrono::seconds kServerSettle{2};

// One jackd under a name of its own (JACK_DEFAULT_SERVER points this process at it), so
// the test never touches another server and stops only the one it started.
class JackServer {
public:
    explicit JackServer(const std::filesystem::path& logFile) : m_log(logFile) {
        m_name = "lathe_test_" + std::to_string(::getpid());
        ::setenv("JACK_DEFAULT_SERVER", m_name.c_str(), 1);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, logFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
        const std::string rate = std::to_string(kJackRate);
        const std::string period = std::to_string(kJackPeriod);
        std::vector<std::string> args = {kJackd, "-n", m_name};
        m_realtime = canScheduleRealtime();
        for (const char* arg : m_realtime ? std::vector<const char*>{"-R", "-P", "70"} : std::vector<const char*>{"--no-realtime"})
            args.emplace_back(arg);
        args.insert(args.end(), {"-d", "dummy", "-r", rate, "-p", period});
        std::vector<char*> argv;
        for (std::string& arg : args)
            argv.push_back(arg.data());
        argv.push_back(nullptr);
        if (posix_spawn(&m_pid, kJackd, &actions, nullptr, argv.data(), environ) != 0)
            m_pid = -1;
        posix_spawn_file_actions_destroy(&actions);
    }

    ~JackServer() { stop(); }

    bool waitUntilReady() const {
        const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
        while (std::chrono::steady_clock::now() < deadline) {
            for (const AudioDeviceInfo& device : PlaybackSession::listDevices())
                if (device.hostApi.find("JACK") != std::string::npos)
                    return true;
            std::this_thread::sleep_for(200ms);
        }
        return false;
    }

    void stop() {
        if (m_pid <= 0)
            return;
        ::kill(m_pid, SIGTERM);
        const auto deadline = std::chrono::steady_clock::now() + kStopTimeout;
        int status = 0;
        while (::waitpid(m_pid, &status, WNOHANG) == 0) {
            if (std::chrono::steady_clock::now() > deadline) {
                ::kill(m_pid, SIGKILL);
                ::waitpid(m_pid, &status, 0);
                break;
            }
            std::this_thread::sleep_for(20ms);
        }
        m_pid = -1;
    }

    bool started() const { return m_pid > 0; }
    // Whether the server (and so its clients' process threads) runs with real-time
    // scheduling: without it, a loaded machine wakes them late and JACK counts xruns no
    // client could prevent.
    bool realtime() const { return m_realtime; }

    static bool canScheduleRealtime() {
        bool allowed = false;
        std::thread probe([&] {
            sched_param parameters{};
            parameters.sched_priority = sched_get_priority_min(SCHED_FIFO);
            allowed = pthread_setschedparam(pthread_self(), SCHED_FIFO, &parameters) == 0;
        });
        probe.join();
        return allowed;
    }

    // Xruns the server blames on a client whose process callback had started but not
    // finished by the deadline: the only kind the callback's own work can cause.
    int clientStillRunningXruns() const { return countLines("not finished, state = Running"); }
    std::string xrunLines() const {
        std::ifstream file(m_log);
        std::string line;
        std::string lines;
        while (std::getline(file, line))
            if (line.find("XRun") != std::string::npos || line.find("rror") != std::string::npos)
                lines += line + "\n";
        return lines;
    }
    // Xruns the server blames on a client, running or not yet woken: "JackEngine::XRun:
    // client = NAME was not finished, state = ...".
    int clientXruns() const { return countLines("JackEngine::XRun: client"); }
    // Xruns of the dummy backend's own timer: "JackTimedDriver::Process XRun = 15 usec",
    // the driver thread woke that much past its deadline. No client is involved: an idle
    // server on a virtual machine shows them too.
    int driverTimerXruns() const { return countLines("JackTimedDriver::Process XRun"); }

private:
    int countLines(const std::string& text) const {
        std::ifstream file(m_log);
        std::string line;
        int count = 0;
        while (std::getline(file, line))
            count += line.find(text) != std::string::npos;
        return count;
    }

    std::filesystem::path m_log;
    std::string m_name;
    pid_t m_pid = -1;
    bool m_realtime = false;
};

// Fewer runnable tasks than cores over the last minute.
inline bool machineIsQuiet() {
    double load = 0.0;
    return getloadavg(&load, 1) == 1 && load < static_cast<double>(std::thread::hardware_concurrency());
}

// Waits while doing what the UI timer does: poll the session.
inline void pollFor(PlaybackSession& session, std::chrono::milliseconds duration) {
    const auto end = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < end) {
        std::this_thread::sleep_for(10ms);
        session.poll();
    }
}

}  // namespace lathe::test
