#pragma once

#include <QMainWindow>
#include <filesystem>
#include <memory>

class QLabel;
class QMenu;
class QSplitter;

#include "Transport.h"

namespace lathe {
class SpectrumAnalyzer;
struct MeterFrame;
struct SpectrumFrame;
}

namespace lathe::ui {

class AlbumTimelineView;
class Autosaver;
class RecoveryStore;
class ChainEditor;
class LevelMeter;
class LoudnessPanel;
class LoudnessScanner;
class PlatformTargetsPanel;
class PlaybackController;
class ProjectDocument;
class SpectrumView;
class TrackListModel;
class TrackTableView;
class Transport;
class TransportBar;
class WaveformStore;

// The workstation window: transport and monitor switch on top, the album montage
// (timeline) over the track list in the centre, meters, loudness, spectrum and the
// streaming platforms' verdicts docked on the right. Layout, recent files and the
// last folder are remembered between sessions.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `cacheFolder`: where waveform peaks are kept (default: the user's cache folder).
    explicit MainWindow(QWidget* parent = nullptr, const std::filesystem::path& cacheFolder = {});
    ~MainWindow() override;

    // Opens a project; on failure shows a dialog naming the file and every problem
    // and keeps what was open. Returns whether it opened.
    bool openProject(const std::filesystem::path& file);
    // Validates, then saves; on failure shows the problems. Returns whether it saved.
    bool saveProjectAs(const std::filesystem::path& file);
    // Offers work autosaved by a window that did not close (called once at start);
    // returns whether it was recovered.
    bool offerRecovery();
    // Edit ▸ Preferences; applies the audio output on OK.
    void showPreferences();

    ProjectDocument* document() const { return m_document; }
    TrackListModel* trackModel() const { return m_model; }
    LoudnessScanner* scanner() const { return m_scanner; }
    WaveformStore* waveforms() const { return m_waveforms; }
    Transport* transport() const { return m_transport; }
    TransportBar* transportBar() const { return m_transportBar; }
    AlbumTimelineView* timeline() const { return m_timeline; }
    TrackTableView* trackTable() const { return m_table; }
    LoudnessPanel* loudnessPanel() const { return m_loudness; }
    PlatformTargetsPanel* platformPanel() const { return m_platforms; }
    SpectrumView* spectrumView() const { return m_spectrum; }
    LevelMeter* levelMeter() const { return m_meter; }
    PlaybackController* playback() const { return m_playback; }
    Autosaver* autosaver() const { return m_autosaver; }
    RecoveryStore* recoveryStore() const { return m_recovery.get(); }
    ChainEditor* chainEditor() const { return m_chainEditor; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void chooseAndOpenProject();
    bool save();
    bool chooseAndSaveAs();
    void chooseAndAddTracks();
    bool maybeSave();
    void rememberRecent(const std::filesystem::path& file);
    void rebuildRecentMenu();
    void restoreLayout();
    void projectChanged();
    void updateAlbumHeader();
    void updateStatus();
    void followPlayHead(double seconds);
    void showAnalysisAt(int track, double secondsIntoTrack);
    void showSpectrumAt(int track, double secondsIntoTrack);
    void showLevelsAt(int track, double secondsIntoTrack);
    void showMeterFrame(const MeterFrame& frame);
    void showSpectrumFrame(const SpectrumFrame& frame);
    int currentTrack() const;

    ProjectDocument* m_document;
    std::unique_ptr<RecoveryStore> m_recovery;
    Autosaver* m_autosaver;
    TrackListModel* m_model;
    LoudnessScanner* m_scanner;
    WaveformStore* m_waveforms;
    Transport* m_transport;
    PlaybackController* m_playback;
    TransportBar* m_transportBar;
    AlbumTimelineView* m_timeline;
    TrackTableView* m_table;
    QSplitter* m_splitter;
    LevelMeter* m_meter;
    LoudnessPanel* m_loudness;
    SpectrumView* m_spectrum;
    PlatformTargetsPanel* m_platforms;
    ChainEditor* m_chainEditor;
    QLabel* m_albumTitle;
    QLabel* m_albumDetails;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    std::unique_ptr<SpectrumAnalyzer> m_analyzer;
    int m_shownTrack = -1;
    int m_playHeadTrack = -1;  // the track under the play head, as last followed
};

}  // namespace lathe::ui
