#include "EqSummaryPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lathe::ui {
namespace {

QString shapeName(EqShape shape) {
    switch (shape) {
    case EqShape::Bell: return EqSummaryPanel::tr("Bell");
    case EqShape::LowShelf: return EqSummaryPanel::tr("Low shelf");
    case EqShape::HighShelf: return EqSummaryPanel::tr("High shelf");
    case EqShape::LowCut: return EqSummaryPanel::tr("Low cut");
    case EqShape::HighCut: return EqSummaryPanel::tr("High cut");
    case EqShape::Notch: return EqSummaryPanel::tr("Notch");
    }
    return {};
}

}  // namespace

EqSummaryPanel::EqSummaryPanel(ProjectDocument* document, ModuleAddress address, QWidget* parent)
    : ModulePanel(document, address, parent), m_text(new QLabel) {
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
    refreshNow();
}

void EqSummaryPanel::refresh(const Module& module) {
    const auto* eq = std::get_if<EqSettings>(&module.parameters);
    if (!eq)
        return;
    QString rows;
    for (const EqBand& band : eq->bands)
        rows += QStringLiteral(
                    "<tr><td>%1</td><td align=right>&nbsp;%2 Hz</td><td align=right>&nbsp;%3 dB</td>"
                    "<td align=right>&nbsp;Q %4</td><td>&nbsp;%5</td></tr>")
                    .arg(shapeName(band.shape))
                    .arg(band.freqHz, 0, 'f', 0)
                    .arg(band.gainDb, 0, 'f', 1)
                    .arg(band.q, 0, 'f', 2)
                    .arg(band.enabled ? QString() : tr("(off)"));
    const QString phase = eq->phase == EqPhase::Linear ? tr("Linear phase") : tr("Minimum phase");
    m_text->setText(eq->bands.empty() ? tr("No bands.") + QStringLiteral(" ") + phase
                                      : QStringLiteral("<p>%1</p><table>%2</table>").arg(phase, rows));
}

}  // namespace lathe::ui
