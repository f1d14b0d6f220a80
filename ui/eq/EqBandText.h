#pragma once

#include "project/ModuleSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <array>

namespace lathe::ui {

// The words and number formats of EQ bands, shared by the curve, its menus and the panel.
class EqBandText {
    Q_DECLARE_TR_FUNCTIONS(EqBandText)
public:
    static QString shapeName(EqShape shape);
    static QString placementName(Placement placement);
    static QString frequency(double hz);   // "82.5 Hz", "2.80 kHz"
    static QString gain(double db);        // "+1.5 dB"
    // Name, frequency, then gain and Q or slope: what a hover shows.
    static QStringList summary(int number, const EqBand& band);
};

inline constexpr std::array<EqShape, 6> kEqShapes{EqShape::Bell,   EqShape::LowShelf, EqShape::HighShelf,
                                                  EqShape::LowCut, EqShape::HighCut,  EqShape::Notch};
inline constexpr std::array<Placement, 5> kPlacements{Placement::Stereo, Placement::Mid, Placement::Side,
                                                      Placement::Left, Placement::Right};

}  // namespace lathe::ui
