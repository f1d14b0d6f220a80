#include "DemoSession.h"
#include "TimeFormat.h"
#include "Transport.h"
#include "TransportBar.h"

#include <QLabel>
#include <QToolButton>

using namespace lathe;

class TransportBarTest : public QObject {
    Q_OBJECT
private slots:
    void keysAndButtonsSwitchWhatIsHeardAndSayItPlainly();
    void theClockShowsThePlayHeadAndCdFrames();
    void formatsTimeLikeATransport();
};

void TransportBarTest::keysAndButtonsSwitchWhatIsHeardAndSayItPlainly() {
    test::DemoSession session;
    QVERIFY(session.open());
    QVERIFY(QTest::qWaitForWindowActive(&session.window));
    ui::Transport* transport = session.window.transport();
    ui::TransportBar* bar = session.window.transportBar();
    QCOMPARE(transport->monitor(), ui::MonitorSource::Master);

    QTest::keyClick(&session.window, Qt::Key_A);
    QCOMPARE(transport->monitor(), ui::MonitorSource::Mix);
    QVERIFY(bar->hearingLabel()->text().contains(QStringLiteral("MIX")));
    QVERIFY(bar->monitorAction(ui::MonitorSource::Mix)->isChecked());

    QTest::keyClick(&session.window, Qt::Key_D);
    QCOMPARE(transport->monitor(), ui::MonitorSource::Delta);
    QVERIFY(bar->hearingLabel()->text().contains(QStringLiteral("DELTA")));
    QVERIFY(!bar->monitorAction(ui::MonitorSource::Mix)->isChecked());

    QToolButton* masterButton = nullptr;
    for (QToolButton* button : bar->findChildren<QToolButton*>())
        if (button->defaultAction() == bar->monitorAction(ui::MonitorSource::Master))
            masterButton = button;
    QVERIFY(masterButton);
    QTest::mouseClick(masterButton, Qt::LeftButton);
    QCOMPARE(transport->monitor(), ui::MonitorSource::Master);
    QVERIFY(bar->hearingLabel()->text().contains(QStringLiteral("MASTER")));
    // The label wears the source's colour, so A and B never look alike.
    QVERIFY(bar->hearingLabel()->styleSheet().contains(ui::TransportBar::monitorColour(ui::MonitorSource::Master).name()));

    QTest::keyClick(&session.window, Qt::Key_L);
    QVERIFY(transport->isLooping());
}

void TransportBarTest::theClockShowsThePlayHeadAndCdFrames() {
    test::DemoSession session;
    QVERIFY(session.open());
    session.window.transport()->seek(83.52);
    const QList<QLabel*> labels = session.window.transportBar()->findChildren<QLabel*>();
    QStringList texts;
    for (const QLabel* label : labels)
        texts << label->text();
    QVERIFY2(texts.contains(QStringLiteral("0:01:23.52")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("01:23:39")), qPrintable(texts.join(QLatin1Char('|'))));
}

void TransportBarTest::formatsTimeLikeATransport() {
    QCOMPARE(ui::formatClock(0.0), QStringLiteral("0:00:00.00"));
    QCOMPARE(ui::formatClock(3723.456), QStringLiteral("1:02:03.45"));
    QCOMPARE(ui::formatCdFrames(2.0), QStringLiteral("00:02:00"));
    QCOMPARE(ui::formatCdFrames(61.0 + 74.0 / 75.0), QStringLiteral("01:01:74"));
}

QTEST_MAIN(TransportBarTest)
#include "TransportBarTest.moc"
