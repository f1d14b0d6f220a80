#include "TransportBar.h"

#include "TimeFormat.h"
#include "TransportIcons.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace lathe::ui {
namespace {

constexpr int kClockPointSize = 20;
constexpr int kHearingPointSize = 13;
constexpr int kButtonSize = 34;
constexpr int kMonitorButtonWidth = 74;

QToolButton* buttonFor(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(false);
    button->setMinimumSize(kButtonSize, kButtonSize);
    button->setIconSize(QSize(kButtonSize / 2, kButtonSize / 2));
    return button;
}

}  // namespace

QColor TransportBar::monitorColour(MonitorSource source) {
    switch (source) {
    case MonitorSource::Mix: return {0x3d, 0xa5, 0xd9};
    case MonitorSource::Master: return {0xf0, 0x9a, 0x36};
    case MonitorSource::Delta: return {0xc0, 0x6b, 0xe8};
    }
    return {};
}

QString TransportBar::monitorName(MonitorSource source) {
    switch (source) {
    case MonitorSource::Mix: return tr("A · MIX");
    case MonitorSource::Master: return tr("B · MASTER");
    case MonitorSource::Delta: return tr("Δ · DELTA (B − A)");
    }
    return {};
}

TransportBar::TransportBar(Transport* transport, QWidget* parent)
    : QWidget(parent), m_transport(transport), m_monitorGroup(new QActionGroup(this)), m_clock(new QLabel),
      m_cdFrames(new QLabel), m_hearing(new QLabel) {
    const QColor glyph = palette().color(QPalette::ButtonText);
    m_toStart = new QAction(transportIcon(TransportGlyph::ToStart, glyph), tr("To start"), this);
    m_toStart->setShortcut(Qt::Key_Home);
    m_play = new QAction(transportIcon(TransportGlyph::Play, glyph), tr("Play/Pause"), this);
    m_play->setShortcut(Qt::Key_Space);
    m_stop = new QAction(transportIcon(TransportGlyph::Stop, glyph), tr("Stop"), this);
    m_loop = new QAction(tr("Loop"), this);
    m_loop->setCheckable(true);
    m_loop->setShortcut(Qt::Key_L);
    m_loop->setToolTip(tr("Loop the region dragged in the ruler (L)"));
    for (QAction* action : {m_toStart, m_play, m_stop, m_loop})
        action->setShortcutContext(Qt::WindowShortcut);

    connect(m_toStart, &QAction::triggered, transport, [transport] { transport->seek(0.0); });
    connect(m_play, &QAction::triggered, transport, &Transport::togglePlay);
    connect(m_stop, &QAction::triggered, transport, &Transport::stop);
    connect(m_loop, &QAction::toggled, transport, &Transport::setLooping);
    connect(transport, &Transport::loopChanged, this, [this] {
        const QSignalBlocker block(m_loop);
        m_loop->setChecked(m_transport->isLooping());
    });

    const std::array<std::pair<MonitorSource, Qt::Key>, 3> sources{
        {{MonitorSource::Mix, Qt::Key_A}, {MonitorSource::Master, Qt::Key_B}, {MonitorSource::Delta, Qt::Key_D}}};
    const QStringList labels{tr("A  Mix"), tr("B  Master"), tr("Δ  Delta")};
    const QStringList tips{tr("Hear the mix, loudness-matched to the master (A)"), tr("Hear the master (B)"),
                           tr("Hear only what mastering changes: master minus mix (D)")};
    for (std::size_t i = 0; i < sources.size(); ++i) {
        auto* action = new QAction(labels[static_cast<int>(i)], this);
        action->setCheckable(true);
        action->setShortcut(sources[i].second);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(tips[static_cast<int>(i)]);
        action->setData(static_cast<int>(sources[i].first));
        m_monitorGroup->addAction(action);
        m_monitor << action;
        const MonitorSource source = sources[i].first;
        connect(action, &QAction::triggered, transport, [transport, source] { transport->setMonitor(source); });
    }

    QFont clockFont(QStringLiteral("monospace"));
    clockFont.setStyleHint(QFont::Monospace);
    clockFont.setPointSize(kClockPointSize);
    clockFont.setBold(true);
    m_clock->setFont(clockFont);
    m_clock->setToolTip(tr("Play head (h:mm:ss.hundredths)"));
    QFont cdFont = clockFont;
    cdFont.setPointSize(kClockPointSize / 2);
    cdFont.setBold(false);
    m_cdFrames->setFont(cdFont);
    m_cdFrames->setToolTip(tr("Play head in CD frames (minutes:seconds:frames, 75 frames per second)"));
    m_cdFrames->setForegroundRole(QPalette::PlaceholderText);
    QFont hearingFont = font();
    hearingFont.setPointSize(kHearingPointSize);
    hearingFont.setBold(true);
    m_hearing->setFont(hearingFont);
    m_hearing->setAlignment(Qt::AlignCenter);
    m_hearing->setMinimumWidth(m_hearing->fontMetrics().horizontalAdvance(monitorName(MonitorSource::Delta)) + 24);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    for (QAction* action : {m_toStart, m_play, m_stop})
        layout->addWidget(buttonFor(action, this));
    QToolButton* loop = buttonFor(m_loop, this);
    loop->setMinimumWidth(kMonitorButtonWidth * 2 / 3);
    layout->addWidget(loop);
    layout->addSpacing(16);
    auto* clocks = new QVBoxLayout;
    clocks->setSpacing(0);
    clocks->addWidget(m_clock);
    clocks->addWidget(m_cdFrames);
    layout->addLayout(clocks);
    layout->addStretch(1);
    for (QAction* action : m_monitor) {
        QToolButton* button = buttonFor(action, this);
        button->setMinimumWidth(kMonitorButtonWidth);
        const QColor colour = monitorColour(static_cast<MonitorSource>(action->data().toInt()));
        button->setStyleSheet(QStringLiteral("QToolButton { font-weight: bold; padding: 4px 10px; }"
                                             "QToolButton:checked { background: %1; color: #101214;"
                                             " border: 1px solid %2; border-radius: 3px; }")
                                  .arg(colour.name(), colour.lighter(130).name()));
        layout->addWidget(button);
    }
    layout->addSpacing(12);
    layout->addWidget(m_hearing);

    connect(transport, &Transport::positionChanged, this, &TransportBar::showPosition);
    connect(transport, &Transport::monitorChanged, this, &TransportBar::showMonitor);
    connect(transport, &Transport::playingChanged, this, &TransportBar::showPlaying);
    connect(transport, &Transport::canPlayChanged, this, [this](bool canPlay) {
        m_play->setEnabled(canPlay);
        m_play->setToolTip(canPlay ? tr("Play/Pause (Space)") : tr("Playback unavailable"));
    });
    m_play->setEnabled(transport->canPlay());
    m_play->setToolTip(transport->canPlay() ? tr("Play/Pause (Space)") : tr("Playback unavailable"));
    showPosition(transport->position());
    showMonitor(transport->monitor());
}

QList<QAction*> TransportBar::shortcutActions() const {
    QList<QAction*> actions{m_toStart, m_play, m_stop, m_loop};
    actions << m_monitor;
    return actions;
}

QAction* TransportBar::monitorAction(MonitorSource source) const {
    for (QAction* action : m_monitor)
        if (static_cast<MonitorSource>(action->data().toInt()) == source)
            return action;
    return nullptr;
}

void TransportBar::showPosition(double seconds) {
    m_clock->setText(formatClock(seconds));
    m_cdFrames->setText(tr("CD %1").arg(formatCdFrames(seconds)));
}

void TransportBar::showMonitor(MonitorSource source) {
    if (QAction* action = monitorAction(source))
        action->setChecked(true);
    const QColor colour = monitorColour(source);
    m_hearing->setText(tr("Hearing %1").arg(monitorName(source)));
    m_hearing->setStyleSheet(QStringLiteral("QLabel { color: #101214; background: %1; border-radius: 4px;"
                                            " padding: 6px 10px; }")
                                 .arg(colour.name()));
}

void TransportBar::showPlaying(bool playing) {
    m_play->setIcon(transportIcon(playing ? TransportGlyph::Pause : TransportGlyph::Play,
                                  palette().color(QPalette::ButtonText)));
}

}  // namespace lathe::ui
