#include "PlatformTargetsPanel.h"

#include <QTableWidget>
#include <QtTest>
#include <stdexcept>

using namespace lathe::ui;

class PlatformTargetsPanelTest : public QObject {
    Q_OBJECT
private slots:
    void theEmbeddedTableHoldsTheSixServices();
    void aLoudMasterIsTurnedDownAndWarnedAbout();
    void aQuietMasterIsRaisedOnlyWhereTheServiceDoesSoAndOnlyUpToItsPeakLimit();
    void aMalformedTableNamesTheField();
};

void PlatformTargetsPanelTest::theEmbeddedTableHoldsTheSixServices() {
    const QList<PlatformTarget> targets = loadPlatformTargets();
    QStringList names;
    for (const PlatformTarget& target : targets)
        names << target.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Spotify"), QStringLiteral("Apple Music"), QStringLiteral("YouTube"),
                                 QStringLiteral("Tidal"), QStringLiteral("Amazon Music"), QStringLiteral("Deezer")}));
    QCOMPARE(targets[1].referenceLufs, -16.0);
    QCOMPARE(targets[5].referenceLufs, -15.0);
    QCOMPARE(targets[4].truePeakLimitDbtp, -2.0);
}

void PlatformTargetsPanelTest::aLoudMasterIsTurnedDownAndWarnedAbout() {
    PlatformTargetsPanel panel;
    panel.setMaster(-8.0, 0.4, QStringLiteral("test"));
    QTableWidget* table = panel.table();
    QCOMPARE(table->item(0, PlatformTargetsPanel::Gain)->text(), QStringLiteral("-6.0 dB"));
    QCOMPARE(table->item(0, PlatformTargetsPanel::Playback)->text(), QStringLiteral("-14.0 LUFS"));
    QCOMPARE(table->item(1, PlatformTargetsPanel::Gain)->text(), QStringLiteral("-8.0 dB"));
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(table->item(row, PlatformTargetsPanel::Verdict)->text().contains(QStringLiteral("TP")));
}

void PlatformTargetsPanelTest::aQuietMasterIsRaisedOnlyWhereTheServiceDoesSoAndOnlyUpToItsPeakLimit() {
    const QList<PlatformTarget> targets = loadPlatformTargets();
    // -20 LUFS with 5 dB of peak headroom to Spotify's -1 dBTP: raised by 5, not 6.
    const PlatformVerdict spotify = judge(targets[0], -20.0, -6.0);
    QCOMPARE(spotify.gainDb, 5.0);
    QCOMPARE(spotify.playbackLufs, -15.0);
    QVERIFY(!spotify.truePeakOverLimit);
    // Apple Music wants only +4 to reach -16.
    QCOMPARE(judge(targets[1], -20.0, -6.0).gainDb, 4.0);
    // YouTube never turns up.
    QCOMPARE(judge(targets[2], -20.0, -6.0).gainDb, 0.0);
    QCOMPARE(judge(targets[2], -20.0, -6.0).playbackLufs, -20.0);
    // Amazon's -2 dBTP limit: -1.5 dBTP is over it, and leaves nothing to raise.
    const PlatformVerdict amazon = judge(targets[4], -18.0, -1.5);
    QVERIFY(amazon.truePeakOverLimit);
    QCOMPARE(amazon.gainDb, 0.0);
}

void PlatformTargetsPanelTest::aMalformedTableNamesTheField() {
    const QByteArray json = R"({"platforms": [{"name": "Spotify", "reference_lufs": "loud"}]})";
    try {
        parsePlatformTargets(json, QStringLiteral("targets.json"));
        QFAIL("accepted a malformed table");
    } catch (const std::runtime_error& error) {
        QCOMPARE(QString::fromUtf8(error.what()), QStringLiteral("targets.json: platforms[0].reference_lufs: expected a number"));
    }
}

QTEST_MAIN(PlatformTargetsPanelTest)
#include "PlatformTargetsPanelTest.moc"
