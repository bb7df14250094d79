// hplx-cli export writes the figure the GUI exports: the main window's view
// rendered in process (File ▸ Export view…'s renderFigure) and the command's
// PNG for the same landscape and options are the same image, pixel for pixel.
#include "CliTestHelpers.h"

#include "export/FigureExport.h"
#include "jobs/JobRunner.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace hplx;
using hplxtest::runCli;

class TestCliExportGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsTheMainWindow_data();
    void sameAsTheMainWindow();
};

void TestCliExportGui::initTestCase()
{
    // Default preferences in the window, as in the command.
    QCoreApplication::setOrganizationName(QStringLiteral("hplx-tests-cli-export"));
    QSettings().clear();
}

void TestCliExportGui::sameAsTheMainWindow_data()
{
    QTest::addColumn<QString>("view"); // the command's name
    QTest::addColumn<QString>("tab");  // the main window's
    QTest::newRow("scatter") << QStringLiteral("scatter") << QStringLiteral("overfitting");
    QTest::newRow("importance") << QStringLiteral("importance") << QStringLiteral("importance");
    QTest::newRow("similarity") << QStringLiteral("similarity") << QStringLiteral("similarity");
}

void TestCliExportGui::sameAsTheMainWindow()
{
    QFETCH(QString, view);
    QFETCH(QString, tab);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("figure.png"));
    const auto run =
        runCli({QStringLiteral("export"), QStringLiteral(HPLX_SAMPLE_DB), QStringLiteral("--landscape"),
                QStringLiteral("3"), QStringLiteral("--view"), view, QStringLiteral("--out"), png,
                QStringLiteral("--width-mm"), QStringLiteral("120"), QStringLiteral("--height-mm"),
                QStringLiteral("80"), QStringLiteral("--dpi"), QStringLiteral("150"), QStringLiteral("--no-cache")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage fromCli(png);
    QVERIFY(!fromCli.isNull());

    MainWindow window;
    window.workspace()->setCachePath(QString());
    QVERIFY(window.openDatabase(QStringLiteral(HPLX_SAMPLE_DB)));
    QVERIFY(window.selectLandscape(3));
    QVERIFY(window.showView(tab));
    window.show();
    // Idle for a while: every job of the view (loading, metrics, its own) has ended.
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace()->landscapes() && window.viewPanel(tab), 60000);
    int quiet = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (quiet = window.workspace()->isBusy() || window.jobRunner()->activeCount() ? 0 : quiet + 1) > 20, 60000);
    FigureSource *source = figureSourceOf(window.viewPanel(tab));
    QVERIFY(source);
    FigureOptions options;
    options.width = 120;
    options.height = 80;
    options.dpi = 150;
    const QImage fromGui = renderFigure(*source, options);
    QCOMPARE(fromGui.size(), fromCli.size());
    const QImage a = fromGui.convertToFormat(QImage::Format_RGB32);
    const QImage b = fromCli.convertToFormat(QImage::Format_RGB32);
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y);
    QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
}

QTEST_MAIN(TestCliExportGui)
#include "tst_cli_export_gui.moc"
