#include "PlatformTargetsPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace lathe::ui {
namespace {

const QColor kWarning(0xff, 0x6b, 0x5b);
const QColor kTurnedDown(0xf2, 0xc1, 0x4e);
const QColor kFine(0x4f, 0xc3, 0xa1);
constexpr double kNegligibleDb = 0.05;

QString signedDb(double db) {
    if (std::fabs(db) < kNegligibleDb)
        return QStringLiteral("0.0 dB");
    return QStringLiteral("%1%2 dB").arg(db > 0 ? QStringLiteral("+") : QString()).arg(db, 0, 'f', 1);
}

}  // namespace

PlatformTargetsPanel::PlatformTargetsPanel(QWidget* parent)
    : QWidget(parent), m_targets(loadPlatformTargets()), m_table(new QTableWidget(static_cast<int>(m_targets.size()), ColumnCount)),
      m_caption(new QLabel) {
    m_table->setHorizontalHeaderLabels({tr("Platform"), tr("Reference"), tr("Playback gain"), tr("Heard at"),
                                        tr("TP limit"), tr("")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Verdict, QHeaderView::Stretch);
    for (int row = 0; row < m_targets.size(); ++row) {
        const PlatformTarget& target = m_targets[row];
        m_table->setItem(row, Platform, new QTableWidgetItem(target.name));
        m_table->setItem(row, Reference, new QTableWidgetItem(tr("%1 LUFS").arg(target.referenceLufs, 0, 'f', 0)));
        m_table->setItem(row, Limit, new QTableWidgetItem(tr("%1 dBTP").arg(target.truePeakLimitDbtp, 0, 'f', 1)));
        for (int column = Gain; column < ColumnCount; ++column)
            if (column != Limit)
                m_table->setItem(row, column, new QTableWidgetItem(QStringLiteral("—")));
        for (int column = Reference; column < Verdict; ++column)
            m_table->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_caption);
    setMaster(std::nullopt, std::nullopt, tr("Nothing measured yet."));
}

void PlatformTargetsPanel::setMaster(std::optional<double> integratedLufs, std::optional<double> truePeakDbtp,
                                     const QString& caption) {
    m_caption->setText(caption);
    for (int row = 0; row < m_targets.size(); ++row) {
        if (!integratedLufs || !truePeakDbtp) {
            for (const int column : {Gain, Playback, Verdict})
                m_table->item(row, column)->setText(QStringLiteral("—"));
            continue;
        }
        const PlatformTarget& target = m_targets[row];
        const PlatformVerdict verdict = judge(target, *integratedLufs, *truePeakDbtp);
        m_table->item(row, Gain)->setText(signedDb(verdict.gainDb));
        m_table->item(row, Gain)->setForeground(verdict.gainDb < -kNegligibleDb ? kTurnedDown : palette().text().color());
        m_table->item(row, Playback)->setText(tr("%1 LUFS").arg(verdict.playbackLufs, 0, 'f', 1));
        QTableWidgetItem* status = m_table->item(row, Verdict);
        status->setToolTip(tr("True peak %1 dBTP; %2 allows %3 dBTP")
                               .arg(*truePeakDbtp, 0, 'f', 1)
                               .arg(target.name)
                               .arg(target.truePeakLimitDbtp, 0, 'f', 1));
        if (verdict.truePeakOverLimit) {
            status->setText(tr("⚠ TP over limit"));
            status->setForeground(kWarning);
        } else if (verdict.gainDb < -kNegligibleDb) {
            status->setText(tr("turned down"));
            status->setForeground(kTurnedDown);
        } else if (verdict.gainDb > kNegligibleDb) {
            status->setText(tr("turned up"));
            status->setForeground(kFine);
        } else {
            status->setText(tr("as mastered"));
            status->setForeground(kFine);
        }
    }
}

}  // namespace lathe::ui
