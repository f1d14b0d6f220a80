#pragma once

#include <QDialog>
#include <QUrl>
#include <filesystem>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace lathe::ui {

class DdpExportPage;
class ExportRun;
class ExportSummary;
class Mp3ExportPage;
class ProjectDocument;
class WavExportPage;

// File ▸ Export…: the release masters of the open album (DDP, WAV, MP3), rendered by
// the engine's AlbumRenderer exactly as `lathe-cli render` does, on a worker thread.
// The settings are the project's `export` section and its CD-Text, edited through the
// document (saved in the .lathe, undoable). The project is checked live with the
// render's own validation (Red Book rules where DDP is made): every problem is listed
// with its JSON path and Export stays disabled while there is one. A render shows its
// stage and progress and can be cancelled (nothing is written); when done, the summary
// lists every file with its size and MD5 and the delivered loudness.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // QSettings key of the folder releases go into (set in Preferences).
    static constexpr const char* kFolderKey = "export/folder";
    using UrlOpener = std::function<void(const QUrl&)>;

    explicit ExportDialog(ProjectDocument* document, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The release folder written (replaced) by the render.
    std::filesystem::path outputFolder() const;
    void setOutputFolder(const std::filesystem::path& folder);
    // How "Show in Folder" and "Open Report" open a URL (default QDesktopServices).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    bool isRendering() const;
    // The text of the last error dialog shown, empty when none.
    QString lastError() const { return m_lastError; }
    // What the live check lists, "json.path: message" each.
    QStringList problems() const;

    QPushButton* exportButton() const { return m_export; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* showFolderButton() const { return m_showFolder; }
    QCheckBox* formatBox(const char* format) const;  // "ddp", "wav", "mp3"
    QTabWidget* tabs() const { return m_tabs; }
    DdpExportPage* ddpPage() const { return m_ddp; }
    WavExportPage* wavPage() const { return m_wav; }
    Mp3ExportPage* mp3Page() const { return m_mp3; }
    ExportSummary* summary() const { return m_summary; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* stageLabel() const { return m_stage; }

public slots:
    void reject() override;  // while rendering: cancels the render

private:
    QWidget* createSettingsPage();
    QWidget* createFormatsRow();
    void projectChanged();
    void updateCheck();
    void updateButtons();
    void startExport();
    void chooseFolder();
    void showProgress(const QString& stage, double fraction);
    void renderSucceeded();
    void renderCancelled();
    void renderFailed(const QString& subject, const QStringList& problems);
    void showError(const QString& title, const QString& text, const QString& details);
    void setRendering(bool rendering);
    std::filesystem::path projectFile() const;
    std::filesystem::path defaultFolder() const;

    ProjectDocument* m_document;
    ExportRun* m_run;
    UrlOpener m_openUrl;
    QString m_lastError;
    QLabel* m_albumLine;
    QStackedWidget* m_stack;
    QWidget* m_settings;
    QCheckBox* m_ddpBox;
    QCheckBox* m_wavBox;
    QCheckBox* m_mp3Box;
    QTabWidget* m_tabs;
    DdpExportPage* m_ddp;
    WavExportPage* m_wav;
    Mp3ExportPage* m_mp3;
    QLabel* m_checkStatus;
    QTreeWidget* m_problems;
    QLineEdit* m_folder;
    ExportSummary* m_summary;
    QProgressBar* m_progress;
    QLabel* m_stage;
    QPushButton* m_showFolder;
    QPushButton* m_openReport;
    QPushButton* m_back;
    QPushButton* m_close;
    QPushButton* m_export;
    bool m_cancelling = false;
};

}  // namespace lathe::ui
