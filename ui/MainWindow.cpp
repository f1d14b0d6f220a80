#include "MainWindow.h"

#include "LoudnessScanner.h"
#include "TrackListModel.h"

#include "core/Error.h"
#include "project/ProjectFile.h"

#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace lathe::ui {
namespace {

constexpr int kTitlePointSize = 17;
constexpr int kDefaultWidth = 1280;
constexpr int kDefaultHeight = 760;

QString loudnessModeText(const LoudnessTarget& loudness) {
    switch (loudness.mode) {
    case LoudnessMode::Off: return MainWindow::tr("loudness: unchanged");
    case LoudnessMode::Track:
        return MainWindow::tr("each track to %1 LUFS").arg(loudness.targetLufs, 0, 'f', 1);
    case LoudnessMode::Album:
        return MainWindow::tr("album to %1 LUFS").arg(loudness.targetLufs, 0, 'f', 1);
    }
    return {};
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_model(new TrackListModel(this)), m_scanner(new LoudnessScanner(this)),
      m_table(new QTableView), m_albumTitle(new QLabel), m_albumDetails(new QLabel) {
    setWindowTitle(tr("Lathe"));
    resize(kDefaultWidth, kDefaultHeight);

    QFont titleFont = m_albumTitle->font();
    titleFont.setPointSize(kTitlePointSize);
    titleFont.setBold(true);
    m_albumTitle->setFont(titleFont);
    m_albumDetails->setForegroundRole(QPalette::PlaceholderText);

    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TrackListModel::Title, QHeaderView::Stretch);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_albumTitle);
    layout->addWidget(m_albumDetails);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    connect(m_scanner, &LoudnessScanner::measured, m_model, &TrackListModel::setSourceLoudness);
    connect(m_scanner, &LoudnessScanner::measured, this, &MainWindow::updateStatus);
    createMenus();
    updateAlbumHeader();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Project…"), this, &MainWindow::chooseAndOpenProject);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::chooseAndOpenProject() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Lathe projects (*.lathe)"));
    if (!file.isEmpty())
        openProject(file.toStdString());
}

bool MainWindow::openProject(const std::filesystem::path& file) {
    Project project;
    try {
        project = loadProject(file);
    } catch (const Error& error) {
        QMessageBox::critical(this, tr("Cannot open project"),
                              tr("The project could not be opened.\n\n%1").arg(QString::fromStdString(error.what())));
        return false;
    }
    m_projectFile = file;
    m_model->setProject(project);
    QStringList sources;
    for (const Track& track : project.tracks)
        sources << sourceKey(track);
    sources.removeDuplicates();
    m_scanner->scan(sources);
    updateAlbumHeader();
    updateStatus();
    return true;
}

void MainWindow::updateAlbumHeader() {
    const Project& project = m_model->project();
    if (m_projectFile.empty()) {
        m_albumTitle->setText(tr("No project open"));
        m_albumDetails->setText(tr("Open a project with File ▸ Open Project…"));
        return;
    }
    const Album& album = project.album;
    const QString title = album.text.title.empty() ? QString::fromStdString(m_projectFile.stem().string())
                                                   : QString::fromStdString(album.text.title);
    setWindowTitle(tr("%1 — Lathe").arg(title));
    m_albumTitle->setText(album.text.performer.empty()
                              ? title
                              : tr("%1 — %2").arg(QString::fromStdString(album.text.performer), title));
    QStringList details;
    details << tr("%n track(s)", nullptr, static_cast<int>(project.tracks.size()));
    details << tr("%1 Hz").arg(album.sampleRate);
    details << loudnessModeText(album.loudness);
    if (!album.upcEan.empty())
        details << tr("UPC/EAN %1").arg(QString::fromStdString(album.upcEan));
    m_albumDetails->setText(details.join(QStringLiteral("  ·  ")));
}

void MainWindow::updateStatus() {
    const int tracks = m_model->rowCount();
    int measured = 0;
    for (int row = 0; row < tracks; ++row)
        measured += m_model->sourceLoudness(row).has_value() ? 1 : 0;
    statusBar()->showMessage(measured < tracks ? tr("Measuring sources: %1 of %2").arg(measured).arg(tracks)
                                               : tr("All %n source(s) measured", nullptr, tracks));
}

}  // namespace lathe::ui
