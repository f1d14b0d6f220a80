#pragma once

#include "core/Cancellation.h"
#include "export/Mp3Exporter.h"
#include "project/Project.h"
#include "render/AlbumLayout.h"
#include "render/FormatRenderer.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lathe {

struct ReleaseReportData;

// `lathe-cli render`: a project to its release masters (cli.md, project-format.md).
//
// 1. Validation before any audio is rendered: the project's own rules at the Export
//    stage, every source readable, and the rules that need the sources' lengths (fades
//    and crossfades inside the audio; Red Book durations when DDP is made). Every
//    problem found is reported at once (a ProjectError, BadInput: exit 2) and nothing
//    is written.
// 2. Tracks, in parallel (their chains are independent): TrackRenderer.
// 3. The album stream: AlbumMixer places them on the timeline (fades, crossfades, exact
//    zeros in the gaps) and the master chain runs over it with ChainRenderer, whose
//    loudness targeting puts the album gain (mode `album`) before its last limiter.
// 4. Per format, the album at the format's rate and word length (FormatRenderer, one
//    dither stream over the album), cut into the release files: DDP/ (16-bit, shaped
//    dither), WAV/, MP3/ (with release QC, Mp3Exporter).
// 5. report.json and report.html (ReleaseReport).
//
// Everything goes to a hidden staging folder beside the output folder, which replaces
// the output folder only when complete: an interrupted or failed render leaves the
// previous output as it was. Intermediate audio is 32-bit float in the staging folder.
class AlbumRenderer {
public:
    enum class Format { Ddp, Wav, Mp3 };

    struct Options {
        std::filesystem::path project;
        // The project as the workstation holds it (edits not saved yet): rendered instead
        // of reading `project`, which then only names it (report, default folder).
        std::optional<Project> document;
        std::optional<std::filesystem::path> outDir;  // default: defaultOutDir(project)
        std::optional<std::set<Format>> only;         // narrows the enabled formats
        std::uint64_t seed = 1;
        unsigned threads = 0;  // 0: the hardware's
    };

    // stage names: "validate", "tracks", "album", "master", "ddp", "wav", "mp3", "report";
    // fraction of that stage in [0, 1]. Called from the rendering thread only.
    using ProgressCallback = std::function<void(const std::string& stage, double fraction)>;

    struct Result {
        std::filesystem::path outDir;
        nlohmann::ordered_json report;  // what report.json holds
    };

    explicit AlbumRenderer(Options options);
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // From any thread: render() stops within a block or so of audio and throws
    // RenderCancelled; the output folder is left as it was (nothing half-written).
    void cancel() noexcept { m_cancel.store(true, std::memory_order_relaxed); }

    // Throws a ProjectError (BadInput) listing every problem, a WriteFailed Error when
    // an output cannot be written.
    Result render();

    // `<project stem> masters/` beside the project.
    static std::filesystem::path defaultOutDir(const std::filesystem::path& project);
    // The true-peak ceiling the release keeps (and MP3 QC checks decoded files against):
    // the master chain's last enabled limiter's, else -1 dBTP.
    static double ceilingOf(const Project& project);
    // "ddp" / "wav" / "mp3"; nullopt for anything else.
    static std::optional<Format> formatNamed(const std::string& name);

    // What validation found, ready to render (public for the tests of the layout).
    struct Plan {
        Project project;
        std::optional<AlbumTimeline> timeline;
        AlbumLayout layout;
        double ceilingDbtp = -1.0;  // the master chain's last limiter's (else -1 dBTP)
    };
    Plan validate() const;

private:
    struct TrackOutcome;
    struct WrittenFile {
        std::filesystem::path path;
        int track = 0;       // 1-based, 0 for album-wide files
        std::string format;  // "ddp", "wav", "mp3"
    };

    Result renderPlan(const Plan& plan);
    void progress(const std::string& stage, double fraction) const;
    std::vector<TrackOutcome> renderTracks(const Plan& plan, const std::filesystem::path& work);
    std::vector<Mp3Exporter::Result> writeMp3(const Plan& plan, const std::filesystem::path& albumFile,
                                              const std::filesystem::path& folder,
                                              std::vector<WrittenFile>& written);
    nlohmann::ordered_json writeDdp(const Plan& plan, const std::filesystem::path& cdAlbum,
                                    const std::filesystem::path& folder, std::vector<WrittenFile>& written);
    void describeFiles(const std::vector<WrittenFile>& written, const std::filesystem::path& root,
                       ReleaseReportData& data) const;
    unsigned threadCount(std::size_t jobs) const;

    Options m_options;
    ProgressCallback m_progress;
    CancelFlag m_cancel{false};
};

}  // namespace lathe
