#include "export/ExportRun.h"

#include "core/Cancellation.h"
#include "core/Error.h"
#include "render/AlbumRenderer.h"

#include <QMetaObject>
#include <algorithm>
#include <cmath>

namespace lathe::ui {
namespace {

// How much of a render each stage takes, roughly (measured on the demo album), so the
// progress bar moves evenly. Stages of formats not rendered are left out.
struct StageWeight {
    const char* stage;
    double weight;
};
constexpr StageWeight kStageWeights[] = {{"validate", 1},  {"tracks", 20}, {"album", 4},
                                         {"master", 30},   {"ddp", 6},     {"wav", 6},
                                         {"mp3", 20},      {"report", 10}};
constexpr double kPermille = 1000.0;

AlbumRenderer::Options optionsFor(const Project& project, const std::filesystem::path& projectFile) {
    AlbumRenderer::Options options;
    options.project = projectFile;
    options.document = project;
    return options;
}

double weightOf(const std::string& stage) {
    for (const auto& entry : kStageWeights)
        if (stage == entry.stage)
            return entry.weight;
    return 0.0;
}

}  // namespace

ExportRun::ExportRun(QObject* parent) : QObject(parent) {}

ExportRun::~ExportRun() {
    if (m_renderer)
        m_renderer->cancel();
    if (m_thread.joinable())
        m_thread.join();
}

std::vector<ProjectProblem> ExportRun::problemsOf(const Project& project,
                                                  const std::filesystem::path& projectFile) {
    try {
        AlbumRenderer(optionsFor(project, projectFile)).validate();
    } catch (const ProjectError& error) {
        return error.problems();
    } catch (const Error& error) {
        return {{error.subject(), error.reason()}};
    }
    return {};
}

void ExportRun::start(const Project& project, const std::filesystem::path& projectFile,
                      const std::filesystem::path& outDir) {
    if (m_running)
        return;
    if (m_thread.joinable())
        m_thread.join();
    AlbumRenderer::Options options = optionsFor(project, projectFile);
    options.outDir = outDir;
    m_renderer = std::make_unique<AlbumRenderer>(std::move(options));
    m_stages = {"validate", "tracks", "album", "master"};
    for (const auto& [enabled, stage] : {std::pair{project.exports.ddp.enabled, "ddp"},
                                         std::pair{project.exports.wav.enabled, "wav"},
                                         std::pair{project.exports.mp3.enabled, "mp3"}})
        if (enabled)
            m_stages.emplace_back(stage);
    m_stages.emplace_back("report");
    m_lastPermille = -1;
    m_lastStage.clear();
    m_report = nullptr;
    m_outDir = outDir;
    m_renderer->setProgressCallback(
        [this](const std::string& stage, double fraction) { reportProgress(stage, fraction); });
    m_running = true;
    m_thread = std::thread([this] { run(); });
}

void ExportRun::cancel() {
    if (m_running && m_renderer)
        m_renderer->cancel();
}

// On the worker thread: the whole render's fraction, posted when it moves by 0.1 %.
void ExportRun::reportProgress(const std::string& stage, double stageFraction) {
    double total = 0.0;
    double done = 0.0;
    bool reached = false;
    for (const auto& name : m_stages) {
        const double weight = weightOf(name);
        if (name == stage) {
            done = total + weight * std::clamp(stageFraction, 0.0, 1.0);
            reached = true;
        }
        total += weight;
    }
    if (!reached || total <= 0.0)
        return;
    const int permille = static_cast<int>(std::lround(done / total * kPermille));
    if (permille == m_lastPermille && stage == m_lastStage)
        return;
    m_lastPermille = permille;
    m_lastStage = stage;
    const QString name = QString::fromStdString(stage);
    QMetaObject::invokeMethod(
        this, [this, name, permille] { emit progressed(name, permille / kPermille); }, Qt::QueuedConnection);
}

void ExportRun::run() {
    // The outcome is handed to the owner's thread; nothing here touches Qt objects.
    try {
        AlbumRenderer::Result result = m_renderer->render();
        QMetaObject::invokeMethod(
            this,
            [this, report = std::move(result.report)]() mutable {
                m_report = std::move(report);
                finishRun();
                emit succeeded();
            },
            Qt::QueuedConnection);
    } catch (const RenderCancelled&) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finishRun();
                emit cancelled();
            },
            Qt::QueuedConnection);
    } catch (const ProjectError& error) {
        QStringList problems;
        for (const ProjectProblem& problem : error.problems())
            problems << QString::fromStdString(describeProblem(problem));
        const QString subject = QString::fromStdString(error.subject());
        QMetaObject::invokeMethod(
            this,
            [this, subject, problems] {
                finishRun();
                emit failed(subject, problems);
            },
            Qt::QueuedConnection);
    } catch (const std::exception& error) {
        const auto* known = dynamic_cast<const Error*>(&error);
        const QString subject = known ? QString::fromStdString(known->subject()) : QString();
        const QString reason = QString::fromStdString(known ? known->reason() : std::string(error.what()));
        QMetaObject::invokeMethod(
            this,
            [this, subject, reason] {
                finishRun();
                emit failed(subject, {reason});
            },
            Qt::QueuedConnection);
    }
}

void ExportRun::finishRun() {
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
}

}  // namespace lathe::ui
