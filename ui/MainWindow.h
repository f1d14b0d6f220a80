#pragma once

#include <QMainWindow>
#include <filesystem>

class QLabel;
class QTableView;

namespace lathe::ui {

class LoudnessScanner;
class TrackListModel;

// The workstation window: the album's header, its sequenced tracks with their
// measured loudness, and the menus that open projects.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project; on failure shows a dialog naming the file and every problem
    // and keeps what was open. Returns whether it opened.
    bool openProject(const std::filesystem::path& file);

    TrackListModel* trackModel() const { return m_model; }
    LoudnessScanner* scanner() const { return m_scanner; }
    QTableView* trackTable() const { return m_table; }

private:
    void createMenus();
    void chooseAndOpenProject();
    void updateAlbumHeader();
    void updateStatus();

    TrackListModel* m_model;
    LoudnessScanner* m_scanner;
    QTableView* m_table;
    QLabel* m_albumTitle;
    QLabel* m_albumDetails;
    std::filesystem::path m_projectFile;
};

}  // namespace lathe::ui
