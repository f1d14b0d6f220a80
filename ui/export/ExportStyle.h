#pragma once

#include <QColor>
#include <QString>

class QComboBox;
class QLabel;
class QVariant;

// The export dialog's few shared looks on the studio theme (verdict colours for a
// check's status, the dimmed text of explanations) and its one widget helper.
namespace lathe::ui::exportstyle {

enum class Status { Neutral, Good, Warning, Bad };

QColor colour(Status status);
// `label` shows `text` in the status's colour, with a leading mark (✓, ⚠, ✗).
void setStatus(QLabel* label, Status status, const QString& text);
// Explanatory text: smaller and dimmed.
void makeSecondary(QLabel* label);
// A sample rate in kHz, as few digits as it needs: "44.1", "48", "88.2".
QString kilohertz(double sampleRate);
// Selects the item holding `data` without emitting a change (a refresh from the project).
void selectData(QComboBox* box, const QVariant& data);

}  // namespace lathe::ui::exportstyle
