#include "StudioTheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace lathe::ui {

void applyStudioTheme(QApplication& application) {
    application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    const QColor window(0x23, 0x25, 0x29);
    const QColor base(0x1a, 0x1c, 0x1f);
    const QColor alternate(0x20, 0x23, 0x27);
    const QColor text(0xe4, 0xe6, 0xea);
    const QColor dimText(0x8a, 0x90, 0x99);
    const QColor accent(0x3d, 0xa5, 0xd9);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, accent);
    palette.setColor(QPalette::PlaceholderText, dimText);
    palette.setColor(QPalette::Disabled, QPalette::Text, dimText);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, dimText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, dimText);
    application.setPalette(palette);
}

}  // namespace lathe::ui
