#include "MainWindow.h"

#include "AlbumTimelineView.h"
#include "LevelMeter.h"
#include "LoudnessPanel.h"
#include "LoudnessScanner.h"
#include "PlatformTargetsPanel.h"
#include "PlaybackController.h"
#include "ProjectDocument.h"
#include "SpectrumView.h"
#include "TrackListModel.h"
#include "TrackTableView.h"
#include "export/ExportDialog.h"
#include "Transport.h"
#include "TransportBar.h"
#include "WaveformStore.h"
#include "preferences/Preferences.h"
#include "preferences/PreferencesDialog.h"
#include "recovery/Autosaver.h"
#include "recovery/RecoveryOffer.h"
#include "recovery/RecoveryStore.h"
#include "chain/ChainEditor.h"

#include "analysis/SpectrumAnalyzer.h"
#include "playback/MeterFrames.h"
#include "core/Decibels.h"
#include "core/Error.h"
#include "io/AudioFileReader.h"
#include "project/ProjectError.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

namespace lathe::ui {
namespace {

constexpr int kTitlePointSize = 16;
constexpr int kDefaultWidth = 1600;
constexpr int kDefaultHeight = 1000;
constexpr int kMaxRecentFiles = 8;
constexpr int kChainDockHeight = 400;
constexpr std::size_t kSpectrumFftSize = 8192;
// The window over which the meter reads the peak at the play head (one video frame).
constexpr double kMeterWindowSeconds = 1.0 / 60.0;
const QString kRecentKey = QStringLiteral("recentFiles");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kFolderKey = QStringLiteral("lastFolder");

QString loudnessModeText(const LoudnessTarget& loudness) {
    switch (loudness.mode) {
    case LoudnessMode::Off: return MainWindow::tr("loudness: unchanged");
    case LoudnessMode::Track: return MainWindow::tr("each track to %1 LUFS").arg(loudness.targetLufs, 0, 'f', 1);
    case LoudnessMode::Album: return MainWindow::tr("album to %1 LUFS").arg(loudness.targetLufs, 0, 'f', 1);
    }
    return {};
}

std::filesystem::path defaultCacheFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation).toStdString() + "/peaks";
}

QDockWidget* dock(const QString& title, const QString& name, QWidget* content) {
    auto* widget = new QDockWidget(title);
    widget->setObjectName(name);
    widget->setWidget(content);
    widget->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                        QDockWidget::DockWidgetClosable);
    return widget;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent, const std::filesystem::path& cacheFolder)
    : QMainWindow(parent), m_document(new ProjectDocument(this)), m_recovery(std::make_unique<RecoveryStore>()),
      m_autosaver(new Autosaver(m_document, m_recovery.get(), this)), m_model(new TrackListModel(this)),
      m_scanner(new LoudnessScanner(this)),
      m_waveforms(new WaveformStore(cacheFolder.empty() ? defaultCacheFolder() : cacheFolder, this)),
      m_transport(new Transport(this)), m_playback(new PlaybackController(m_document, m_transport, this)),
      m_transportBar(new TransportBar(m_transport)),
      m_timeline(new AlbumTimelineView(m_document, m_waveforms, m_transport)), m_table(new TrackTableView),
      m_splitter(new QSplitter(Qt::Vertical)), m_meter(new LevelMeter), m_loudness(new LoudnessPanel),
      m_spectrum(new SpectrumView), m_platforms(new PlatformTargetsPanel),
      m_chainEditor(new ChainEditor(m_document, m_playback, m_transport)), m_albumTitle(new QLabel),
      m_albumDetails(new QLabel), m_analyzer(std::make_unique<SpectrumAnalyzer>(kSpectrumFftSize)) {
    setWindowTitle(tr("Lathe"));
    resize(kDefaultWidth, kDefaultHeight);
    setDockNestingEnabled(true);

    QFont titleFont = m_albumTitle->font();
    titleFont.setPointSize(kTitlePointSize);
    titleFont.setBold(true);
    m_albumTitle->setFont(titleFont);
    m_albumDetails->setForegroundRole(QPalette::PlaceholderText);

    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TrackListModel::Title, QHeaderView::Stretch);

    auto* toolbar = addToolBar(tr("Transport"));
    toolbar->setObjectName(QStringLiteral("transportToolBar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_transportBar);
    addActions(m_transportBar->shortcutActions());

    auto* header = new QWidget;
    auto* headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(10, 6, 10, 4);
    headerLayout->setSpacing(0);
    headerLayout->addWidget(m_albumTitle);
    headerLayout->addWidget(m_albumDetails);
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_document, &ProjectDocument::changed, this, &MainWindow::projectChanged);
    connect(m_document, &ProjectDocument::fileChanged, this, &MainWindow::updateAlbumHeader);
    connect(m_scanner, &LoudnessScanner::measured, m_model, &TrackListModel::setSourceLoudness);
    connect(m_scanner, &LoudnessScanner::measured, this, [this] {
        updateStatus();
        m_shownTrack = -1;
        followPlayHead(m_transport->position());
    });
    connect(m_waveforms, &WaveformStore::allReady, this, &MainWindow::updateStatus);
    connect(m_transport, &Transport::positionChanged, this, &MainWindow::followPlayHead);
    connect(m_transport, &Transport::canPlayChanged, this, &MainWindow::updateStatus);
    // The held peaks belong to what was heard: switching A/B/delta starts them afresh.
    connect(m_transport, &Transport::monitorChanged, m_meter, &LevelMeter::resetHolds);
    connect(m_playback, &PlaybackController::meterFrame, this, &MainWindow::showMeterFrame);
    connect(m_playback, &PlaybackController::spectrumFrame, this, &MainWindow::showSpectrumFrame);
    connect(m_playback, &PlaybackController::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_table, &TrackTableView::moveRequested, m_document, &ProjectDocument::moveTrack);
    connect(m_table, &TrackTableView::filesDropped, m_document,
            [this](int row, const QStringList& files) { m_document->insertTracks(row, files); });
    connect(m_table, &TrackTableView::removeRequested, m_document, &ProjectDocument::removeTracks);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.row() < static_cast<int>(m_timeline->layout().tracks.size()))
            m_transport->seek(m_timeline->layout().tracks[static_cast<std::size_t>(index.row())].audioStart);
    });
    connect(m_timeline, &AlbumTimelineView::trackActivated, this, [this](int track) { m_table->selectRow(track); });
    // A track's chain in the editor follows the track the user picks or plays.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_chainEditor->setCurrentTrack(current.row()); });

    createDocks();
    createMenus();
    restoreLayout();
    projectChanged();
    updateAlbumHeader();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks() {
    auto* meterDock = dock(tr("Level"), QStringLiteral("levelDock"), m_meter);
    auto* loudnessDock = dock(tr("Loudness"), QStringLiteral("loudnessDock"), m_loudness);
    auto* spectrumDock = dock(tr("Spectrum"), QStringLiteral("spectrumDock"), m_spectrum);
    auto* platformDock = dock(tr("Streaming platforms"), QStringLiteral("platformDock"), m_platforms);
    auto* chainDock = dock(tr("Chain"), QStringLiteral("chainDock"), m_chainEditor);
    // Under the montage, beside the meters: the right column keeps the full height.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, chainDock);
    addDockWidget(Qt::RightDockWidgetArea, loudnessDock);
    splitDockWidget(loudnessDock, meterDock, Qt::Horizontal);
    splitDockWidget(loudnessDock, spectrumDock, Qt::Vertical);
    splitDockWidget(spectrumDock, platformDock, Qt::Vertical);
    resizeDocks({loudnessDock, meterDock}, {560, 100}, Qt::Horizontal);
    resizeDocks({loudnessDock, spectrumDock, platformDock}, {330, 230, 250}, Qt::Vertical);
    resizeDocks({chainDock}, {kChainDockHeight}, Qt::Vertical);
    m_viewMenu = new QMenu(tr("&View"), this);
    for (QDockWidget* widget : {chainDock, meterDock, loudnessDock, spectrumDock, platformDock})
        m_viewMenu->addAction(widget->toggleViewAction());
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::chooseAndOpenProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::chooseAndSaveAs);
    file->addSeparator();
    file->addAction(tr("Add &Tracks…"), QKeySequence(Qt::CTRL | Qt::Key_T), this, &MainWindow::chooseAndAddTracks);
    file->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        auto* dialog = new ExportDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    rebuildRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* transport = menuBar()->addMenu(tr("&Transport"));
    transport->addActions(m_transportBar->shortcutActions());

    menuBar()->addMenu(m_viewMenu);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("Zoom to &Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), m_timeline,
                          &AlbumTimelineView::zoomToFit);
    m_viewMenu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_timeline,
                          [this] { m_timeline->zoomBy(1.5, m_transport->position()); });
    m_viewMenu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_timeline,
                          [this] { m_timeline->zoomBy(1.0 / 1.5, m_transport->position()); });
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    m_autosaver->discard();
    event->accept();
}

bool MainWindow::offerRecovery() { return lathe::ui::offerRecovery(this, *m_recovery, *m_document); }

void MainWindow::showPreferences() {
    PreferencesDialog dialog(Preferences::load(), PreferencesDialog::availableDevices(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.preferences();
    chosen.save();
    m_playback->selectOutput(chosen);
    updateStatus();
}

bool MainWindow::maybeSave() {
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("The album has unsaved changes. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::chooseAndOpenProject() {
    if (!maybeSave())
        return;
    QSettings settings;
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Project"), settings.value(kFolderKey).toString(),
                                                      tr("Lathe projects (*.lathe)"));
    if (!file.isEmpty())
        openProject(file.toStdString());
}

bool MainWindow::openProject(const std::filesystem::path& file) {
    try {
        m_document->open(file);
    } catch (const Error& error) {
        QMessageBox::critical(this, tr("Cannot open project"),
                              tr("The project could not be opened.\n\n%1").arg(QString::fromStdString(error.what())));
        return false;
    }
    rememberRecent(file);
    m_transport->seek(0.0);
    return true;
}

bool MainWindow::save() {
    if (m_document->file().empty())
        return chooseAndSaveAs();
    return saveProjectAs(m_document->file());
}

bool MainWindow::chooseAndSaveAs() {
    QSettings settings;
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Project As"),
                                                      settings.value(kFolderKey).toString(),
                                                      tr("Lathe projects (*.lathe)"));
    if (file.isEmpty())
        return false;
    return saveProjectAs(file.endsWith(QStringLiteral(".lathe")) ? file.toStdString()
                                                                  : (file + QStringLiteral(".lathe")).toStdString());
}

bool MainWindow::saveProjectAs(const std::filesystem::path& file) {
    try {
        m_document->saveAs(file);
    } catch (const Error& error) {
        QMessageBox::critical(this, tr("Cannot save project"),
                              tr("The project was not saved.\n\n%1").arg(QString::fromStdString(error.what())));
        return false;
    }
    rememberRecent(file);
    statusBar()->showMessage(tr("Saved %1").arg(QString::fromStdString(file.string())));
    return true;
}

void MainWindow::chooseAndAddTracks() {
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Tracks"), settings.value(kFolderKey).toString(),
        tr("Audio files (%1)").arg(TrackTableView::audioFileFilters().join(QLatin1Char(' '))));
    m_document->insertTracks(static_cast<int>(m_document->project().tracks.size()), files);
}

void MainWindow::rememberRecent(const std::filesystem::path& file) {
    QSettings settings;
    const QString path = QString::fromStdString(std::filesystem::absolute(file).string());
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(kFolderKey, QString::fromStdString(std::filesystem::absolute(file).parent_path().string()));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(path, this, [this, path] {
            if (maybeSave())
                openProject(path.toStdString());
        });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::projectChanged() {
    const QModelIndex current = m_table->currentIndex();
    m_model->setProject(m_document->project());
    if (current.isValid() && current.row() < m_model->rowCount())
        m_table->selectRow(current.row());
    QStringList sources;
    for (const Track& track : m_document->project().tracks)
        sources << sourceKey(track);
    sources.removeDuplicates();
    m_scanner->scan(sources);
    m_waveforms->request(sources);
    const LoudnessTarget& loudness = m_document->project().album.loudness;
    m_loudness->setTarget(loudness.mode == LoudnessMode::Off ? std::nullopt : std::optional(loudness.targetLufs));
    m_meter->setCeiling(-1.0);
    for (const Module& module : m_document->project().masterChain.modules)
        if (const auto* limiter = std::get_if<LimiterSettings>(&module.parameters); limiter && module.enabled)
            m_meter->setCeiling(limiter->ceilingDbtp);
    m_shownTrack = -1;
    followPlayHead(m_transport->position());
    updateAlbumHeader();
    updateStatus();
}

void MainWindow::updateAlbumHeader() {
    const Project& project = m_document->project();
    if (m_document->file().empty()) {
        m_albumTitle->setText(tr("No project open"));
        m_albumDetails->setText(tr("Open a project with File ▸ Open Project…"));
        setWindowTitle(tr("Lathe"));
        return;
    }
    const Album& album = project.album;
    const QString title = album.text.title.empty() ? QString::fromStdString(m_document->file().stem().string())
                                                   : QString::fromStdString(album.text.title);
    setWindowTitle(tr("%1[*] — Lathe").arg(title));
    setWindowModified(m_document->isModified());
    m_albumTitle->setText(album.text.performer.empty()
                              ? title
                              : tr("%1 — %2").arg(QString::fromStdString(album.text.performer), title));
    QStringList details;
    details << tr("%n track(s)", nullptr, static_cast<int>(project.tracks.size()));
    details << tr("%1 Hz").arg(album.sampleRate);
    details << loudnessModeText(album.loudness);
    details << (project.exports.ddp.enabled ? tr("DDP: edits snap to CD frames") : tr("no DDP"));
    if (!album.upcEan.empty())
        details << tr("UPC/EAN %1").arg(QString::fromStdString(album.upcEan));
    m_albumDetails->setText(details.join(QStringLiteral("  ·  ")));
}

void MainWindow::updateStatus() {
    const int tracks = m_model->rowCount();
    int measured = 0;
    for (int row = 0; row < tracks; ++row)
        measured += m_model->sourceLoudness(row).has_value() ? 1 : 0;
    QString text = measured < tracks ? tr("Measuring sources: %1 of %2").arg(measured).arg(tracks)
                                     : tr("All %n source(s) measured", nullptr, tracks);
    if (m_waveforms->isPending())
        text += tr("  ·  reading waveforms…");
    if (m_transport->canPlay())
        text += tr("  ·  output: %1, %2 Hz").arg(m_playback->deviceName()).arg(m_playback->sampleRate(), 0, 'f', 0);
    else
        text += tr("  ·  playback unavailable: meters show the sources' analysis at the play head");
    statusBar()->showMessage(text);
}

int MainWindow::currentTrack() const {
    const AlbumLayout& layout = m_timeline->layout();
    const int track = layout.trackAt(m_transport->position());
    if (track >= 0)
        return track;
    return layout.tracks.empty() ? -1 : 0;
}

void MainWindow::followPlayHead(double seconds) {
    const int track = currentTrack();
    if (track < 0) {
        m_platforms->setMaster(std::nullopt, std::nullopt, tr("Nothing measured yet."));
        return;
    }
    // Playing into another track moves a track chain's editor along; edits that merely
    // re-run this (the play head still in the same track) leave the user's choice alone.
    if (track != m_playHeadTrack) {
        m_playHeadTrack = track;
        m_chainEditor->setCurrentTrack(track);
    }
    const TrackPlacement& placement = m_timeline->layout().tracks[static_cast<std::size_t>(track)];
    const double intoTrack = seconds - placement.audioStart;
    showAnalysisAt(track, intoTrack);
    // While playing, the meters and the spectrum come from the engine's meter frames.
    if (!m_transport->isPlaying()) {
        showSpectrumAt(track, intoTrack);
        showLevelsAt(track, intoTrack);
    }
    m_loudness->setPlayHead(std::max(0.0, intoTrack));
}

// Until the playback engine delivers live meter frames, the panels show what the
// analysis of the source under the play head measured.
void MainWindow::showAnalysisAt(int track, double secondsIntoTrack) {
    const Track& t = m_document->project().tracks[static_cast<std::size_t>(track)];
    const auto loudness = m_model->sourceLoudness(track);
    LoudnessReadings readings;
    if (loudness && loudness->error.isEmpty()) {
        readings.integratedLufs = loudness->integratedLufs;
        readings.loudnessRangeLu = loudness->loudnessRangeLu;
        readings.correlation = loudness->correlation;
        const double atSource = secondsIntoTrack + t.trimStartSeconds;
        if (loudness->historyIntervalSeconds > 0.0 && atSource >= 0.0) {
            const auto index = static_cast<std::size_t>(atSource / loudness->historyIntervalSeconds);
            if (index < loudness->shortTermLufs.size())
                readings.shortTermLufs = loudness->shortTermLufs[index];
        }
    }
    // While playing, momentary, short-term and correlation come live from the engine.
    if (m_transport->isPlaying())
        m_loudness->setProgrammeReadings(readings.integratedLufs, readings.loudnessRangeLu);
    else
        m_loudness->setReadings(readings);
    if (track == m_shownTrack)
        return;
    m_shownTrack = track;
    const QString title = QString::fromStdString(t.text.title);
    if (!loudness || !loudness->error.isEmpty()) {
        m_loudness->setHistory({}, {}, tr("Track %1 “%2”: measuring…").arg(track + 1).arg(title));
        m_platforms->setMaster(std::nullopt, std::nullopt, tr("Measuring…"));
        return;
    }
    QVector<double> times;
    QVector<double> values;
    for (std::size_t i = 0; i < loudness->shortTermLufs.size(); ++i) {
        times << (static_cast<double>(i) + 1.0) * loudness->historyIntervalSeconds - t.trimStartSeconds;
        values << loudness->shortTermLufs[i];
    }
    m_loudness->setHistory(times, values,
                           tr("Track %1 “%2”: history, integrated and range of the source mix; momentary and "
                              "short-term live while playing")
                               .arg(track + 1)
                               .arg(title));
    m_platforms->setMaster(loudness->integratedLufs, loudness->truePeakDbtp,
                           tr("Track %1 “%2”, measured on the source mix (the master is not rendered yet).")
                               .arg(track + 1)
                               .arg(title));
}

void MainWindow::showSpectrumAt(int track, double secondsIntoTrack) {
    const Track& t = m_document->project().tracks[static_cast<std::size_t>(track)];
    const auto pyramid = m_waveforms->pyramid(sourceKey(t));
    if (!pyramid)
        return;
    try {
        // One FFT block from the source at the play head: a few kilobytes, read only
        // on a seek, never while audio is streaming.
        AudioFileReader reader(t.source);
        const auto frame = static_cast<std::int64_t>((secondsIntoTrack + t.trimStartSeconds) * reader.info().sampleRate);
        const std::int64_t start = std::clamp<std::int64_t>(frame, 0, std::max<std::int64_t>(0, reader.info().frames -
                                                                        static_cast<std::int64_t>(kSpectrumFftSize)));
        reader.seek(start);
        AudioBuffer block(static_cast<std::size_t>(reader.info().channels), kSpectrumFftSize);
        const std::size_t read = reader.read(block.view());
        m_spectrum->setSpectrum(SpectrumView::Mix, m_analyzer->analyze(block.view(read)),
                                static_cast<double>(reader.info().sampleRate) / kSpectrumFftSize);
        m_spectrum->setSpectrum(SpectrumView::Master, {}, 0.0);
        m_spectrum->setCaption(tr("A · source mix at the play head (stopped)"));
    } catch (const Error&) {
        m_spectrum->setSpectrum(SpectrumView::Mix, {}, 0.0);
    }
}

void MainWindow::showLevelsAt(int track, double secondsIntoTrack) {
    const Track& t = m_document->project().tracks[static_cast<std::size_t>(track)];
    const auto pyramid = m_waveforms->pyramid(sourceKey(t));
    if (!pyramid)
        return;
    const double rate = pyramid->sampleRate();
    const auto begin = static_cast<std::int64_t>((secondsIntoTrack + t.trimStartSeconds) * rate);
    const auto end = begin + static_cast<std::int64_t>(kMeterWindowSeconds * rate);
    std::array<double, 2> peaks{LevelMeter::kFloorDb, LevelMeter::kFloorDb};
    for (int ch = 0; ch < std::min(2, pyramid->channels()); ++ch) {
        const PeakPair peak = pyramid->range(ch, begin, end);
        const double magnitude = std::max(std::fabs(peak.min), std::fabs(peak.max)) * dbToGain(t.gainDb);
        peaks[static_cast<std::size_t>(ch)] = magnitude > 0.0 ? gainToDb(magnitude) : LevelMeter::kFloorDb;
    }
    if (pyramid->channels() == 1)
        peaks[1] = peaks[0];
    m_meter->setLevels(peaks, std::nullopt);
}

void MainWindow::showMeterFrame(const MeterFrame& frame) {
    const auto toDouble = [](const std::array<float, 2>& values) {
        return std::array<double, 2>{values[0], values[1]};
    };
    m_meter->setLevels(toDouble(frame.samplePeakDb), toDouble(frame.truePeakDb));
    const auto finite = [](float value) {
        return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    };
    m_loudness->setLiveReadings(finite(frame.momentaryLufs), finite(frame.shortTermLufs), frame.correlation);
}

void MainWindow::showSpectrumFrame(const SpectrumFrame& frame) {
    // The engine measures the mix and the master whichever is monitored.
    const double binHz = m_playback->sampleRate() / SpectrumFrame::kFftSize;
    m_spectrum->setSpectrum(SpectrumView::Mix, frame.mixDb, binHz);
    m_spectrum->setSpectrum(SpectrumView::Master, frame.masterDb, binHz);
    m_spectrum->setCaption(tr("B · master (orange) over A · mix (blue)"));
}

}  // namespace lathe::ui
