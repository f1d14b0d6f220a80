#include "EqBandText.h"

#include "dsp/EqBandDesign.h"

#include <cmath>

namespace lathe::ui {

QString EqBandText::shapeName(EqShape shape) {
    switch (shape) {
    case EqShape::Bell: return tr("Bell");
    case EqShape::LowShelf: return tr("Low Shelf");
    case EqShape::HighShelf: return tr("High Shelf");
    case EqShape::LowCut: return tr("Low Cut");
    case EqShape::HighCut: return tr("High Cut");
    case EqShape::Notch: return tr("Notch");
    }
    return {};
}

QString EqBandText::placementName(Placement placement) {
    switch (placement) {
    case Placement::Stereo: return tr("Stereo");
    case Placement::Mid: return tr("Mid");
    case Placement::Side: return tr("Side");
    case Placement::Left: return tr("Left");
    case Placement::Right: return tr("Right");
    }
    return {};
}

QString EqBandText::frequency(double hz) {
    if (hz >= 1000.0)
        return tr("%1 kHz").arg(hz / 1000.0, 0, 'f', hz >= 10000.0 ? 1 : 2);
    return tr("%1 Hz").arg(hz, 0, 'f', hz >= 100.0 ? 0 : 1);
}

QString EqBandText::gain(double db) {
    const double shown = std::abs(db) < 0.005 ? 0.0 : db;
    return tr("%1 dB").arg((shown > 0 ? QStringLiteral("+") : QString()) + QString::number(shown, 'f', 2));
}

QStringList EqBandText::summary(int number, const EqBand& band) {
    QStringList lines;
    QString title = QStringLiteral("%1 · %2 · %3").arg(number).arg(shapeName(band.shape), placementName(band.placement));
    if (!band.enabled)
        title = tr("%1 (off)").arg(title);
    lines << title << frequency(band.freqHz);
    const bool cut = band.shape == EqShape::LowCut || band.shape == EqShape::HighCut;
    if (EqBandDesign::hasGain(band.shape))
        lines << gain(band.gainDb);
    lines << (cut ? tr("%1 dB/oct").arg(band.slopeDbPerOctave) : tr("Q %1").arg(band.q, 0, 'f', 2));
    return lines;
}

}  // namespace lathe::ui
