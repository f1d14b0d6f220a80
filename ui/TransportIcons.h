#pragma once

#include <QIcon>

namespace lathe::ui {

enum class TransportGlyph { ToStart, Play, Pause, Stop };

// Transport symbols drawn in the theme's text colour: the style's stock media icons
// are dark grey and vanish on a dark control-room theme.
QIcon transportIcon(TransportGlyph glyph, const QColor& colour);

}  // namespace lathe::ui
