#include "ParameterPanel.h"

#include "PlaybackController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lathe::ui {

ParameterPanel::ParameterPanel(ProjectDocument* document, ModuleAddress address, PlaybackController* playback,
                               QWidget* parent)
    : ModulePanel(document, address, parent), m_playback(playback) {
    if (playback) {
        connect(playback, &PlaybackController::meterFrame, this, &ParameterPanel::showMeterFrame);
        connect(playback, &PlaybackController::spectrumFrame, this,
                &ParameterPanel::showSpectrumFrame);
    }
}

ParameterControl* ParameterPanel::bindParameter(const ParameterSpec& spec, Field field) {
    auto* control = new ParameterControl(spec, this);
    connect(control, &ParameterControl::valueEdited, this,
            [this, control, field](double value, int mergeKey) {
                editField(control->spec().name, field, value, mergeKey);
            });
    m_controls.push_back(control);
    m_bindings.push_back({control, std::move(field)});
    if (const Module* current = module()) {
        Module copy = *current;
        if (double* value = m_bindings.back().field(copy))
            control->setValue(*value);
    }
    return control;
}

ParameterControl* ParameterPanel::control(const QString& name) const {
    for (ParameterControl* control : m_controls)
        if (control->spec().name == name)
            return control;
    return nullptr;
}

void ParameterPanel::editField(const QString& name, const Field& field, double value, int mergeKey) {
    editModule(
        tr("Set %1").arg(name),
        [&field, value](Module& edited) {
            if (double* number = field(edited))
                *number = value;
        },
        mergeKey);
}

void ParameterPanel::refresh(const Module& module) {
    Module copy = module;  // the fields hand out mutable pointers
    for (const Binding& binding : m_bindings) {
        const double* value = binding.field(copy);
        binding.control->setEnabled(value != nullptr);
        if (value)
            binding.control->setValue(*value);
    }
    refreshDetails(module);
}

void ParameterPanel::refreshDetails(const Module&) {}
void ParameterPanel::showMeterFrame(const MeterFrame&) {}
void ParameterPanel::showSpectrumFrame(const SpectrumFrame&) {}

QHBoxLayout* ParameterPanel::knobRow() {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->setSpacing(4);
    column->addLayout(row);
    column->addStretch(1);
    return row;
}

QWidget* ParameterPanel::sectionLabel(const QString& text) {
    auto* label = new QLabel(text.toUpper());
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    font.setBold(true);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

}  // namespace lathe::ui
