#include "render/AlbumRenderer.h"

#include "analysis/AlbumAnalysis.h"
#include "analysis/FileAnalyzer.h"
#include "analysis/LoudnessMeter.h"
#include "core/Error.h"
#include "export/CueSheet.h"
#include "export/DdpDisc.h"
#include "export/DdpInspectionJson.h"
#include "export/DdpReader.h"
#include "export/DdpWriter.h"
#include "core/Md5.h"
#include "export/ReleaseFileName.h"
#include "export/WavExporter.h"
#include "io/AtomicDirectory.h"
#include "io/AtomicFile.h"
#include "io/AudioFileReader.h"
#include "io/Resampler.h"
#include "project/ProjectFile.h"
#include "render/AlbumMixer.h"
#include "render/ChainRenderer.h"
#include "render/ReleaseReport.h"
#include "render/TrackRenderer.h"
#include "timeline/TimelineValidator.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

namespace lathe {
namespace fs = std::filesystem;

namespace {

constexpr int kCdRate = 44100;
constexpr double kDefaultCeilingDbtp = -1.0;
constexpr std::size_t kCurveBlockFrames = 4410;
constexpr std::size_t kDdpBlockFrames = 16384;

std::string trackPath(std::size_t index, const char* key) {
    return "tracks[" + std::to_string(index) + "]." + key;
}

std::optional<double> lastLimiterCeiling(const Chain& chain) {
    for (auto module = chain.modules.rbegin(); module != chain.modules.rend(); ++module)
        if (module->enabled)
            if (const auto* limiter = std::get_if<LimiterSettings>(&module->parameters))
                return limiter->ceilingDbtp;
    return std::nullopt;
}

SampleFormat wavSampleFormat(int bits) {
    switch (bits) {
    case 16: return SampleFormat::Int16;
    case 24: return SampleFormat::Int24;
    default: return SampleFormat::Float32;
    }
}

ReleaseTags tagsFor(const Project& project, std::size_t index) {
    const Track& track = project.tracks[index];
    ReleaseTags tags;
    tags.title = track.text.title;
    tags.artist = track.text.performer.empty() ? project.album.text.performer : track.text.performer;
    tags.album = project.album.text.title;
    tags.albumArtist = project.album.text.performer;
    tags.date = project.album.releaseDate;
    tags.genre = project.album.genre;
    tags.isrc = track.isrc;
    tags.trackNumber = static_cast<int>(index) + 1;
    tags.trackCount = static_cast<int>(project.tracks.size());
    return tags;
}

// Runs job(i) for i in [0, count) on `threads` threads; the first exception is rethrown
// once every thread has stopped, later jobs are not started.
void runParallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& job,
                 const std::function<void(std::size_t done)>& onDone) {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr error;
    std::mutex mutex;
    std::size_t done = 0;
    auto worker = [&] {
        for (std::size_t i = next++; i < count && !failed; i = next++) {
            try {
                job(i);
                const std::lock_guard lock(mutex);
                ++done;
            } catch (...) {
                const std::lock_guard lock(mutex);
                if (!error)
                    error = std::current_exception();
                failed = true;
            }
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& thread : pool)
        thread.join();
    if (error)
        std::rethrow_exception(error);
    if (onDone)
        onDone(done);
}

std::string relativeName(const fs::path& file, const fs::path& root) {
    return file.lexically_relative(root).generic_string();
}

// Short-term loudness every kCurveStepSeconds over [begin, end) of the mastered album.
std::vector<std::optional<double>> loudnessCurve(AudioFileReader& reader, std::int64_t begin,
                                                 std::int64_t end) {
    const auto channels = static_cast<std::size_t>(reader.info().channels);
    const int rate = reader.info().sampleRate;
    const auto step = static_cast<std::int64_t>(rate * ReleaseReportData::kCurveStepSeconds);
    LoudnessMeter meter(channels, rate);
    std::vector<float> block(kCurveBlockFrames * channels);
    std::vector<std::optional<double>> curve;
    reader.seek(begin);
    std::int64_t nextPoint = begin + step;
    for (std::int64_t at = begin; at < end;) {
        const auto want = static_cast<std::size_t>(
            std::min<std::int64_t>({static_cast<std::int64_t>(kCurveBlockFrames), end - at, nextPoint - at}));
        const std::size_t read = reader.readInterleaved(block.data(), want);
        if (read == 0)
            break;
        meter.processInterleaved(block.data(), read);
        at += static_cast<std::int64_t>(read);
        if (at == nextPoint) {
            curve.push_back(meter.shortTermLufs());
            nextPoint += step;
        }
    }
    return curve;
}

CueAlbum cueFor(const AlbumRenderer::Plan& plan, const std::string& fileName) {
    const Project& project = plan.project;
    const AlbumLayout& layout = plan.layout;
    const std::int64_t fileStart = layout.tracks.front().fileBegin;
    // Cue positions are whole frames from the file's start; a CD layout has them already.
    auto frameOf = [&](std::int64_t sample, std::int64_t cdFrame) -> std::int64_t {
        if (layout.cd)
            return cdFrame - fileStart / AlbumLayout::kCdFrameSamples;
        return static_cast<std::int64_t>(std::llround(static_cast<double>(sample - fileStart) *
                                                      AlbumLayout::kCdFramesPerSecond / layout.sampleRate));
    };
    CueAlbum cue;
    cue.title = project.album.text.title;
    cue.performer = project.album.text.performer;
    cue.catalog = project.album.upcEan;
    cue.fileName = fileName;
    for (std::size_t i = 0; i < layout.tracks.size(); ++i) {
        const TrackLayout& track = layout.tracks[i];
        CueTrack entry{static_cast<int>(i) + 1,
                       project.tracks[i].text.title,
                       project.tracks[i].text.performer,
                       project.tracks[i].isrc,
                       {}};
        entry.indexFrames.push_back(
            i > 0 && track.index0 < track.index1 ? frameOf(track.index0, track.index0Frame) : -1);
        entry.indexFrames.push_back(frameOf(track.index1, track.index1Frame));
        for (std::size_t m = 0; m < track.indexMarks.size(); ++m)
            entry.indexFrames.push_back(
                frameOf(track.indexMarks[m], layout.cd ? track.indexMarkFrames[m] : 0));
        cue.tracks.push_back(std::move(entry));
    }
    return cue;
}

// What the independent DDP reader (DdpReader) says about the image just written, in
// the form of `inspect-ddp --json`. An image it finds fault with is never delivered.
nlohmann::ordered_json readBackDdp(const fs::path& folder) {
    const DdpInspection inspection = DdpReader::inspect(folder);
    nlohmann::ordered_json json = ddpInspectionJson(inspection, DdpJsonDetail::Report);
    if (!inspection.problems.empty() || !inspection.checksumsOk) {
        std::string problems;
        for (const auto& problem : inspection.problems)
            problems += (problems.empty() ? "" : "; ") + problem;
        throw Error(ErrorKind::Internal, folder.string(), "the DDP image fails its read-back: " + problems);
    }
    return json;
}

// DDPID's master ID: the album title in printable ASCII, at most 48 characters.
std::string masterIdOf(const Project& project) {
    constexpr std::size_t kMaxMasterId = 48;
    std::string id;
    for (const char c : project.album.text.title)
        if (c >= ' ' && c <= '~' && id.size() < kMaxMasterId)
            id += c;
    return id;
}

bool isAudioFile(const fs::path& file) {
    const std::string extension = file.extension().string();
    return extension == ".wav" || extension == ".mp3";
}

}  // namespace

void AlbumRenderer::describeFiles(const std::vector<WrittenFile>& written, const fs::path& root,
                                  ReleaseReportData& data) const {
    std::vector<WrittenFile> sorted = written;
    std::sort(sorted.begin(), sorted.end(),
              [](const WrittenFile& a, const WrittenFile& b) { return a.path < b.path; });
    const FileAnalyzer analyzer;
    std::map<std::string, AlbumAnalysis> albums;  // the per-track files of each format
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const WrittenFile& file = sorted[i];
        ReleaseReportData::OutputFile entry;
        entry.path = relativeName(file.path, root);
        entry.bytes = fs::file_size(file.path);
        entry.md5 = Md5::hexOfFile(file.path);
        entry.track = file.track;
        entry.format = file.format;
        if (isAudioFile(file.path) && file.format != "ddp") {
            FileAnalyzer::Result result = analyzer.analyze(file.path);
            entry.analysis = result.report;
            if (file.track > 0)
                albums[file.format].add(result.report, std::move(result.loudness));
        }
        data.files.push_back(std::move(entry));
        progress("report", static_cast<double>(i + 1) / static_cast<double>(sorted.size()));
    }
    for (const auto& [format, album] : albums)
        data.deliveredAlbum[format] = album.report();
}

struct AlbumRenderer::TrackOutcome {
    fs::path file;
    TrackRenderer::Report report;
};

AlbumRenderer::AlbumRenderer(Options options) : m_options(std::move(options)) {}

fs::path AlbumRenderer::defaultOutDir(const fs::path& project) {
    const fs::path absolute = fs::absolute(project).lexically_normal();
    return absolute.parent_path() / (absolute.stem().string() + " masters");
}

double AlbumRenderer::ceilingOf(const Project& project) {
    return lastLimiterCeiling(project.masterChain).value_or(kDefaultCeilingDbtp);
}

std::optional<AlbumRenderer::Format> AlbumRenderer::formatNamed(const std::string& name) {
    if (name == "ddp")
        return Format::Ddp;
    if (name == "wav")
        return Format::Wav;
    if (name == "mp3")
        return Format::Mp3;
    return std::nullopt;
}

void AlbumRenderer::progress(const std::string& stage, double fraction) const {
    throwIfCancelled(&m_cancel);
    if (m_progress)
        m_progress(stage, fraction);
}

unsigned AlbumRenderer::threadCount(std::size_t jobs) const {
    const unsigned hardware =
        m_options.threads > 0 ? m_options.threads : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(hardware, jobs)));
}

AlbumRenderer::Plan AlbumRenderer::validate() const {
    const std::string fileName = m_options.project.string();
    ProjectReading reading;
    if (m_options.document)
        reading.project = *m_options.document;
    else
        reading = readProject(m_options.project);
    if (!reading.project)
        throw ProjectError(fileName, std::move(reading.problems));
    Plan plan;
    plan.project = std::move(*reading.project);
    Project& project = plan.project;
    std::vector<ProjectProblem> problems = std::move(reading.problems);

    if (m_options.only) {
        project.exports.ddp.enabled &= m_options.only->count(Format::Ddp) > 0;
        project.exports.wav.enabled &= m_options.only->count(Format::Wav) > 0;
        project.exports.mp3.enabled &= m_options.only->count(Format::Mp3) > 0;
    }
    if (!project.exports.ddp.enabled && !project.exports.wav.enabled && !project.exports.mp3.enabled)
        problems.push_back({"export",
                            "no format to render: DDP, WAV and MP3 are all disabled"
                            " (or left out by --only)"});
    // Every source's length at the album rate: the rules on lengths need them all, and
    // with one missing they would mislead, so then only the project's own rules run.
    std::vector<std::int64_t> sourceFrames;
    for (std::size_t i = 0; i < project.tracks.size(); ++i) {
        try {
            const AudioFileReader reader(project.tracks[i].source);
            const AudioFileInfo& info = reader.info();
            sourceFrames.push_back(static_cast<std::int64_t>(Resampler::outputFramesFor(
                static_cast<std::size_t>(info.frames), info.sampleRate, project.album.sampleRate)));
        } catch (const Error& error) {
            problems.push_back({trackPath(i, "source"), error.what()});
        }
    }
    const bool sourcesRead = sourceFrames.size() == project.tracks.size();
    const auto invalid = sourcesRead ? validateAlbum(project, sourceFrames)
                                     : validateProject(project, ValidationStage::Export);
    problems.insert(problems.end(), invalid.begin(), invalid.end());
    if (sourcesRead) {
        const bool cd = project.exports.ddp.enabled && project.album.sampleRate == kCdRate;
        plan.timeline.emplace(project, sourceFrames);
        plan.layout = AlbumLayout::fromTimeline(*plan.timeline, cd);
    }
    if (!problems.empty())
        throw ProjectError(fileName, std::move(problems));
    plan.ceilingDbtp = ceilingOf(project);
    return plan;
}

std::vector<AlbumRenderer::TrackOutcome> AlbumRenderer::renderTracks(const Plan& plan, const fs::path& work) {
    const Project& project = plan.project;
    std::optional<double> target;
    if (project.album.loudness.mode == LoudnessMode::Track)
        target = project.album.loudness.targetLufs;
    std::vector<TrackOutcome> outcomes(project.tracks.size());
    for (std::size_t i = 0; i < outcomes.size(); ++i)
        outcomes[i].file = work / ("track-" + std::to_string(i + 1) + ".wav");
    progress("tracks", 0.0);
    runParallel(outcomes.size(), threadCount(outcomes.size()),
                [&](std::size_t i) {
                    outcomes[i].report =
                        TrackRenderer::render(project.tracks[i], plan.layout.tracks[i],
                                              project.album.sampleRate, target, work, outcomes[i].file,
                                              &m_cancel);
                },
                {});
    progress("tracks", 1.0);
    return outcomes;
}

std::vector<Mp3Exporter::Result> AlbumRenderer::writeMp3(const Plan& plan, const fs::path& albumFile,
                                                         const fs::path& folder,
                                                         std::vector<WrittenFile>& written) {
    const Project& project = plan.project;
    const int albumRate = project.album.sampleRate;
    const int rate = Mp3Exporter::encodeRateFor(albumRate);
    std::vector<Mp3Exporter::Result> results(project.tracks.size());
    std::vector<fs::path> targets;
    for (std::size_t i = 0; i < project.tracks.size(); ++i)
        targets.push_back(folder /
                          trackFileName(static_cast<int>(i) + 1, project.tracks[i].text.title, ".mp3"));
    std::atomic<std::size_t> done{0};
    runParallel(targets.size(), threadCount(targets.size()),
                [&](std::size_t i) {
                    throwIfCancelled(&m_cancel);
                    const TrackLayout& track = plan.layout.tracks[i];
                    const std::int64_t begin = FormatRenderer::positionAt(track.fileBegin, albumRate, rate);
                    const std::int64_t end = FormatRenderer::positionAt(track.fileEnd, albumRate, rate);
                    AudioFileReader reader(albumFile);
                    AudioBuffer audio(static_cast<std::size_t>(reader.info().channels),
                                      static_cast<std::size_t>(end - begin));
                    reader.seek(begin);
                    if (reader.read(audio.view()) != audio.frameCount())
                        throw Error(ErrorKind::Internal, albumFile.string(),
                                    "ends before track " + std::to_string(i + 1));
                    results[i] = Mp3Exporter::write(audio.view(), rate, project.exports.mp3,
                                                    tagsFor(project, i), plan.ceilingDbtp, targets[i]);
                    ++done;
                },
                {});
    for (std::size_t i = 0; i < targets.size(); ++i)
        written.push_back({targets[i], static_cast<int>(i) + 1, "mp3"});
    return results;
}

AlbumRenderer::Result AlbumRenderer::render() {
    progress("validate", 0.0);
    const Plan plan = validate();
    try {
        return renderPlan(plan);
    } catch (const fs::filesystem_error& error) {
        throw writeFailed(error.path1().string(), error.code().message());
    }
}

AlbumRenderer::Result AlbumRenderer::renderPlan(const Plan& plan) {
    const Project& project = plan.project;
    const AlbumLayout& layout = plan.layout;
    const int albumRate = project.album.sampleRate;
    const fs::path outDir = m_options.outDir.value_or(defaultOutDir(m_options.project));

    // Everything goes into a hidden folder beside the output folder, which replaces it
    // only when complete; intermediate audio lives in its `.work` folder.
    const fs::path target = fs::absolute(outDir).lexically_normal();
    fs::create_directories(target.parent_path());
    AtomicDirectory staging(target);
    const fs::path root = staging.tempPath();
    const fs::path work = root / ".work";
    fs::create_directories(work);

    const std::vector<TrackOutcome> tracks = renderTracks(plan, work);
    std::vector<fs::path> trackFiles;
    for (const auto& outcome : tracks)
        trackFiles.push_back(outcome.file);

    progress("album", 0.0);
    const fs::path mix = work / "album-mix.wav";
    AlbumMixer::mix(project, layout, trackFiles, mix, &m_cancel);
    for (const auto& file : trackFiles)
        fs::remove(file);

    ChainRenderer::Options masterOptions;
    masterOptions.chain = project.masterChain;
    if (project.album.loudness.mode == LoudnessMode::Album)
        masterOptions.targetLufs = project.album.loudness.targetLufs;
    masterOptions.outputRate = albumRate;
    masterOptions.sampleFormat = SampleFormat::Float32;
    masterOptions.dither = DitherKind::None;
    masterOptions.cancel = &m_cancel;
    ChainRenderer master(masterOptions);
    master.setProgressCallback([this](int pass, double fraction) {
        progress("master", std::min(1.0, (pass - 1 + fraction) / ChainRenderer::kMaxLoudnessPasses));
    });
    const fs::path mastered = work / "album-master.wav";
    const ChainRenderer::Report masterReport = master.render(mix, mastered);
    fs::remove(mix);

    // Each format's album, rendered once and shared (a 16-bit shaped WAV at 44.1 kHz
    // is the DDP's audio too, sample for sample).
    std::vector<std::pair<ExportFormat, fs::path>> albums;
    auto albumAt = [&](const ExportFormat& format) {
        for (const auto& [rendered, file] : albums)
            if (rendered == format)
                return file;
        const fs::path file = work / ("album-" + std::to_string(albums.size()) + ".wav");
        FormatRenderer::render(mastered, layout, format, m_options.seed, file, &m_cancel);
        albums.emplace_back(format, file);
        return file;
    };

    std::vector<WrittenFile> written;
    ReleaseReportData data;
    data.project = &project;
    data.layout = &layout;
    data.projectName = m_options.project.filename().string();
    data.seed = m_options.seed;
    data.ceilingDbtp = plan.ceilingDbtp;
    data.masterGainDb = masterReport.gainDb;
    data.masterLufs = masterReport.measuredLufs;
    data.masterPasses = masterReport.passes;
    data.limiterEngaged = masterReport.hasLimiter;
    data.limiterMaxReductionDb = masterReport.limiterMaxReductionDb;
    data.tracks.resize(project.tracks.size());
    for (std::size_t i = 0; i < tracks.size(); ++i)
        data.tracks[i].loudnessGainDb = tracks[i].report.loudnessGainDb;
    data.ddp = nullptr;

    if (project.exports.ddp.enabled) {
        progress("ddp", 0.0);
        const fs::path cdAlbum = albumAt({kCdRate, SampleFormat::Int16, DitherKind::Shaped});
        data.ddp = writeDdp(plan, cdAlbum, root / "DDP", written);
        progress("ddp", 1.0);
    }

    if (project.exports.wav.enabled) {
        progress("wav", 0.0);
        const WavExport& settings = project.exports.wav;
        const ExportFormat format{settings.sampleRate.value_or(albumRate), wavSampleFormat(settings.bits),
                                  settings.bits == 32 ? DitherKind::None : settings.dither};
        const fs::path album = albumAt(format);
        const fs::path folder = root / "WAV";
        fs::create_directories(folder);
        auto at = [&](std::int64_t frame) {
            return FormatRenderer::positionAt(frame, albumRate, format.sampleRate);
        };
        std::vector<WavExporter::Piece> pieces;
        if (settings.split == WavSplit::Tracks) {
            for (std::size_t i = 0; i < layout.tracks.size(); ++i)
                pieces.push_back(
                    {at(layout.tracks[i].fileBegin), at(layout.tracks[i].fileEnd),
                     folder / trackFileName(static_cast<int>(i) + 1, project.tracks[i].text.title, ".wav"),
                     tagsFor(project, i)});
        } else {
            const std::string name = sanitiseFileName(project.album.text.title);
            ReleaseTags tags;
            tags.title = project.album.text.title;
            tags.artist = tags.albumArtist = project.album.text.performer;
            tags.album = project.album.text.title;
            tags.date = project.album.releaseDate;
            tags.genre = project.album.genre;
            pieces.push_back({at(layout.tracks.front().fileBegin), at(layout.totalFrames),
                              folder / (name + ".wav"), tags});
            AtomicFile::write(folder / (name + ".cue"), cueSheetText(cueFor(plan, name + ".wav")));
            written.push_back({folder / (name + ".cue"), 0, "wav"});
        }
        WavExporter::write(album, format.sampleFormat, pieces);
        for (const auto& piece : pieces)
            written.push_back({piece.target, piece.tags.trackNumber, "wav"});
        progress("wav", 1.0);
    }

    if (project.exports.mp3.enabled) {
        progress("mp3", 0.0);
        const fs::path album =
            albumAt({Mp3Exporter::encodeRateFor(albumRate), SampleFormat::Float32, DitherKind::None});
        const fs::path folder = root / "MP3";
        fs::create_directories(folder);
        const auto results = writeMp3(plan, album, folder, written);
        for (std::size_t i = 0; i < results.size(); ++i) {
            data.tracks[i].mp3 = results[i];
            data.tracks[i].mp3Path = relativeName(written[written.size() - results.size() + i].path, root);
        }
        progress("mp3", 1.0);
    }

    progress("report", 0.0);
    {
        AudioFileReader reader(mastered);
        for (std::size_t i = 0; i < layout.tracks.size(); ++i)
            data.tracks[i].shortTermLufs =
                loudnessCurve(reader, layout.tracks[i].fileBegin, layout.tracks[i].fileEnd);
    }
    describeFiles(written, root, data);
    const std::string html = ReleaseReport::html(data);
    AtomicFile::write(root / "report.html", html);
    data.files.push_back({"report.html", html.size(), Md5::hexOf(html), std::nullopt, 0, "report"});
    Result result;
    result.report = ReleaseReport::json(data);
    AtomicFile::write(root / "report.json", result.report.dump(2) + "\n");
    progress("report", 1.0);

    fs::remove_all(work);
    staging.commit();
    result.outDir = target;
    return result;
}

}  // namespace lathe

namespace lathe {

nlohmann::ordered_json AlbumRenderer::writeDdp(const Plan& plan, const fs::path& cdAlbum,
                                               const fs::path& folder, std::vector<WrittenFile>& written) {
    DdpWriter writer(folder, makeDdpDisc(plan.project, *plan.timeline, masterIdOf(plan.project)),
                     plan.layout.totalFrames);
    AudioFileReader reader(cdAlbum);
    AudioBuffer block(TrackRenderer::kChannels, kDdpBlockFrames);
    while (const std::size_t read = reader.read(block.view())) {
        throwIfCancelled(&m_cancel);
        writer.write(block.view(read));
    }
    writer.finish();
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder))
        files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files)
        written.push_back({file, 0, "ddp"});
    return readBackDdp(folder);
}

}  // namespace lathe
