#pragma once

#include "project/Project.h"
#include "project/ProjectError.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <thread>
#include <vector>

namespace lathe {
class AlbumRenderer;
}

namespace lathe::ui {

// One render of the album to its release masters on a worker thread: the engine's
// AlbumRenderer, the very render `lathe-cli render` runs (validation first, one atomic
// output folder, report.json), fed the project as the window holds it. Progress and
// the outcome arrive as signals on the thread that owns this object; cancel() stops
// the render within a block of audio and nothing is written.
class ExportRun : public QObject {
    Q_OBJECT
public:
    explicit ExportRun(QObject* parent = nullptr);
    ~ExportRun() override;  // cancels a running render and waits for it

    // `projectFile` names the project (report, default folder); it need not exist.
    void start(const Project& project, const std::filesystem::path& projectFile,
               const std::filesystem::path& outDir);
    void cancel();
    bool isRunning() const { return m_running; }

    // After succeeded(): what report.json holds, and the folder written.
    const nlohmann::ordered_json& report() const { return m_report; }
    const std::filesystem::path& outDir() const { return m_outDir; }

    // Every problem the engine's pre-render validation finds in `project` (the same
    // check render() starts with: sources readable, ISRC/UPC, Red Book rules where DDP
    // is enabled), each naming its JSON path; empty when it is ready to render.
    static std::vector<ProjectProblem> problemsOf(const Project& project,
                                                  const std::filesystem::path& projectFile);

signals:
    // The engine's stage ("validate", "tracks", "album", "master", "ddp", "wav", "mp3",
    // "report") and the fraction of the whole render done, in [0, 1].
    void progressed(const QString& stage, double fraction);
    void succeeded();
    void cancelled();
    // `subject`: the file or folder at fault; `problems`: one line each.
    void failed(const QString& subject, const QStringList& problems);

private:
    void run();
    void reportProgress(const std::string& stage, double stageFraction);
    void finishRun();

    std::unique_ptr<AlbumRenderer> m_renderer;
    std::vector<std::string> m_stages;  // the stages this render passes through, in order
    std::thread m_thread;
    bool m_running = false;
    int m_lastPermille = -1;  // the worker's: progress is posted only when it moves
    std::string m_lastStage;
    nlohmann::ordered_json m_report;
    std::filesystem::path m_outDir;
};

}  // namespace lathe::ui
