#pragma once

#include "ModulePanel.h"
#include "ParameterControl.h"

#include <functional>
#include <vector>

class QHBoxLayout;

namespace lathe {
struct MeterFrame;
struct SpectrumFrame;
}  // namespace lathe

namespace lathe::ui {

class PlaybackController;

// A ModulePanel made of ParameterControls, each bound to one number of the module: the
// control shows it after every document change and writes it back as an undoable edit
// (a drag's steps merged into one undo step). Panels that show the engine's meters get
// the playback controller (null in views that have none).
class ParameterPanel : public ModulePanel {
    Q_OBJECT
public:
    // Where the number lives in a module; nullptr when the module is not of that kind.
    using Field = std::function<double*(Module&)>;

    ParameterPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback,
                   QWidget* parent = nullptr);

    template <typename Settings>
    static Field field(double Settings::*member) {
        return [member](Module& module) -> double* {
            auto* settings = std::get_if<Settings>(&module.parameters);
            return settings ? &(settings->*member) : nullptr;
        };
    }

    // A new control for `spec` that edits `field`.
    ParameterControl* bindParameter(const ParameterSpec& spec, Field field);
    // Every bound control, in creation order (for tests and layout).
    const std::vector<ParameterControl*>& controls() const { return m_controls; }
    ParameterControl* control(const QString& name) const;

    PlaybackController* playback() const { return m_playback; }
    // One undoable edit of something that is not a bound number (a choice, a switch).
    void editDetail(const QString& description, const std::function<void(Module&)>& change) {
        editModule(description, change);
    }

    // Public so that the factory's tests can feed frames without an engine.
    virtual void showMeterFrame(const MeterFrame& frame);
    virtual void showSpectrumFrame(const SpectrumFrame& frame);

protected:
    void refresh(const Module& module) final;
    // What else the panel shows (choices, meters' scales); called after the controls.
    virtual void refreshDetails(const Module& module);
    // Edits one bound number (also what the controls call).
    void editField(const QString& name, const Field& field, double value, int mergeKey);
    // A row for knobs at the panel's top left (the rest of the panel stays empty).
    QHBoxLayout* knobRow();
    // A heading for a group of controls.
    static QWidget* sectionLabel(const QString& text);

private:
    struct Binding {
        ParameterControl* control;
        Field field;
    };
    PlaybackController* m_playback;
    std::vector<ParameterControl*> m_controls;
    std::vector<Binding> m_bindings;
};

}  // namespace lathe::ui
