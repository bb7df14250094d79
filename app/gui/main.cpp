// hplx: the HPLX desktop application. Parses the command line (CLI.md: DB,
// --landscape, --compare, --screenshot, --quit), opens the database and runs.
#include "window/MainWindow.h"
#include "window/SampleDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("hplx"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hplx"));
    QApplication::setApplicationDisplayName(QStringLiteral("HPLX"));
    QApplication::setOrganizationName(QStringLiteral("hplx"));
    QApplication::setApplicationVersion(QStringLiteral(HPLX_VERSION));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Hyperparameter Landscape Explorer"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("DB"),
        QApplication::translate("main", "Landscape database to open (default: the bundled sample)."),
        QStringLiteral("[DB]"));
    const QCommandLineOption landscapeOption(QStringLiteral("landscape"),
                                             QApplication::translate("main", "Select the landscape with this id."),
                                             QStringLiteral("ID"));
    const QCommandLineOption compareOption(QStringLiteral("compare"),
                                           QApplication::translate("main", "Landscape to compare with (id)."),
                                           QStringLiteral("ID"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the main window once it is painted."), QStringLiteral("FILE"));
    const QCommandLineOption quitOption(QStringLiteral("quit"),
                                        QApplication::translate("main", "Quit after the screenshot."));
    parser.addOptions({landscapeOption, compareOption, screenshotOption, quitOption});
    parser.process(app);

    hplx::MainWindow window;
    const QStringList positional = parser.positionalArguments();
    const QString path = positional.isEmpty() ? hplx::bundledSampleDatabase() : positional.first();
    bool opened = false;
    if (!path.isEmpty())
        opened = window.openDatabase(path);
    if (!positional.isEmpty() && !opened && parser.isSet(quitOption)) {
        std::fprintf(stderr, "hplx: cannot open %s\n", qPrintable(path));
        return 1;
    }
    if (parser.isSet(landscapeOption) && opened) {
        bool ok = false;
        const qint64 id = parser.value(landscapeOption).toLongLong(&ok);
        if (!ok || !window.selectLandscape(id)) {
            std::fprintf(stderr, "hplx: %s has no landscape with id %s\n", qPrintable(path),
                         qPrintable(parser.value(landscapeOption)));
            if (parser.isSet(quitOption))
                return 1;
        }
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        const bool quit = parser.isSet(quitOption);
        // A zero timer fires after the pending show/layout/paint events.
        QTimer::singleShot(0, &window, [&window, file, quit] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "hplx: cannot write the screenshot %s\n", qPrintable(file));
            if (quit)
                QCoreApplication::exit(saved ? 0 : 1);
        });
    } else if (parser.isSet(quitOption)) {
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    }
    return app.exec();
}
