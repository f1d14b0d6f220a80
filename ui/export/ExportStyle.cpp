#include "export/ExportStyle.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>

namespace lathe::ui::exportstyle {

QColor colour(Status status) {
    switch (status) {
    case Status::Good: return {0x5c, 0xc2, 0x7a};
    case Status::Warning: return {0xe0, 0xb3, 0x4a};
    case Status::Bad: return {0xef, 0x64, 0x61};
    case Status::Neutral: break;
    }
    return {0x8a, 0x90, 0x99};
}

void setStatus(QLabel* label, Status status, const QString& text) {
    static const QString kMarks[] = {QString(), QStringLiteral("\u2713 "), QStringLiteral("\u26a0 "),
                                     QStringLiteral("\u2717 ")};
    label->setText(kMarks[static_cast<int>(status)] + text);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colour(status).name()));
}

void makeSecondary(QLabel* label) {
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colour(Status::Neutral).name()));
}

QString kilohertz(double sampleRate) {
    constexpr double kHzPerKhz = 1000.0;
    return QString::number(sampleRate / kHzPerKhz, 'g', 4);
}

void selectData(QComboBox* box, const QVariant& data) {
    const QSignalBlocker blocker(box);
    box->setCurrentIndex(box->findData(data));
}

}  // namespace lathe::ui::exportstyle
