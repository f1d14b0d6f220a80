#include "DemoSession.h"
#include "LoudnessScanner.h"
#include "MainWindow.h"
#include "TrackListModel.h"

#include "analysis/FileAnalyzer.h"
#include "demo/DemoAlbumWriter.h"
#include "project/ProjectFile.h"
#include "support/TempDir.h"

#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace lathe;

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void listsTheDemoAlbumWithMeasuredLoudness();
    void aBrokenProjectIsRefusedWithADialog();
};

void MainWindowTest::listsTheDemoAlbumWithMeasuredLoudness() {
    const auto demoProject = test::sharedDemoAlbum().project;
    const Project project = loadProject(demoProject);

    test::TempDir dir;
    ui::MainWindow window(nullptr, dir / "peaks");
    QVERIFY(window.openProject(demoProject));
    window.scanner()->waitForDone();
    QTRY_VERIFY(window.trackModel()->sourceLoudness(window.trackModel()->rowCount() - 1).has_value());

    ui::TrackListModel* model = window.trackModel();
    QCOMPARE(model->rowCount(), static_cast<int>(project.tracks.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const Track& track = project.tracks[static_cast<std::size_t>(row)];
        QCOMPARE(model->index(row, ui::TrackListModel::Title).data().toString(),
                 QString::fromStdString(track.text.title));
        QCOMPARE(model->index(row, ui::TrackListModel::Isrc).data().toString(),
                 QString::fromStdString(track.isrc));
        const auto measured = model->sourceLoudness(row);
        QVERIFY(measured && measured->error.isEmpty());
        const FileReport expected = FileAnalyzer().analyze(track.source).report;
        QVERIFY(expected.integratedLufs.has_value());
        QCOMPARE(*measured->integratedLufs, *expected.integratedLufs);
        QVERIFY(model->index(row, ui::TrackListModel::Loudness)
                    .data()
                    .toString()
                    .contains(QString::number(*expected.integratedLufs, 'f', 1)));
    }
}

void MainWindowTest::aBrokenProjectIsRefusedWithADialog() {
    test::TempDir dir;
    QFile broken(QString::fromStdString((dir / "broken.lathe").string()));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"format": "lathe-project", "version": 1, "tracks": [{"gain_dbb": 1}]})");
    broken.close();

    ui::MainWindow window;
    QString dialogText;
    QTimer::singleShot(0, [&dialogText] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box) {
            dialogText = box->text();
            box->accept();
        }
    });
    QVERIFY(!window.openProject(dir / "broken.lathe"));
    QVERIFY2(dialogText.contains(QStringLiteral("broken.lathe")), qPrintable(dialogText));
    QVERIFY2(dialogText.contains(QStringLiteral("tracks[0].gain_dbb")), qPrintable(dialogText));
    QCOMPARE(window.trackModel()->rowCount(), 0);
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
