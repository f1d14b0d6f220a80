#include "export/ExportDialog.h"

#include "ProjectDocument.h"
#include "export/DdpExportPage.h"
#include "export/ExportRun.h"
#include "export/ExportStyle.h"
#include "export/ExportSummary.h"
#include "export/Mp3ExportPage.h"
#include "export/WavExportPage.h"

#include "render/AlbumRenderer.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lathe::ui {
namespace {

constexpr int kProgressSteps = 1000;
constexpr int kProblemListHeight = 96;
const QSize kDialogSize(1060, 720);

QString stageText(const QString& stage) {
    if (stage == QLatin1String("validate"))
        return ExportDialog::tr("Checking the project…");
    if (stage == QLatin1String("tracks"))
        return ExportDialog::tr("Rendering the tracks through their chains…");
    if (stage == QLatin1String("album"))
        return ExportDialog::tr("Placing the tracks on the album…");
    if (stage == QLatin1String("master"))
        return ExportDialog::tr("Mastering the album…");
    if (stage == QLatin1String("ddp"))
        return ExportDialog::tr("Writing and verifying the DDP image…");
    if (stage == QLatin1String("wav"))
        return ExportDialog::tr("Writing the WAV files…");
    if (stage == QLatin1String("mp3"))
        return ExportDialog::tr("Encoding and checking the MP3 files…");
    return ExportDialog::tr("Measuring the files and writing the report…");
}

// The track a problem's JSON path is in ("tracks[2].isrc" is track 3), or -1.
int trackOfPath(const std::string& path) {
    static const QRegularExpression kTrack(QStringLiteral("^tracks\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = kTrack.match(QString::fromStdString(path));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

enum ProblemColumn { ProblemTrack, ProblemPath, ProblemText };

QString mastersName(const std::filesystem::path& projectFile) {
    return QString::fromStdString(AlbumRenderer::defaultOutDir(projectFile).filename().string());
}

// A folder the render may replace: missing, empty, or an earlier release (report.json).
bool mayReplace(const QString& folder) {
    const QDir dir(folder);
    return !dir.exists() || dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ||
           dir.exists(QStringLiteral("report.json"));
}

}  // namespace

ExportDialog::ExportDialog(ProjectDocument* document, QWidget* parent)
    : QDialog(parent), m_document(document), m_run(new ExportRun(this)),
      m_openUrl([](const QUrl& url) { QDesktopServices::openUrl(url); }), m_albumLine(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_summary(new ExportSummary(this)), m_progress(new QProgressBar(this)),
      m_stage(new QLabel(this)), m_showFolder(new QPushButton(tr("Show in Folder"), this)),
      m_openReport(new QPushButton(tr("Open Report"), this)), m_back(new QPushButton(tr("Back to Settings"), this)),
      m_close(new QPushButton(tr("Close"), this)), m_export(new QPushButton(tr("Export"), this)) {
    setWindowTitle(tr("Export Release"));
    setObjectName(QStringLiteral("exportDialog"));
    resize(kDialogSize);

    auto* title = new QLabel(tr("Export Release"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    exportstyle::makeSecondary(m_albumLine);

    m_settings = createSettingsPage();
    m_stack->addWidget(m_settings);
    m_stack->addWidget(m_summary);

    m_progress->setRange(0, kProgressSteps);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_stage->setMinimumWidth(320);
    m_export->setDefault(true);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_showFolder->setObjectName(QStringLiteral("showFolderButton"));
    m_close->setAutoDefault(false);
    for (QPushButton* button : {m_showFolder, m_openReport, m_back})
        button->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showFolder);
    buttons->addWidget(m_openReport);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_stage);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_close);
    buttons->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_albumLine);
    layout->addSpacing(4);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentWidget(m_settings);
        updateButtons();
    });
    connect(m_showFolder, &QPushButton::clicked, this,
            [this] { m_openUrl(QUrl::fromLocalFile(QString::fromStdString(m_run->outDir().string()))); });
    connect(m_openReport, &QPushButton::clicked, this, [this] {
        m_openUrl(QUrl::fromLocalFile(QString::fromStdString((m_run->outDir() / "report.html").string())));
    });
    connect(m_run, &ExportRun::progressed, this, &ExportDialog::showProgress);
    connect(m_run, &ExportRun::succeeded, this, &ExportDialog::renderSucceeded);
    connect(m_run, &ExportRun::cancelled, this, &ExportDialog::renderCancelled);
    connect(m_run, &ExportRun::failed, this, &ExportDialog::renderFailed);
    connect(m_document, &ProjectDocument::changed, this, &ExportDialog::projectChanged);
    // The dialog is modal: the window's Edit menu is out of reach, so undo lives here too.
    QAction* undo = m_document->undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    addActions({undo, redo});

    m_folder->setText(QDir::toNativeSeparators(QString::fromStdString(defaultFolder().string())));
    projectChanged();
    setRendering(false);
}

ExportDialog::~ExportDialog() = default;

QWidget* ExportDialog::createFormatsRow() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_ddpBox = new QCheckBox(tr("CD master (DDP 2.00)"), row);
    m_wavBox = new QCheckBox(tr("WAV masters"), row);
    m_mp3Box = new QCheckBox(tr("MP3"), row);
    layout->addWidget(new QLabel(tr("Render:"), row));
    for (QCheckBox* box : {m_ddpBox, m_wavBox, m_mp3Box}) {
        layout->addWidget(box);
        layout->addSpacing(12);
        connect(box, &QCheckBox::clicked, this, [this, box](bool on) {
            m_document->edit(on ? tr("Enable %1 export").arg(box->text()) : tr("Disable %1 export").arg(box->text()),
                             [&](Project& project) {
                                 if (box == m_ddpBox)
                                     project.exports.ddp.enabled = on;
                                 else if (box == m_wavBox)
                                     project.exports.wav.enabled = on;
                                 else
                                     project.exports.mp3.enabled = on;
                             });
        });
    }
    m_ddpBox->setObjectName(QStringLiteral("formatDdp"));
    m_wavBox->setObjectName(QStringLiteral("formatWav"));
    m_mp3Box->setObjectName(QStringLiteral("formatMp3"));
    layout->addStretch();
    return row;
}

QWidget* ExportDialog::createSettingsPage() {
    auto* page = new QWidget(this);
    m_tabs = new QTabWidget(page);
    m_ddp = new DdpExportPage(m_document, m_tabs);
    m_wav = new WavExportPage(m_document, m_tabs);
    m_mp3 = new Mp3ExportPage(m_document, m_tabs);
    m_tabs->addTab(m_ddp, tr("CD / DDP"));
    m_tabs->addTab(m_wav, tr("WAV"));
    m_tabs->addTab(m_mp3, tr("MP3"));

    auto* check = new QGroupBox(tr("Release check"), page);
    auto* checkLayout = new QVBoxLayout(check);
    m_checkStatus = new QLabel(check);
    m_problems = new QTreeWidget(check);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setHeaderLabels({tr("Track"), tr("Where"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->setMaximumHeight(kProblemListHeight);
    m_problems->header()->setSectionResizeMode(ProblemTrack, QHeaderView::ResizeToContents);
    m_problems->header()->setSectionResizeMode(ProblemPath, QHeaderView::ResizeToContents);
    m_problems->setToolTip(tr("Double-click a track's problem to show the track."));
    // A track's problem leads to its row in the CD track list.
    connect(m_problems, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const int track = item->data(ProblemTrack, Qt::UserRole).toInt();
        if (track < 0 || !m_ddp->isEnabled())
            return;
        m_tabs->setCurrentWidget(m_ddp);
        m_ddp->trackTable()->selectRow(track);
    });
    checkLayout->addWidget(m_checkStatus);
    checkLayout->addWidget(m_problems);

    auto* output = new QGroupBox(tr("Output folder"), page);
    auto* outputLayout = new QHBoxLayout(output);
    m_folder = new QLineEdit(output);
    m_folder->setObjectName(QStringLiteral("outputFolder"));
    m_folder->setToolTip(tr("The release folder: DDP/, WAV/, MP3/, report.json and report.html. "
                            "An earlier release in it is replaced when the new one is complete."));
    auto* browse = new QPushButton(tr("Browse…"), output);
    browse->setAutoDefault(false);
    outputLayout->addWidget(m_folder, 1);
    outputLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFormatsRow());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(check);
    layout->addWidget(output);
    return page;
}

std::filesystem::path ExportDialog::projectFile() const {
    const auto& file = m_document->file();
    return file.empty() ? std::filesystem::path(tr("Untitled").toStdString() + ".lathe") : file;
}

std::filesystem::path ExportDialog::defaultFolder() const {
    const QString base = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (!base.isEmpty())
        return QDir(base).filePath(mastersName(projectFile())).toStdString();
    if (!m_document->file().empty())
        return AlbumRenderer::defaultOutDir(m_document->file());
    return QDir(QStandardPaths::writableLocation(QStandardPaths::MusicLocation))
        .filePath(mastersName(projectFile()))
        .toStdString();
}

std::filesystem::path ExportDialog::outputFolder() const {
    return QDir::fromNativeSeparators(m_folder->text().trimmed()).toStdString();
}

void ExportDialog::setOutputFolder(const std::filesystem::path& folder) {
    m_folder->setText(QDir::toNativeSeparators(QString::fromStdString(folder.string())));
}

void ExportDialog::chooseFolder() {
    const QString parent = QFileDialog::getExistingDirectory(
        this, tr("Folder for the release"), QFileInfo(QString::fromStdString(outputFolder().string())).path());
    if (!parent.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(QDir(parent).filePath(mastersName(projectFile()))));
}

QCheckBox* ExportDialog::formatBox(const char* format) const {
    const QLatin1String name(format);
    if (name == QLatin1String("ddp"))
        return m_ddpBox;
    if (name == QLatin1String("wav"))
        return m_wavBox;
    return name == QLatin1String("mp3") ? m_mp3Box : nullptr;
}

void ExportDialog::projectChanged() {
    const Project& project = m_document->project();
    const ExportSettings& exports = project.exports;
    m_ddpBox->setChecked(exports.ddp.enabled);
    m_wavBox->setChecked(exports.wav.enabled);
    m_mp3Box->setChecked(exports.mp3.enabled);
    m_ddp->setEnabled(exports.ddp.enabled);
    m_wav->setEnabled(exports.wav.enabled);
    m_mp3->setEnabled(exports.mp3.enabled);
    const QString title = project.album.text.title.empty() ? tr("Untitled album")
                                                           : QString::fromStdString(project.album.text.title);
    QString line = title;
    if (!project.album.text.performer.empty())
        line += QStringLiteral(" — ") + QString::fromStdString(project.album.text.performer);
    line += QStringLiteral("  ·  ") + tr("%n track(s)", nullptr, static_cast<int>(project.tracks.size())) +
            QStringLiteral("  ·  ") +
            tr("%1 kHz").arg(exportstyle::kilohertz(project.album.sampleRate));
    m_albumLine->setText(line);
    updateCheck();
}

void ExportDialog::updateCheck() {
    const auto problems = ExportRun::problemsOf(m_document->project(), projectFile());
    m_problems->clear();
    for (const ProjectProblem& problem : problems) {
        const int track = trackOfPath(problem.jsonPath);
        auto* item = new QTreeWidgetItem(m_problems, {track >= 0 ? QString::number(track + 1) : tr("Album"),
                                                      QString::fromStdString(problem.jsonPath),
                                                      QString::fromStdString(problem.message)});
        item->setData(ProblemTrack, Qt::UserRole, track);
        item->setForeground(ProblemPath, exportstyle::colour(exportstyle::Status::Bad));
        item->setToolTip(ProblemText, item->text(ProblemText));
    }
    m_problems->setVisible(!problems.empty());
    if (problems.empty()) {
        exportstyle::setStatus(m_checkStatus, exportstyle::Status::Good,
                               m_document->project().exports.ddp.enabled
                                   ? tr("Ready: the project and the Red Book rules for the CD are met.")
                                   : tr("Ready: the project is complete."));
    } else {
        exportstyle::setStatus(m_checkStatus, exportstyle::Status::Bad,
                               tr("%n problem(s) to fix before the release can be rendered:", nullptr,
                                  static_cast<int>(problems.size())));
    }
    updateButtons();
}

QStringList ExportDialog::problems() const {
    QStringList list;
    for (int i = 0; i < m_problems->topLevelItemCount(); ++i)
        list << m_problems->topLevelItem(i)->text(ProblemPath) + QStringLiteral(": ") +
                    m_problems->topLevelItem(i)->text(ProblemText);
    return list;
}

bool ExportDialog::isRendering() const { return m_run->isRunning(); }

void ExportDialog::updateButtons() {
    const bool rendering = isRendering();
    const bool summary = m_stack->currentWidget() == m_summary;
    m_export->setVisible(!summary);
    m_export->setEnabled(!rendering && m_problems->topLevelItemCount() == 0 && !m_folder->text().trimmed().isEmpty());
    m_showFolder->setVisible(summary && !rendering);
    m_openReport->setVisible(summary && !rendering);
    m_back->setVisible(summary && !rendering);
    m_close->setText(rendering ? tr("Cancel") : tr("Close"));
    m_close->setEnabled(!m_cancelling);
    m_progress->setVisible(rendering);
    m_stage->setVisible(rendering || !m_stage->text().isEmpty());
}

void ExportDialog::setRendering(bool rendering) {
    m_settings->setEnabled(!rendering);
    if (!rendering)
        m_cancelling = false;
    updateButtons();
}

void ExportDialog::startExport() {
    if (isRendering() || m_problems->topLevelItemCount() > 0)
        return;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (!mayReplace(folder)) {
        showError(tr("Folder not empty"),
                  tr("%1 already holds files that are not a Lathe release.").arg(QDir::toNativeSeparators(folder)),
                  tr("The render replaces its output folder as a whole. Choose an empty or new folder."));
        return;
    }
    m_lastError.clear();
    m_progress->setValue(0);
    m_stage->setText(stageText(QStringLiteral("validate")));
    m_run->start(m_document->project(), projectFile(), folder.toStdString());
    setRendering(true);
}

void ExportDialog::reject() {
    if (isRendering()) {
        m_cancelling = true;
        m_stage->setText(tr("Cancelling…"));
        m_run->cancel();
        updateButtons();
        return;
    }
    QDialog::reject();
}

void ExportDialog::showProgress(const QString& stage, double fraction) {
    m_progress->setValue(static_cast<int>(fraction * kProgressSteps));
    if (!m_cancelling)
        m_stage->setText(stageText(stage));
}

void ExportDialog::renderSucceeded() {
    m_stage->clear();
    m_summary->showReport(m_run->report(), QString::fromStdString(m_run->outDir().string()));
    m_stack->setCurrentWidget(m_summary);
    setRendering(false);
}

void ExportDialog::renderCancelled() {
    m_stage->setText(tr("Cancelled: nothing was written."));
    setRendering(false);
}

void ExportDialog::renderFailed(const QString& subject, const QStringList& problems) {
    m_stage->setText(tr("The release was not written."));
    setRendering(false);
    showError(tr("Export failed"),
              subject.isEmpty() ? tr("The release could not be rendered.")
                                : tr("The release could not be rendered: %1").arg(QDir::toNativeSeparators(subject)),
              problems.join(QLatin1Char('\n')));
}

// Window-modal and not blocking: the render's outcome arrives from an event, and the
// dialog stays responsive behind the message.
void ExportDialog::showError(const QString& title, const QString& text, const QString& details) {
    m_lastError = details.isEmpty() ? text : text + QLatin1Char('\n') + details;
    auto* box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportError"));
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace lathe::ui
