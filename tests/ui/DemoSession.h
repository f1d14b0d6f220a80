#pragma once

#include "LoudnessScanner.h"
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "WaveformStore.h"

#include "demo/DemoAlbumWriter.h"
#include "support/TempDir.h"

#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

namespace lathe::test {

// The demo album, written once into the tests' data folder (XDG_DATA_HOME, set by
// ctest) and reused by every UI test program: writing it takes seconds. Its sources
// are only read; edits stay in memory unless a test saves under a new name. The
// project file is written last, so its presence means the mixes are complete.
inline std::filesystem::path sharedFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("lathe-ui-tests"))
        .toStdString();
}

inline demo::DemoAlbumFiles sharedDemoAlbum() {
    const auto project = sharedFolder() / "demo" / "demo.lathe";
    if (std::filesystem::exists(project))
        return {project, {}};
    return demo::writeDemoAlbum(sharedFolder() / "demo");
}

// The demo album opened in a window whose peak cache lives beside it, shown and waited
// for until every waveform and measurement is in. `dir` is the test's own folder.
struct DemoSession {
    TempDir dir;
    const demo::DemoAlbumFiles files = sharedDemoAlbum();
    ui::MainWindow window{nullptr, sharedFolder() / "peaks"};
    // A dialog nobody expects would block the test until it times out: close it and
    // keep its text, so the test fails with the reason instead.
    QStringList unexpectedDialogs;
    QTimer dialogCloser;

    DemoSession() {
        QObject::connect(&dialogCloser, &QTimer::timeout, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                unexpectedDialogs << box->text();
                box->reject();
            }
        });
        dialogCloser.start(50);
    }

    bool open() {
        window.resize(1400, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.openProject(files.project))
            return false;
        window.scanner()->waitForDone();
        return QTest::qWaitFor([this] { return !window.waveforms()->isPending(); }, 20000) &&
               QTest::qWaitFor([this] { return measuredAll(); }, 20000);
    }

    bool measuredAll() const {
        for (int row = 0; row < static_cast<int>(project().tracks.size()); ++row)
            if (!window.trackModel()->sourceLoudness(row))
                return false;
        return true;
    }

    const Project& project() const { return window.document()->project(); }
    QStringList titles() const {
        QStringList result;
        for (const Track& track : project().tracks)
            result << QString::fromStdString(track.text.title);
        return result;
    }
};

}  // namespace lathe::test
