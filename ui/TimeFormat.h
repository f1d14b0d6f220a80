#pragma once

#include <QString>

namespace lathe::ui {

// h:mm:ss.cc — the position a mastering engineer reads off a transport.
QString formatClock(double seconds);
// MM:SS:FF in CD frames (75 per second), as DDP and PQ sheets count.
QString formatCdFrames(double seconds);

}  // namespace lathe::ui
