#include "TrackTableView.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeData>
#include <QPainter>

namespace lathe::ui {
namespace {

const QColor kDropLine(0xf2, 0xc1, 0x4e);

}  // namespace

TrackTableView::TrackTableView(QWidget* parent) : QTableView(parent) {
    setAcceptDrops(true);
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setDragDropMode(DropOnly);
    setEditTriggers(NoEditTriggers);
}

QStringList TrackTableView::audioFileFilters() {
    return {QStringLiteral("*.wav"), QStringLiteral("*.flac"), QStringLiteral("*.aif"), QStringLiteral("*.aiff"),
            QStringLiteral("*.w64"), QStringLiteral("*.rf64"), QStringLiteral("*.caf"), QStringLiteral("*.ogg"),
            QStringLiteral("*.mp3")};
}

// The row a drop at `y` inserts before (rowCount() = after the last).
int TrackTableView::dropRowAt(int y) const {
    const int row = rowAt(y);
    if (row < 0)
        return y < 0 ? 0 : model()->rowCount();
    const QRect rect = visualRect(model()->index(row, 0));
    return y > rect.center().y() ? row + 1 : row;
}

void TrackTableView::mousePressEvent(QMouseEvent* event) {
    QTableView::mousePressEvent(event);
    if (event->button() == Qt::LeftButton && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))) {
        m_dragRow = rowAt(event->position().toPoint().y());
        m_pressPos = event->position().toPoint();
    }
}

void TrackTableView::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragRow < 0 || !(event->buttons() & Qt::LeftButton)) {
        QTableView::mouseMoveEvent(event);
        return;
    }
    if ((event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dropRow = dropRowAt(event->position().toPoint().y());
    viewport()->update();
}

void TrackTableView::mouseReleaseEvent(QMouseEvent* event) {
    QTableView::mouseReleaseEvent(event);
    if (m_dragRow >= 0 && m_dropRow >= 0) {
        // Inserting before `m_dropRow` after taking the row out shifts later rows up.
        const int to = m_dropRow > m_dragRow ? m_dropRow - 1 : m_dropRow;
        if (to != m_dragRow) {
            const int from = m_dragRow;
            emit moveRequested(from, to);
            selectRow(to);
        }
    }
    m_dragRow = -1;
    m_dropRow = -1;
    viewport()->update();
}

void TrackTableView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        QList<int> rows;
        for (const QModelIndex& index : selectionModel()->selectedRows())
            rows << index.row();
        if (!rows.isEmpty())
            emit removeRequested(rows);
        return;
    }
    QTableView::keyPressEvent(event);
}

QStringList TrackTableView::audioFiles(const QMimeData* mime) {
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QStringList filters = audioFileFilters();
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QString suffix = QStringLiteral("*.") + QFileInfo(path).suffix().toLower();
        if (filters.contains(suffix))
            files << path;
    }
    return files;
}

void TrackTableView::dragEnterEvent(QDragEnterEvent* event) {
    if (!audioFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void TrackTableView::dragMoveEvent(QDragMoveEvent* event) {
    if (audioFiles(event->mimeData()).isEmpty())
        return;
    m_dropRow = dropRowAt(event->position().toPoint().y());
    viewport()->update();
    event->acceptProposedAction();
}

void TrackTableView::dropEvent(QDropEvent* event) {
    const QStringList files = audioFiles(event->mimeData());
    const int row = dropRowAt(event->position().toPoint().y());
    m_dropRow = -1;
    viewport()->update();
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    emit filesDropped(row, files);
}

void TrackTableView::paintEvent(QPaintEvent* event) {
    QTableView::paintEvent(event);
    if (m_dropRow < 0 || model()->rowCount() == 0)
        return;
    const bool after = m_dropRow >= model()->rowCount();
    const QRect rect = visualRect(model()->index(after ? model()->rowCount() - 1 : m_dropRow, 0));
    const int y = after ? rect.bottom() : rect.top();
    QPainter painter(viewport());
    painter.fillRect(QRect(0, y - 1, viewport()->width(), 3), kDropLine);
}

}  // namespace lathe::ui
