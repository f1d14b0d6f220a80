#include "DemoSession.h"
#include "ProjectDocument.h"
#include "export/DdpExportPage.h"
#include "export/ExportDialog.h"
#include "export/ExportSummary.h"

#include "export/DdpReader.h"
#include "io/AudioFileReader.h"
#include "support/RunProcess.h"
#include "support/TempDir.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

using namespace lathe;
namespace fs = std::filesystem;

namespace {

constexpr int kRenderTimeoutMs = 240000;
constexpr qint64 kPromptCancelMs = 2000;

// Every file below `root`, '/'-separated and relative to it.
std::set<QString> filesBelow(const fs::path& root) {
    std::set<QString> files;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file())
            files.insert(QString::fromStdString(fs::relative(entry.path(), root).generic_string()));
    return files;
}

// Stereo frames ffmpeg decodes from an MP3 (it honours the LAME gapless info).
std::int64_t ffmpegFrames(const fs::path& file) {
    const auto result =
        test::runProcess("ffmpeg", {"-v", "error", "-i", file.string(), "-f", "s16le", "-ac", "2", "-"});
    if (result.exitCode != 0)
        return -1;
    return static_cast<std::int64_t>(result.out.size() / (2 * sizeof(std::int16_t)));
}

void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void clickTab(QTabWidget* tabs, int index) {
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
}

}  // namespace

class ExportDialogTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void ctrlEOpensTheExportDialog();
    void anInvalidIsrcIsListedAndDisablesExport();
    void rendersDdpWavAndMp3AndSummarisesEveryFile();
    void cancelStopsTheRenderAndWritesNothing();
    void anUnwritableFolderIsAnErrorDialogNamingIt();
    void cleanupTestCase();

private:
    std::unique_ptr<ui::ExportDialog> openDialog();
    bool clickExportAndWait(ui::ExportDialog& dialog);
    ui::ProjectDocument* document() const { return m_session->window.document(); }

    std::unique_ptr<test::DemoSession> m_session;
};

void ExportDialogTest::initTestCase() {
    m_session = std::make_unique<test::DemoSession>();
    QVERIFY(m_session->open());
}

void ExportDialogTest::cleanupTestCase() {
    QVERIFY2(m_session->unexpectedDialogs.isEmpty(), qPrintable(m_session->unexpectedDialogs.join('\n')));
    m_session.reset();
}

std::unique_ptr<ui::ExportDialog> ExportDialogTest::openDialog() {
    auto dialog = std::make_unique<ui::ExportDialog>(document(), &m_session->window);
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        return nullptr;
    return dialog;
}

bool ExportDialogTest::clickExportAndWait(ui::ExportDialog& dialog) {
    if (!dialog.exportButton()->isEnabled())
        return false;
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    return dialog.isRendering() && QTest::qWaitFor([&] { return !dialog.isRendering(); }, kRenderTimeoutMs);
}

void ExportDialogTest::ctrlEOpensTheExportDialog() {
    m_session->window.activateWindow();
    QTest::keyClick(&m_session->window, Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(m_session->window.findChild<ui::ExportDialog*>() != nullptr);
    auto* dialog = m_session->window.findChild<ui::ExportDialog*>();
    QVERIFY(dialog->isVisible());
    // The demo album is a valid CD: nothing to fix, Export ready.
    QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join('\n')));
    QVERIFY(dialog->exportButton()->isEnabled());
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(m_session->window.findChild<ui::ExportDialog*>() == nullptr);  // deleted on close
}

void ExportDialogTest::anInvalidIsrcIsListedAndDisablesExport() {
    auto dialog = openDialog();
    QVERIFY(dialog);
    clickTab(dialog->tabs(), 0);
    QTableWidget* table = dialog->ddpPage()->trackTable();
    const QRect cell = table->visualRect(table->model()->index(1, ui::DdpExportPage::Isrc));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    auto* editor = table->viewport()->findChild<QLineEdit*>();
    QVERIFY(editor);  // the double click opened the cell's editor
    QCOMPARE(editor->text(), QString::fromStdString(document()->project().tracks[1].isrc));
    typeInto(editor, QStringLiteral("us-xyz-26-0001"));  // one digit short
    QTest::keyClick(editor, Qt::Key_Return);

    // The delegate commits on Return from the event loop.
    QTRY_COMPARE(QString::fromStdString(document()->project().tracks[1].isrc), QStringLiteral("USXYZ260001"));
    const QStringList problems = dialog->problems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.front().startsWith(QStringLiteral("tracks[1].isrc: ")), qPrintable(problems.front()));
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY(!table->item(1, ui::DdpExportPage::Isrc)->toolTip().isEmpty());
    // Double-clicking the problem leads from another tab to the track.
    clickTab(dialog->tabs(), 1);
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("problemList"));
    QVERIFY(list && list->isVisible());
    const QRect problemRow = list->visualItemRect(list->topLevelItem(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, problemRow.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, problemRow.center());
    QCOMPARE(dialog->tabs()->currentIndex(), 0);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("2"));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().front().row(), 1);

    // A UPC/EAN with a wrong check digit is a second problem, shown beside the field.
    QLineEdit* upc = dialog->ddpPage()->albumField("upc_ean");
    const QString validUpc = upc->text();
    typeInto(upc, validUpc.left(12) + QString::number((validUpc.right(1).toInt() + 1) % 10));
    QCOMPARE(dialog->problems().size(), 2);
    QCOMPARE(dialog->problems().filter(QStringLiteral("album.upc_ean: ")).size(), 1);

    // Both were undoable edits, from the dialog's own Ctrl+Z: undone, the album is ready again.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(upc->text(), validUpc);
    QVERIFY(dialog->problems().isEmpty());
    QVERIFY(dialog->exportButton()->isEnabled());
}

void ExportDialogTest::rendersDdpWavAndMp3AndSummarisesEveryFile() {
    test::TempDir dir;
    const fs::path out = dir / "Night Drive masters";
    auto dialog = openDialog();
    QVERIFY(dialog);
    for (const char* format : {"ddp", "wav", "mp3"})
        QVERIFY(dialog->formatBox(format)->isChecked());
    // MP3 as VBR V0, chosen like a person would; the choice is part of the project.
    clickTab(dialog->tabs(), 2);
    auto* vbr = dialog->findChild<QRadioButton*>(QStringLiteral("mp3Vbr"));
    QVERIFY(vbr);
    QTest::mouseClick(vbr, Qt::LeftButton, {}, QPoint(8, vbr->height() / 2));
    QCOMPARE(document()->project().exports.mp3.mode, Mp3Mode::Vbr);
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("outputFolder")), QString::fromStdString(out.string()));
    QCOMPARE(dialog->outputFolder(), out);

    QElapsedTimer timer;
    timer.start();
    QVERIFY(clickExportAndWait(*dialog));
    qInfo("rendered the demo album (DDP, WAV, MP3) in %lld ms", timer.elapsed());
    QVERIFY2(dialog->lastError().isEmpty(), qPrintable(dialog->lastError()));
    QVERIFY(dialog->summary()->isVisible());

    const Project& project = document()->project();
    const auto trackCount = project.tracks.size();
    std::ifstream reportFile(out / "report.json");
    const auto report = nlohmann::json::parse(reportFile);

    // DDP: read back by the independent reader, the album's table of contents.
    const DdpInspection ddp = DdpReader::inspect(out / "DDP");
    QVERIFY2(ddp.problems.empty(), ddp.problems.empty() ? "" : ddp.problems.front().c_str());
    QVERIFY(ddp.checksumsOk);
    QCOMPARE(ddp.tracks.size(), trackCount);
    QCOMPARE(ddp.upcEan, project.album.upcEan);
    for (std::size_t i = 0; i < trackCount; ++i) {
        QCOMPARE(ddp.tracks[i].isrc, project.tracks[i].isrc);
        QCOMPARE(ddp.tracks[i].text.title, project.tracks[i].text.title);
    }

    // WAV: 24-bit per track, each exactly its span of the album timeline; MP3: decodes
    // gaplessly to the same length.
    for (std::size_t i = 0; i < trackCount; ++i) {
        const auto& track = report["tracks"][i];
        const std::int64_t frames =
            track["file_end_sample"].get<std::int64_t>() - track["file_start_sample"].get<std::int64_t>();
        const fs::path wav = out / track["outputs"]["wav"]["path"].get<std::string>();
        const AudioFileReader reader(wav);
        QCOMPARE(reader.info().subtype, std::string("PCM_24"));
        QCOMPARE(reader.info().sampleRate, project.album.sampleRate);
        QCOMPARE(reader.info().frames, frames);
        QVERIFY(frames > 4 * project.album.sampleRate);
        const fs::path mp3 = out / track["outputs"]["mp3"]["path"].get<std::string>();
        QCOMPARE(ffmpegFrames(mp3), frames);
    }

    // The summary lists exactly the files in the folder, with their sizes.
    const std::set<QString> written = filesBelow(out);
    QCOMPARE(written.size(), 6 + 2 * trackCount + 2);  // DDP (with CD-Text, checksums), WAV, MP3, reports
    QTableWidget* files = dialog->summary()->filesTable();
    std::set<QString> listed;
    for (int row = 0; row < files->rowCount(); ++row) {
        const QString name = files->item(row, ui::ExportSummary::FileName)->text();
        listed.insert(name);
        QCOMPARE(files->item(row, ui::ExportSummary::FileSize)->data(Qt::UserRole).toLongLong(),
                 static_cast<qint64>(fs::file_size(out / name.toStdString())));
        QCOMPARE(files->item(row, ui::ExportSummary::FileMd5)->text().size(), 32);
    }
    QCOMPARE(listed, written);

    // Loudness per track and for the album, as the report measured the delivered files.
    QTableWidget* loudness = dialog->summary()->loudnessTable();
    QCOMPARE(loudness->rowCount(), static_cast<int>(trackCount) + 1);
    const double ceiling = report["album"]["ceiling_dbtp"].get<double>();
    for (int row = 0; row < static_cast<int>(trackCount); ++row) {
        const auto& wav = report["tracks"][static_cast<std::size_t>(row)]["outputs"]["wav"];
        auto number = [&](int column) {
            return QLocale().toDouble(loudness->item(row, column)->text());
        };
        QVERIFY(qAbs(number(ui::ExportSummary::Integrated) - wav["integrated_lufs"].get<double>()) < 0.051);
        QVERIFY(qAbs(number(ui::ExportSummary::TruePeak) - wav["true_peak_dbtp"].get<double>()) < 0.051);
        QVERIFY(qAbs(number(ui::ExportSummary::Range) - wav["loudness_range_lu"].get<double>()) < 0.051);
        QVERIFY(number(ui::ExportSummary::Integrated) < -6.0 && number(ui::ExportSummary::Integrated) > -30.0);
        QVERIFY(number(ui::ExportSummary::TruePeak) <= ceiling + 0.05);
        QVERIFY(number(ui::ExportSummary::Mp3TruePeak) <= ceiling + 0.05);
    }
    const int albumRow = static_cast<int>(trackCount);
    QCOMPARE(loudness->item(albumRow, ui::ExportSummary::Title)->text(), QStringLiteral("Album"));
    QVERIFY(qAbs(QLocale().toDouble(loudness->item(albumRow, ui::ExportSummary::Integrated)->text()) -
                 report["album"]["delivered"]["wav"]["integrated_lufs"].get<double>()) < 0.051);
    QVERIFY(qAbs(QLocale().toDouble(loudness->item(albumRow, ui::ExportSummary::Range)->text()) -
                 report["album"]["delivered"]["wav"]["loudness_range_lu"].get<double>()) < 0.051);

    // Show in Folder opens the release folder.
    QUrl opened;
    dialog->setUrlOpener([&opened](const QUrl& url) { opened = url; });
    QTest::mouseClick(dialog->showFolderButton(), Qt::LeftButton);
    QCOMPARE(opened, QUrl::fromLocalFile(QString::fromStdString(out.string())));

    document()->undoStack()->undo();  // back to CBR for the other tests
    QCOMPARE(document()->project().exports.mp3.mode, Mp3Mode::Cbr);
}

void ExportDialogTest::cancelStopsTheRenderAndWritesNothing() {
    test::TempDir dir;
    const fs::path out = dir / "cancelled";
    auto dialog = openDialog();
    QVERIFY(dialog);
    dialog->setOutputFolder(out);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY(dialog->isRendering());
    QCOMPARE(dialog->closeButton()->text(), QStringLiteral("Cancel"));
    // Well into the render: the album is being mastered.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->progressBar()->value() > 300, kRenderTimeoutMs);
    QVERIFY(dialog->isRendering());
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRendering(), 10000);
    QVERIFY2(timer.elapsed() < kPromptCancelMs, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(dialog->isVisible());  // Cancel stopped the render, not the dialog
    QVERIFY(!fs::exists(out));
    QVERIFY(filesBelow(dir.path()).empty());  // no staging folder left beside it
    QVERIFY(fs::is_empty(dir.path()));
    QCOMPARE(dialog->stageLabel()->text(), QStringLiteral("Cancelled: nothing was written."));
    QVERIFY(dialog->exportButton()->isEnabled());
    QVERIFY(dialog->lastError().isEmpty());
}

void ExportDialogTest::anUnwritableFolderIsAnErrorDialogNamingIt() {
    test::TempDir dir;
    std::ofstream(dir / "not-a-folder") << "a file where the release's parent folder should be";
    const fs::path out = dir / "not-a-folder" / "masters";
    auto dialog = openDialog();
    QVERIFY(dialog);
    // Only the fast format, so the render reaches writing quickly; undone below.
    QTest::mouseClick(dialog->formatBox("ddp"), Qt::LeftButton);
    QTest::mouseClick(dialog->formatBox("mp3"), Qt::LeftButton);
    QVERIFY(!document()->project().exports.ddp.enabled && !document()->project().exports.mp3.enabled);
    dialog->setOutputFolder(out);
    m_session->dialogCloser.stop();  // this dialog is expected
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRendering(), kRenderTimeoutMs);
    auto* box = dialog->findChild<QMessageBox*>(QStringLiteral("exportError"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("not-a-folder")), qPrintable(box->text()));
    QVERIFY(!box->informativeText().isEmpty());
    QVERIFY(dialog->lastError().contains(QStringLiteral("not-a-folder")));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(dialog->findChild<QMessageBox*>(QStringLiteral("exportError")) == nullptr);
    m_session->dialogCloser.start();
    document()->undoStack()->undo();
    document()->undoStack()->undo();
    QVERIFY(document()->project().exports.ddp.enabled && document()->project().exports.mp3.enabled);
}

QTEST_MAIN(ExportDialogTest)
#include "ExportDialogTest.moc"
