#include "MainWindow.h"
#include "StudioTheme.h"
#include "preferences/Preferences.h"

#include "core/Error.h"
#include "core/Version.h"
#include "demo/DemoAlbumWriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <QMessageBox>
#include <QStandardPaths>
#include <cstring>
#include <iostream>

namespace {

constexpr const char* kUsage =
    "Usage: lathe [options] [PROJECT.lathe]\n"
    "Lathe, the mastering workstation.\n\n"
    "Options:\n"
    "  --demo      open the built-in demo album (written once to the data folder)\n"
    "  --help      show this help and exit\n"
    "  --version   show the version and exit\n";

// --help and --version must work without a display, so they are answered before
// QApplication connects to one.
int answerWithoutDisplay(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::cout << kUsage;
            return 0;
        }
        if (std::strcmp(argv[i], "--version") == 0) {
            std::cout << "lathe " << lathe::kVersion << "\n";
            return 0;
        }
    }
    return -1;
}

std::filesystem::path demoProject() {
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const std::filesystem::path folder = QDir(dataDir).filePath(QStringLiteral("demo")).toStdString();
    const std::filesystem::path project = folder / "demo.lathe";
    if (std::filesystem::exists(project))
        return project;
    return lathe::demo::writeDemoAlbum(folder).project;
}

// The interface follows the system's language unless Preferences chose one.
void installTranslations(QApplication& application) {
    const QString chosen = lathe::ui::Preferences::load().language;
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    auto* qtStrings = new QTranslator(&application);
    if (qtStrings->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtStrings);
    // English is the source language; its translation only supplies plural forms
    // ("1 track", "4 tracks"), and the chosen language, installed after it, wins.
    auto* englishPlurals = new QTranslator(&application);
    if (englishPlurals->load(QStringLiteral("lathe_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(englishPlurals);
    auto* latheStrings = new QTranslator(&application);
    if (latheStrings->load(locale, QStringLiteral("lathe"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(latheStrings);
}

}  // namespace

int main(int argc, char** argv) {
    if (const int code = answerWithoutDisplay(argc, argv); code >= 0)
        return code;
    Q_INIT_RESOURCE(lathe);

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lathe"));
    QApplication::setOrganizationName(QStringLiteral("Lathe"));
    QApplication::setApplicationVersion(QString::fromLatin1(lathe::kVersion));
    lathe::ui::applyStudioTheme(application);
    installTranslations(application);
    // Lets Wayland and the desktop match windows to org.lathe.Lathe.desktop and its icon;
    // the embedded PNG (rendered from the SVG) serves where no icon theme has it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lathe.Lathe"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.lathe.Lathe"),
                                                 QIcon(QStringLiteral(":/lathe/lathe.png"))));

    QCommandLineParser parser;
    QCommandLineOption demo(QStringLiteral("demo"));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("project"), QString());
    if (!parser.parse(QApplication::arguments())) {
        std::cerr << "lathe: error: " << parser.errorText().toStdString() << "\n" << kUsage;
        return 2;
    }

    lathe::ui::MainWindow window;
    window.show();
    // Recovered work comes first: opening another album now would only ask to save it.
    const bool recovered = window.offerRecovery();
    try {
        if (!recovered && parser.isSet(demo))
            window.openProject(demoProject());
        else if (!recovered && !parser.positionalArguments().isEmpty())
            window.openProject(parser.positionalArguments().constFirst().toStdString());
    } catch (const lathe::Error& error) {
        QMessageBox::critical(&window, QObject::tr("Lathe"), QString::fromStdString(error.what()));
    }
    return QApplication::exec();
}
