// Figure export of the 3-D views (Xvfb): the surface, the optima network and
// the side-by-side comparison render off screen at the figure's pixel size
// (not the widget's), are not blank, embed as a raster in SVG/PDF and leave
// the view on screen as it was.
//
// With HPLX_FIGURE_GALLERY=<folder>, galleryOfSampleFigures also writes every
// view of the bundled sample database as PNG, SVG and PDF there, for a
// person to look at (skipped otherwise).
#include "support/TestDatabases.h"
#include "ui/export/FigureTestHelpers.h"
#include "ui/window/WindowTestHelpers.h"

#include "export/FigureComposer.h"
#include "export/FigureExport.h"
#include "panels/SurfacePanel.h"
#include "vtk/SurfaceView.h"
#include "vtk/VtkWidget.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace hplx;
using hplxtest::showAndWait;

namespace {

// A window of the small database (no result cache) showing view, its jobs done.
bool openOnView(MainWindow &window, const QString &database, const QString &view)
{
    window.workspace()->setCachePath(QString());
    window.resize(1000, 700);
    window.show();
    if (!window.openDatabase(database) || !showAndWait(window, view))
        return false;
    QTest::qWait(100);
    return true;
}

// Distinct colours: a rendered terrain has many, a blank frame one or two.
int distinctColours(const QImage &image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

// Near-black grey pixels (text) right of column x0.
int darkGreyPixels(const QImage &image, int x0)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = x0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            const int r = qRed(p), g = qGreen(p), b = qBlue(p);
            if (std::max({r, g, b}) < 90 && std::max({r, g, b}) - std::min({r, g, b}) < 20)
                ++count;
        }
    return count;
}

} // namespace

class TestFigureExportVtk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void surfaceRendersAtTheFigureSize();
    void threeDViewsExport_data();
    void threeDViewsExport();
    void surfacesShareOneColourBar();
    void galleryOfSampleFigures();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestFigureExportVtk::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("hplx-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_figureexport_vtk"));
    m_db = m_dir.filePath(QStringLiteral("small.db"));
    test::writeSmallDatabase(m_db);
}

void TestFigureExportVtk::surfaceRendersAtTheFigureSize()
{
    MainWindow window;
    QVERIFY(openOnView(window, m_db, QStringLiteral("surface")));
    auto *panel = qobject_cast<SurfacePanel *>(window.viewPanel(QStringLiteral("surface")));
    QVERIFY(panel);
    FigureSource *source = figureSourceOf(panel);
    QVERIFY(source == static_cast<FigureSource *>(panel));
    QVERIFY(!source->isVectorFigure());
    const QSize widgetSize = panel->view()->vtkWidget()->size();
    const QImage before = panel->view()->grabImage();

    // 80 x 60 mm at 300 DPI: 945 x 709 px, far larger than the widget.
    const QString png = m_dir.filePath(QStringLiteral("surface.png"));
    FigureOptions options;
    options.width = 80;
    options.height = 60;
    options.dpi = 300;
    QCOMPARE(exportFigure(*source, png, options), QString());
    QImage image;
    QVERIFY(image.load(png));
    QCOMPARE(image.size(), QSize(945, 709));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
    QVERIFY2(distinctColours(image) > 50, qPrintable(QString::number(distinctColours(image))));
    QVERIFY(hplxtest::inkedPixels(image) > 945 * 709 / 20);

    // The view on screen is unchanged.
    QCOMPARE(panel->view()->vtkWidget()->size(), widgetSize);
    const QImage after = panel->view()->grabImage();
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after, before);

    // Font scale 2: the colour bar's text (dark grey, in the right-hand
    // strip) covers clearly more pixels.
    options.dpi = 150;
    const QImage normal = renderFigure(*source, options);
    options.fontScale = 2.0;
    const QImage large = renderFigure(*source, options);
    options.fontScale = 1.0;
    options.dpi = 300;
    const int textNormal = darkGreyPixels(normal, normal.width() * 80 / 100);
    const int textLarge = darkGreyPixels(large, large.width() * 80 / 100);
    QVERIFY2(textNormal > 20 && textLarge > 1.5 * textNormal,
             qPrintable(QStringLiteral("%1 -> %2").arg(textNormal).arg(textLarge)));

    // SVG and PDF embed the raster.
    const QString svg = m_dir.filePath(QStringLiteral("surface.svg"));
    QCOMPARE(exportFigure(*source, svg, options), QString());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(svgFile.readAll().contains("<image"));
    const QString pdf = m_dir.filePath(QStringLiteral("surface.pdf"));
    QCOMPARE(exportFigure(*source, pdf, options), QString());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/Subtype /Image"));
}

void TestFigureExportVtk::threeDViewsExport_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("lon") << QStringLiteral("lon");
    QTest::newRow("compare") << QStringLiteral("compare");
}

void TestFigureExportVtk::threeDViewsExport()
{
    QFETCH(QString, view);
    MainWindow window;
    window.workspace()->setCachePath(QString());
    window.resize(1000, 700);
    window.show();
    QVERIFY(window.openDatabase(m_db));
    QVERIFY(window.selectLandscape(1, 2));
    QVERIFY(showAndWait(window, view));
    QTest::qWait(100);
    FigureSource *source = figureSourceOf(window.viewPanel(view));
    QVERIFY(source);
    FigureOptions options;
    options.unit = FigureOptions::Unit::Pixels;
    options.width = 900;
    options.height = 500;
    options.dpi = 200;
    const QString png = m_dir.filePath(view + QStringLiteral(".png"));
    QCOMPARE(exportFigure(*source, png, options), QString());
    QImage image;
    QVERIFY(image.load(png));
    QCOMPARE(image.size(), QSize(900, 500));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 200);
    QVERIFY2(distinctColours(image) > 20, qPrintable(QString::number(distinctColours(image))));
}

void TestFigureExportVtk::surfacesShareOneColourBar()
{
    // The same view twice on one scale (loss rank 1..6) composes with one
    // shared bar: the snapshots are recorded without their own bar, and the
    // view on screen keeps its bar. The partial landscape (4 ranks) is
    // another scale, so no shared bar is offered with it.
    MainWindow window;
    QVERIFY(openOnView(window, m_db, QStringLiteral("surface")));
    auto *panel = qobject_cast<SurfacePanel *>(window.viewPanel(QStringLiteral("surface")));
    QVERIFY(panel);
    const auto scale = panel->figureColourScale();
    QVERIFY(scale);
    QCOMPARE(scale->title, QStringLiteral("Loss rank"));
    QCOMPARE(scale->lo, 1.0);
    QCOMPARE(scale->hi, 6.0);
    const QImage screenBefore = panel->view()->grabImage();

    FigureOptions options;
    options.unit = FigureOptions::Unit::Pixels;
    options.width = 600;
    options.height = 400;
    options.dpi = figureLogicalDpi();
    const QImage with = renderFigure(*panel, options);
    QImage without(with.size(), QImage::Format_ARGB32_Premultiplied);
    without.fill(Qt::white);
    {
        QPainter painter(&without);
        panel->paintFigureWithoutColourBar(painter, QRectF(QPointF(0, 0), figureLogicalSize(options)), 1.0);
    }
    // The bar's strip: text and colours with the bar, none without it.
    const int strip = with.width() * 88 / 100;
    QVERIFY2(darkGreyPixels(with, strip) > 20, qPrintable(QString::number(darkGreyPixels(with, strip))));
    QCOMPARE(darkGreyPixels(without, strip), 0);
    QCOMPARE(panel->view()->grabImage(), screenBefore);

    FigureComposer composer;
    composer.add(*panel, QSizeF(300, 220));
    // The partial landscape ranks 4 configurations: another scale, no shared bar.
    QVERIFY(window.selectLandscape(2));
    QVERIFY(showAndWait(window, QStringLiteral("surface")));
    QTest::qWait(100);
    composer.add(*panel, QSizeF(300, 220));
    QCOMPARE(composer.colourScale(1)->hi, 4.0);
    QVERIFY(!composer.commonColourScale());
    composer.remove(1);
    QVERIFY(window.selectLandscape(1));
    QVERIFY(showAndWait(window, QStringLiteral("surface")));
    QTest::qWait(100);
    composer.add(*panel, QSizeF(300, 220));
    QVERIFY(composer.commonColourScale());
    ComposerLayout layout = composer.layout();
    layout.sharedColourBar = true;
    composer.setLayout(layout);
    CompositeFigure figure(&composer);
    QVERIFY(figure.sharedColourScale());
    const QImage composed = renderFigure(figure, options);
    QVERIFY(hplxtest::inkedPixels(composed) > 600 * 400 / 20);
}

void TestFigureExportVtk::galleryOfSampleFigures()
{
    const QString folder = qEnvironmentVariable("HPLX_FIGURE_GALLERY");
    if (folder.isEmpty())
        QSKIP("set HPLX_FIGURE_GALLERY=<folder> to write the sample figures");
    QVERIFY(QDir().mkpath(folder));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openDatabase(QStringLiteral(HPLX_SAMPLE_DB)));
    QVERIFY(window.selectLandscape(18, 27)); // xgboost / wine / test, compared with breast_cancer
    for (const QString &view : window.viewNames()) {
        QVERIFY(showAndWait(window, view, 300000));
        QTest::qWait(200);
        FigureSource *source = figureSourceOf(window.viewPanel(view));
        if (!source)
            continue;
        // The panel as on screen, to compare with.
        window.viewPanel(view)->grab().save(QDir(folder).filePath(view + QStringLiteral("-screen.png")));
        FigureOptions options; // 160 x 100 mm at 300 DPI
        for (const char *suffix : {"png", "svg", "pdf"}) {
            const QString file = QDir(folder).filePath(view + QLatin1Char('.') + QLatin1String(suffix));
            QCOMPARE(exportFigure(*source, file, options), QString());
        }
        options.width = 80;
        options.height = 60;
        options.fontScale = 0.8;
        QCOMPARE(exportFigure(*source, QDir(folder).filePath(view + QStringLiteral("-small.png")), options), QString());
    }
    // The paper's comparison figure: one view for four datasets, one colour bar.
    FigureComposer composer;
    for (const qint64 landscape : {8, 17, 26}) { // xgboost, valid, data fraction 1: iris, wine, breast_cancer
        QVERIFY(window.selectLandscape(landscape));
        QVERIFY(showAndWait(window, QStringLiteral("surface"), 300000));
        QTest::qWait(200);
        composer.addCurrentView(figureSourceOf(window.viewPanel(QStringLiteral("surface"))));
    }
    ComposerLayout layout = composer.layout();
    layout.columns = 3;
    layout.captions = true;
    layout.sharedColourBar = true;
    composer.setLayout(layout);
    CompositeFigure figure(&composer);
    FigureOptions options;
    options.width = 180;
    options.height = figure.heightForWidth(180.0 / 25.4 * figureLogicalDpi(), 1.0) / figureLogicalDpi() * 25.4;
    for (const char *suffix : {"png", "pdf"})
        QCOMPARE(exportFigure(figure,
                              QDir(folder).filePath(QStringLiteral("composed-surfaces.") + QLatin1String(suffix)),
                              options),
                 QString());
}

int main(int argc, char **argv)
{
    VtkWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestFigureExportVtk test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_figureexport_vtk.moc"
