// Figure export of the chart panels (offscreen): PNG size and DPI, SVG and
// PDF as vector drawings with real text, font scale, errors, the export
// dialog and the main window's File ▸ Export view… action.
//
// Sizes worked by hand: 80 mm at 300 DPI = 80 / 25.4 * 300 = 944.88 -> 945 px,
// 60 mm -> 708.66 -> 709 px (rounded to the nearest pixel); 80 mm = 80 / 25.4
// * 72 = 226.77 pt and 60 mm = 170.08 pt on the PDF page (Qt rounds the
// page to whole points: 227 x 170).
#include "support/TestDatabases.h"
#include "ui/export/FigureTestHelpers.h"
#include "ui/window/WindowTestHelpers.h"

#include "export/ExportFigureDialog.h"
#include "export/FigureExport.h"
#include "panels/OverfittingPanel.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace hplx;
using hplxtest::showAndWait;
using hplxtest::waitIdle;

class TestFigureExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pixelSize_data();
    void pixelSize();
    void pngHasTheSizeAndDpi();
    void svgIsVectorWithText();
    void pdfIsVectorWithTextAndPageSize();
    void fontScaleEnlargesText();
    void errorsNameTheFile_data();
    void errorsNameTheFile();
    void everyChartViewExports_data();
    void everyChartViewExports();
    void dialog();
    void actionFollowsTheView();

private:
    FigureSource *overfitting();
    QByteArray read(const QString &file);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestFigureExport::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("hplx-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_figureexport"));
    QSettings().clear();
    const QString db = m_dir.filePath(QStringLiteral("small.db"));
    test::writeSmallDatabase(db);
    m_window = new MainWindow;
    m_window->workspace()->setCachePath(QString());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(m_window->openDatabase(db));
    QVERIFY(waitIdle(*m_window));
}

void TestFigureExport::cleanupTestCase()
{
    delete m_window;
    QSettings().clear();
}

FigureSource *TestFigureExport::overfitting()
{
    if (!showAndWait(*m_window, QStringLiteral("overfitting")))
        return nullptr;
    return figureSourceOf(m_window->viewPanel(QStringLiteral("overfitting")));
}

QByteArray TestFigureExport::read(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

void TestFigureExport::pixelSize_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("height");
    QTest::addColumn<double>("dpi");
    QTest::addColumn<QSize>("pixels");
    const int mm = int(FigureOptions::Unit::Millimetres), px = int(FigureOptions::Unit::Pixels);
    QTest::newRow("80x60 mm at 300") << mm << 80.0 << 60.0 << 300.0 << QSize(945, 709);
    QTest::newRow("25.4 mm at 300") << mm << 25.4 << 25.4 << 300.0 << QSize(300, 300);
    QTest::newRow("160x100 mm at 96") << mm << 160.0 << 100.0 << 96.0 << QSize(605, 378); // 604.72, 377.95
    QTest::newRow("pixels ignore dpi") << px << 800.4 << 600.6 << 72.0 << QSize(800, 601);
}

void TestFigureExport::pixelSize()
{
    QFETCH(int, unit);
    QFETCH(double, width);
    QFETCH(double, height);
    QFETCH(double, dpi);
    QFETCH(QSize, pixels);
    FigureOptions options;
    options.unit = FigureOptions::Unit(unit);
    options.width = width;
    options.height = height;
    options.dpi = dpi;
    QCOMPARE(figurePixelSize(options), pixels);
}

void TestFigureExport::pngHasTheSizeAndDpi()
{
    FigureSource *source = overfitting();
    QVERIFY(source);
    const QString file = m_dir.filePath(QStringLiteral("overfitting.png"));
    FigureOptions options;
    options.width = 80;
    options.height = 60;
    options.dpi = 300;
    QCOMPARE(exportFigure(*source, file, options), QString());
    QImage image;
    QVERIFY(image.load(file));
    QCOMPARE(image.size(), QSize(945, 709));
    // The DPI in the file (PNG stores whole dots per metre: 11811 = 299.9994 DPI).
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
    QCOMPARE(qRound(image.dotsPerMeterY() * 0.0254), 300);
    QVERIFY(hplxtest::inkedPixels(image) > 945 * 709 / 100); // axes, text, markers
}

void TestFigureExport::svgIsVectorWithText()
{
    FigureSource *source = overfitting();
    QVERIFY(source);
    const QString file = m_dir.filePath(QStringLiteral("overfitting.svg"));
    FigureOptions options;
    options.width = 80;
    options.height = 60;
    QCOMPARE(exportFigure(*source, file, options), QString());
    const QString svg = QString::fromUtf8(read(file));
    if (qEnvironmentVariableIsSet("HPLX_FIGURE_GALLERY"))
        QFile::copy(
            file, QDir(qEnvironmentVariable("HPLX_FIGURE_GALLERY")).filePath(QStringLiteral("small-overfitting.svg")));
    QVERIFY(svg.startsWith(QLatin1String("<?xml")) || svg.contains(QLatin1String("<svg")));
    QVERIFY2(svg.contains(QLatin1String("width=\"80mm\" height=\"60mm\"")), qPrintable(svg.left(600)));
    // The axis titles as text, the axes/grid and markers as vector shapes, no raster.
    QVERIFY(svg.contains(QLatin1String("<text")));
    QVERIFY(svg.contains(QStringLiteral("1-accuracy · train")));
    // (The y title is elided on this small plot, under five lines of statistics.)
    QVERIFY(svg.count(QStringLiteral(">1-accura")) >= 2);
    QVERIFY(svg.contains(QLatin1String("<path")) || svg.contains(QLatin1String("<polyline")));
    // One vector circle per configuration in both landscapes (ids 0..3).
    QVERIFY2(svg.count(QLatin1String("<circle")) + svg.count(QLatin1String("<ellipse")) >= 4, qPrintable(svg));
    QVERIFY(!svg.contains(QLatin1String("<image")));
}

void TestFigureExport::pdfIsVectorWithTextAndPageSize()
{
    FigureSource *source = overfitting();
    QVERIFY(source);
    const QString file = m_dir.filePath(QStringLiteral("overfitting.pdf"));
    FigureOptions options;
    options.width = 80;
    options.height = 60;
    QCOMPARE(exportFigure(*source, file, options), QString());
    const QByteArray pdf = read(file);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    const QSizeF page = hplxtest::pdfMediaBox(pdf);
    // Qt writes the page in whole points: 227 x 170.
    QVERIFY2(std::abs(page.width() - 226.77) <= 0.5 && std::abs(page.height() - 170.08) <= 0.5,
             qPrintable(QStringLiteral("%1 x %2 pt").arg(page.width()).arg(page.height())));
    // No embedded raster: a chart stays vector.
    QVERIFY(!pdf.contains("/Subtype /Image"));
    const QString text = hplxtest::pdfText(file);
    if (text.isNull())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
    QVERIFY2(text.contains(QStringLiteral("1-accuracy")) && text.contains(QStringLiteral("train")), qPrintable(text));
}

void TestFigureExport::fontScaleEnlargesText()
{
    FigureSource *source = overfitting();
    QVERIFY(source);
    FigureOptions options;
    options.width = 100;
    options.height = 80;
    options.dpi = 200;
    const QImage normal = renderFigure(*source, options);
    options.fontScale = 2.0;
    const QImage large = renderFigure(*source, options);
    QCOMPARE(large.size(), normal.size());
    // The x-axis title sits at the bottom centre.
    const int x0 = normal.width() * 3 / 10, x1 = normal.width() * 7 / 10;
    const int h1 = hplxtest::bottomTextHeight(normal, x0, x1);
    const int h2 = hplxtest::bottomTextHeight(large, x0, x1);
    QVERIFY2(h1 >= 10, qPrintable(QString::number(h1)));
    const double ratio = double(h2) / h1;
    QVERIFY2(ratio > 1.6 && ratio < 2.4, qPrintable(QStringLiteral("%1 px -> %2 px").arg(h1).arg(h2)));
}

void TestFigureExport::errorsNameTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/figure.png") << QStringLiteral("figure.png");
    QTest::newRow("unknown suffix") << QStringLiteral("figure.xyz") << QStringLiteral("xyz");
    QTest::newRow("no suffix") << QStringLiteral("figure") << QStringLiteral("figure");
}

void TestFigureExport::errorsNameTheFile()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    FigureSource *source = overfitting();
    QVERIFY(source);
    const QString file = m_dir.filePath(name);
    const QString error = exportFigure(*source, file, FigureOptions());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!QFile::exists(file));
}

void TestFigureExport::everyChartViewExports_data()
{
    QTest::addColumn<QString>("view");
    for (const char *view : {"overfitting", "ranks", "importance", "fidelities", "similarity"})
        QTest::newRow(view) << QString::fromLatin1(view);
}

void TestFigureExport::everyChartViewExports()
{
    QFETCH(QString, view);
    QVERIFY(showAndWait(*m_window, view));
    QWidget *panel = m_window->viewPanel(view);
    FigureSource *source = figureSourceOf(panel);
    QVERIFY(source);
    QVERIFY(source->isVectorFigure());
    QVERIFY(!source->figureTitle().isEmpty());
    const QSize before = panel->size();
    FigureOptions options;
    options.width = 120;
    options.height = 80;
    options.dpi = 150;
    const QString png = m_dir.filePath(view + QStringLiteral(".png"));
    QCOMPARE(exportFigure(*source, png, options), QString());
    QImage image;
    QVERIFY(image.load(png));
    QCOMPARE(image.size(), QSize(709, 472)); // 708.66, 472.44
    if (qEnvironmentVariableIsSet("HPLX_FIGURE_GALLERY"))
        image.save(
            QDir(qEnvironmentVariable("HPLX_FIGURE_GALLERY")).filePath(QStringLiteral("small-%1.png").arg(view)));
    QVERIFY2(hplxtest::inkedPixels(image) > 1000, qPrintable(QString::number(hplxtest::inkedPixels(image))));
    const QString svg = m_dir.filePath(view + QStringLiteral(".svg"));
    QCOMPARE(exportFigure(*source, svg, options), QString());
    const QByteArray text = read(svg);
    QVERIFY(text.contains("<text"));
    QVERIFY(!text.contains("<image"));
    // The panel on screen is as it was.
    QCOMPARE(panel->size(), before);
}

void TestFigureExport::dialog()
{
    FigureSource *source = overfitting();
    QVERIFY(source);
    const QString file = m_dir.filePath(QStringLiteral("dialog.png"));
    ExportFigureDialog dialog(source, file);
    FigureOptions options;
    options.width = 80;
    options.height = 60;
    options.dpi = 300;
    options.fontScale = 1.5;
    dialog.setOptions(options);
    QCOMPARE(dialog.format(), QStringLiteral("png"));
    QVERIFY2(dialog.sizeText().contains(QStringLiteral("945 × 709 px")), qPrintable(dialog.sizeText()));
    // The preview follows (debounced) at the figure's aspect ratio.
    QVERIFY(QTest::qWaitFor([&] {
        const QImage p = dialog.previewImage();
        return !p.isNull() && std::abs(double(p.width()) / p.height() - 80.0 / 60.0) < 0.02;
    }));
    // Switching the unit keeps the size: 945 x 709 px at 300 DPI.
    auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("figureUnit"));
    QVERIFY(unit);
    unit->setCurrentIndex(unit->findData(int(FigureOptions::Unit::Pixels)));
    QCOMPARE(dialog.options().unit, FigureOptions::Unit::Pixels);
    QCOMPARE(dialog.options().width, 945.0);
    QCOMPARE(dialog.options().height, 709.0);
    // The format follows the suffix and the suffix the format.
    dialog.setFileName(m_dir.filePath(QStringLiteral("dialog.svg")));
    QCOMPARE(dialog.format(), QStringLiteral("svg"));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("figureFormat"));
    format->setCurrentIndex(format->findData(QStringLiteral("png")));
    QCOMPARE(dialog.fileName(), file);

    if (qEnvironmentVariableIsSet("HPLX_FIGURE_GALLERY")) {
        dialog.show();
        QTest::qWait(300);
        dialog.grab().save(QDir(qEnvironmentVariable("HPLX_FIGURE_GALLERY")).filePath(QStringLiteral("dialog.png")));
    }
    QCOMPARE(dialog.exportNow(), QString());
    QImage image;
    QVERIFY(image.load(file));
    QCOMPARE(image.size(), QSize(945, 709));
    // Remembered for the next time.
    const FigureOptions saved = ExportFigureDialog::savedOptions();
    QCOMPARE(saved.unit, FigureOptions::Unit::Pixels);
    QCOMPARE(saved.width, 945.0);
    QCOMPARE(saved.fontScale, 1.5);
    QCOMPARE(ExportFigureDialog::savedFormat(), QStringLiteral("png"));
    QCOMPARE(ExportFigureDialog::savedFolder(), QFileInfo(file).absolutePath());
}

void TestFigureExport::actionFollowsTheView()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("exportViewAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    QVERIFY(m_window->showView(QStringLiteral("configurations")));
    QVERIFY(!action->isEnabled()); // tables have their own export
    QVERIFY(m_window->showView(QStringLiteral("importance")));
    QVERIFY(action->isEnabled());
    QVERIFY(m_window->showView(QStringLiteral("configurations")));
    QVERIFY(!action->isEnabled());
}

QTEST_MAIN(TestFigureExport)

#include "tst_figureexport.moc"
