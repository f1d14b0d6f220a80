#pragma once

class QApplication;

namespace lathe::ui {

// A dark, high-contrast palette for long sessions in a dim control room: meters and
// waveforms carry the colour, the chrome stays neutral grey.
void applyStudioTheme(QApplication& application);

}  // namespace lathe::ui
