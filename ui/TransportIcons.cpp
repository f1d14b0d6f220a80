#include "TransportIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace lathe::ui {
namespace {

constexpr int kSize = 64;  // drawn large, scaled down crisply by QIcon

QPainterPath glyphPath(TransportGlyph glyph) {
    QPainterPath path;
    const double m = kSize * 0.2;   // margin
    const double e = kSize - m;     // far edge
    switch (glyph) {
    case TransportGlyph::Play:
        path.moveTo(m + 4, m);
        path.lineTo(e, kSize / 2.0);
        path.lineTo(m + 4, e);
        path.closeSubpath();
        break;
    case TransportGlyph::Pause:
        path.addRect(QRectF(m + 2, m, kSize * 0.18, e - m));
        path.addRect(QRectF(e - 2 - kSize * 0.18, m, kSize * 0.18, e - m));
        break;
    case TransportGlyph::Stop: path.addRect(QRectF(m + 2, m + 2, e - m - 4, e - m - 4)); break;
    case TransportGlyph::ToStart:
        path.addRect(QRectF(m, m, kSize * 0.1, e - m));
        path.moveTo(e, m);
        path.lineTo(m + kSize * 0.12, kSize / 2.0);
        path.lineTo(e, e);
        path.closeSubpath();
        break;
    }
    return path;
}

QPixmap render(TransportGlyph glyph, const QColor& colour) {
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(glyphPath(glyph), colour);
    return pixmap;
}

}  // namespace

QIcon transportIcon(TransportGlyph glyph, const QColor& colour) {
    QIcon icon;
    icon.addPixmap(render(glyph, colour), QIcon::Normal);
    QColor disabled = colour;
    disabled.setAlphaF(0.35);
    icon.addPixmap(render(glyph, disabled), QIcon::Disabled);
    return icon;
}

}  // namespace lathe::ui
