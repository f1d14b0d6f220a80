#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;

namespace lathe {
struct Project;
}

namespace lathe::ui {

class ProjectDocument;

// The CD master's settings: the album's CD-Text and catalogue number (UPC/EAN, checked
// as it is typed) and per track its title, performer, ISRC (checked as typed) and
// pregap. Every change is an undoable edit of the project, saved in the .lathe.
class DdpExportPage : public QWidget {
    Q_OBJECT
public:
    enum Column { Number, Title, Performer, Isrc, Pregap, ColumnCount };

    explicit DdpExportPage(ProjectDocument* document, QWidget* parent = nullptr);

    QTableWidget* trackTable() const { return m_tracks; }
    QLineEdit* albumField(const char* key) const;  // "title", "performer", ..., "upc_ean"

private:
    void refresh();
    void refreshTracks(const Project& project);
    void trackEdited(QTableWidgetItem* item);
    QLineEdit* addAlbumField(const char* key, const QString& placeholder);

    ProjectDocument* m_document;
    QList<QLineEdit*> m_albumFields;
    QLabel* m_catalogStatus;
    QLabel* m_cdTextStatus;
    QTableWidget* m_tracks;
    bool m_refreshing = false;
};

}  // namespace lathe::ui
