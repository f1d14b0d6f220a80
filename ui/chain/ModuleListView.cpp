#include "ModuleListView.h"

#include "ChainColours.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace lathe::ui {
namespace {

const QColor kDropLine(0xf2, 0xc1, 0x4e);
constexpr int kSummaryRole = Qt::UserRole + 1;
constexpr int kMatchedRole = Qt::UserRole + 2;

// Title left (dimmed and struck through when bypassed), the summary right in grey.
class ModuleDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        const QString title = base.text;
        base.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, option.widget);
        const bool enabled = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        const QRect text = QApplication::style()
                               ->subElementRect(QStyle::SE_ItemViewItemText, &base, option.widget)
                               .adjusted(4, 0, -6, 0);
        painter->save();
        QFont font = option.font;
        font.setBold(enabled);
        font.setStrikeOut(!enabled);
        painter->setFont(font);
        const bool selected = option.state & QStyle::State_Selected;
        const QColor bright =
            selected ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Text);
        const QColor dim = selected ? bright : option.palette.color(QPalette::PlaceholderText);
        painter->setPen(enabled ? bright : dim);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, title);
        const int titleWidth = QFontMetrics(font).horizontalAdvance(title) + 12;
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        painter->setFont(small);
        painter->setPen(dim);
        QString summary = index.data(kSummaryRole).toString();
        if (!enabled)
            summary = index.data(kMatchedRole).toBool() ? ModuleListView::tr("bypassed, level matched")
                                                        : ModuleListView::tr("bypassed");
        const QRect right = text.adjusted(titleWidth, 0, 0, 0);
        painter->drawText(right, Qt::AlignRight | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(summary, Qt::ElideLeft, right.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(ModuleListView::kRowHeight);
        return size;
    }
};

}  // namespace

ModuleListView::ModuleListView(QWidget* parent) : QListWidget(parent) {
    setItemDelegate(new ModuleDelegate(this));
    setSelectionMode(SingleSelection);
    setDragDropMode(NoDragDrop);
    setUniformItemSizes(true);
    setToolTip(
        tr("Signal flows top to bottom. Tick to switch a module on, untick to bypass it; drag to reorder; "
           "Delete removes"));
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_rebuilding)
            emit enabledToggled(row(item), item->checkState() == Qt::Checked);
    });
}

void ModuleListView::setRows(const QList<Row>& rows, int selected) {
    m_rebuilding = true;
    const QSignalBlocker blocker(this);
    while (count() > rows.size())
        delete takeItem(count() - 1);
    for (int i = 0; i < rows.size(); ++i) {
        QListWidgetItem* item = i < count() ? this->item(i) : new QListWidgetItem(this);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setText(QStringLiteral("%1  %2").arg(i + 1).arg(rows[i].title));
        item->setData(kSummaryRole, rows[i].summary);
        item->setData(kMatchedRole, rows[i].matched);
        item->setCheckState(rows[i].enabled ? Qt::Checked : Qt::Unchecked);
    }
    setCurrentRow(selected);
    m_rebuilding = false;
    viewport()->update();
}

int ModuleListView::dropRowAt(int y) const {
    const QModelIndex index = indexAt(QPoint(4, y));
    if (!index.isValid())
        return y < 0 ? 0 : count();
    const QRect rect = visualRect(index);
    return y > rect.center().y() ? index.row() + 1 : index.row();
}

void ModuleListView::mousePressEvent(QMouseEvent* event) {
    QListWidget::mousePressEvent(event);
    if (event->button() == Qt::LeftButton) {
        m_dragRow = indexAt(event->position().toPoint()).row();
        m_pressPos = event->position().toPoint();
    }
}

void ModuleListView::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragRow < 0 || !(event->buttons() & Qt::LeftButton)) {
        QListWidget::mouseMoveEvent(event);
        return;
    }
    if ((event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dropRow = dropRowAt(event->position().toPoint().y());
    viewport()->update();
}

void ModuleListView::mouseReleaseEvent(QMouseEvent* event) {
    QListWidget::mouseReleaseEvent(event);
    if (m_dragRow >= 0 && m_dropRow >= 0) {
        // Inserting before `m_dropRow` after taking the row out shifts later rows up.
        const int to = m_dropRow > m_dragRow ? m_dropRow - 1 : m_dropRow;
        if (to != m_dragRow)
            emit moveRequested(m_dragRow, to);
    }
    m_dragRow = -1;
    m_dropRow = -1;
    viewport()->update();
}

void ModuleListView::keyPressEvent(QKeyEvent* event) {
    if ((event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) && currentRow() >= 0) {
        emit removeRequested(currentRow());
        return;
    }
    QListWidget::keyPressEvent(event);
}

void ModuleListView::paintEvent(QPaintEvent* event) {
    QListWidget::paintEvent(event);
    QPainter painter(viewport());
    if (count() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No modules. Add one with +."));
        return;
    }
    if (m_dropRow < 0)
        return;
    const bool after = m_dropRow >= count();
    const QRect rect = visualRect(model()->index(after ? count() - 1 : m_dropRow, 0));
    const int y = after ? rect.bottom() : rect.top();
    painter.fillRect(QRect(0, y - 1, viewport()->width(), 3), kDropLine);
}

}  // namespace lathe::ui
