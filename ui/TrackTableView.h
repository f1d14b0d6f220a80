#pragma once

#include <QTableView>

namespace lathe::ui {

// The track list: drag a row to another place to re-sequence the album (the drop
// line shows where it lands), drop audio files from a file manager to add tracks,
// Delete removes the selected tracks.
class TrackTableView : public QTableView {
    Q_OBJECT
public:
    explicit TrackTableView(QWidget* parent = nullptr);

    static QStringList audioFileFilters();

signals:
    void moveRequested(int from, int to);
    void filesDropped(int row, const QStringList& files);
    void removeRequested(const QList<int>& rows);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    int dropRowAt(int y) const;
    static QStringList audioFiles(const QMimeData* mime);

    int m_dragRow = -1;
    int m_dropRow = -1;
    QPoint m_pressPos;
};

}  // namespace lathe::ui
