#pragma once

#include "ModuleAddress.h"

#include <QString>

class QWidget;

namespace lathe::ui {

class ModulePanel;
class PlaybackController;
class ProjectDocument;

// The editor for a module of any type; null when the address holds no module.
// `playback` (may be null) feeds the panels that show the engine's meters.
class ModulePanelFactory {
public:
    static ModulePanel* create(ProjectDocument* document, PlaybackController* playback, ModuleAddress address,
                               QWidget* parent = nullptr);
    // "Compressor", "Multiband", … for a module's parameters, translated.
    static QString typeTitle(const ModuleParameters& parameters);
    static QString typeTitle(std::string_view typeName);
    // A one-line summary of the settings ("-18.0 dB, 2.0:1"), for the module list.
    static QString summary(const Module& module);
};

}  // namespace lathe::ui
