#pragma once

#include <QColor>

// The colours of the chain editor's own drawings (knobs, reduction meters, the crossover
// view), matched to the studio theme's accent and the level meter's.
namespace lathe::ui::chain_colours {

inline const QColor kPlot(0x12, 0x14, 0x16);
inline const QColor kGrid(0x2c, 0x30, 0x35);
inline const QColor kScale(0x8a, 0x90, 0x99);
inline const QColor kAccent(0x3d, 0xa5, 0xd9);
inline const QColor kKnobFace(0x30, 0x33, 0x38);
inline const QColor kKnobTrack(0x18, 0x1a, 0x1d);
inline const QColor kReduction(0xe8, 0xa3, 0x3d);
inline const QColor kSpectrum(0x5d, 0x6a, 0x78);
inline const QColor kHandle(0xf2, 0xc1, 0x4e);

// A distinct hue per multiband band, low to high.
inline QColor bandColour(int band) {
    static const QColor colours[] = {QColor(0xd9, 0x5d, 0x5d), QColor(0xe0, 0xa6, 0x3d),
                                     QColor(0x6c, 0xbf, 0x6a), QColor(0x3d, 0xa5, 0xd9),
                                     QColor(0xa0, 0x7c, 0xe0)};
    return colours[static_cast<unsigned>(band) % (sizeof colours / sizeof colours[0])];
}

}  // namespace lathe::ui::chain_colours
