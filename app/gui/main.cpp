// hplx: the HPLX desktop application. Parses the command line (CLI.md: DB,
// --landscape, --compare, --screenshot, --quit), opens the database and runs.
#include "store/LandscapeDatabase.h"
#include "vtk/VtkWidget.h"
#include "window/MainWindow.h"
#include "window/SampleDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

namespace {

// The system locale, or the language chosen in Preferences.
void installTranslators(QApplication &app)
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("hplx"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
}

} // namespace

int main(int argc, char **argv)
{
    // VTK needs an OpenGL 3.2 core context without multisampling (ARCHITECTURE.md).
    hplx::VtkWidget::setDefaultSurfaceFormat();
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
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QApplication::translate("main", "Central view to show: configurations, surface or lon."),
        QStringLiteral("VIEW"));
    parser.addOptions({landscapeOption, compareOption, viewOption, screenshotOption, quitOption});
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
    if ((parser.isSet(landscapeOption) || parser.isSet(compareOption)) && opened) {
        const QString primaryText =
            parser.isSet(landscapeOption) ? parser.value(landscapeOption) : QString::number(window.selectedLandscape());
        bool primaryOk = false, compareOk = true;
        const qint64 primary = primaryText.toLongLong(&primaryOk);
        const qint64 compare =
            parser.isSet(compareOption) ? parser.value(compareOption).toLongLong(&compareOk) : qint64(0);
        const auto known = [&window](qint64 id) {
            const auto &landscapes = window.database()->landscapes();
            return std::any_of(landscapes.begin(), landscapes.end(), [id](const auto &info) { return info.id == id; });
        };
        const QString unknown = !primaryOk || !known(primary)   ? primaryText
                                : !compareOk || !known(compare) ? parser.value(compareOption)
                                                                : QString();
        if (unknown.isEmpty()) {
            window.selectLandscape(primary, compare);
        } else {
            std::fprintf(stderr, "hplx: %s has no landscape with id %s\n", qPrintable(path), qPrintable(unknown));
            if (parser.isSet(quitOption))
                return 1;
        }
    }
    if (parser.isSet(viewOption) && !window.showView(parser.value(viewOption))) {
        std::fprintf(stderr, "hplx: --view expects configurations, surface or lon, got %s\n",
                     qPrintable(parser.value(viewOption)));
        return 1;
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        const bool quit = parser.isSet(quitOption);
        // Once every job of the selection has ended and the views show their
        // results; the zero timer inside whenIdle lets the paint events run first.
        window.whenIdle([&window, file, quit] {
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
