#pragma once

#include <QListWidget>

namespace lathe::ui {

// The modules of a chain in signal order: a check box per module switches it on or
// bypasses it, drag a module to another place to reorder (a line shows where it lands),
// Delete removes it. The list only requests; the chain editor edits the document and
// rebuilds the list from it.
class ModuleListView : public QListWidget {
    Q_OBJECT
public:
    static constexpr int kRowHeight = 30;

    explicit ModuleListView(QWidget* parent = nullptr);

    // Rows: the module's title, its settings in brief, whether it is on.
    struct Row {
        QString title;
        QString summary;
        bool enabled = true;
        bool matched = false;  // bypassed with its level made up on the monitor
    };
    void setRows(const QList<Row>& rows, int selected);

signals:
    void moveRequested(int from, int to);
    void enabledToggled(int row, bool enabled);
    void removeRequested(int row);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    int dropRowAt(int y) const;

    int m_dragRow = -1;
    int m_dropRow = -1;
    QPoint m_pressPos;
    bool m_rebuilding = false;
};

}  // namespace lathe::ui
