// hplx-cli batch --figures end to end on the bundled sample database: the
// figures on disk against the manifest (SHA-256 by Qt), their pixel size,
// the same bytes as `hplx-cli export`, resuming, redrawing when the figure
// options change, a 3-D view without a display, and bad options. The XVFB
// build of this test (tst_batch_figures_3d) draws a 3-D view only.
#include "app/BatchTestHelpers.h"
#include "app/CliTestHelpers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using hplxtest::readManifest;
using hplxtest::Run;
using hplxtest::runCli;
using hplxtest::sha256Hex;
using hplxtest::statuses;

namespace {

// The figure entries of the manifest's file list, by path.
QMap<QString, QJsonObject> figureFiles(const QJsonObject &manifest)
{
    QMap<QString, QJsonObject> out;
    for (const auto &value : manifest.value(QStringLiteral("files")).toArray())
        if (value.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("figure"))
            out.insert(value.toObject().value(QStringLiteral("path")).toString(), value.toObject());
    return out;
}

// mm at dpi in pixels, rounded half up as the export rounds.
int pixels(double mm, double dpi)
{
    return static_cast<int>(std::floor(mm / 25.4 * dpi + 0.5));
}

// Landscapes 3 (xgboost iris test, data_fraction 0.1) and 12 (wine, the same).
const QString kFolder3 = QStringLiteral("3_xgboost_iris_0.1_test");
const QString kFolder12 = QStringLiteral("12_xgboost_wine_0.1_test");

} // namespace

class TestBatchFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void figuresAreDrawnAndListed();
    void sameBytesAsExport();
    void rerunSkipsFigures();
    void otherDpiRedrawsFiguresOnly();
    void nothingToDrawIsANote();
    void threeDimensionalViewWithoutDisplay();
    void threeDimensionalViewUnderXServer();
    void badOptions_data();
    void badOptions();

private:
    QString out() const { return m_dir.filePath(QStringLiteral("figures")); }
    QStringList batch(const QString &dpi) const
    {
        return {QStringLiteral("batch"),
                QStringLiteral(HPLX_SAMPLE_DB),
                QStringLiteral("--out"),
                out(),
                QStringLiteral("--landscapes"),
                QStringLiteral("3,12"),
                QStringLiteral("--figures"),
                QStringLiteral("metrics,scatter"),
                QStringLiteral("--width-mm"),
                QStringLiteral("80"),
                QStringLiteral("--height-mm"),
                QStringLiteral("60"),
                QStringLiteral("--dpi"),
                dpi,
                QStringLiteral("--no-cache"),
                QStringLiteral("--threads"),
                QStringLiteral("2")};
    }
    static bool skippedHere(bool threeD)
    {
#ifdef HPLX_BATCH_FIGURES_3D_ONLY
        return !threeD;
#else
        return threeD;
#endif
    }
    void checkListed(const QJsonObject &manifest, double dpi);

    QTemporaryDir m_dir;
};

void TestBatchFigures::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

// Every figure is listed with its size and SHA-256 and has the pixel size of
// 80 x 60 mm at dpi.
void TestBatchFigures::checkListed(const QJsonObject &manifest, double dpi)
{
    const auto files = figureFiles(manifest);
    QStringList expected;
    for (const QString &folder : {kFolder3, kFolder12})
        for (const char *view : {"metrics", "overfitting"})
            expected << folder + QLatin1Char('/') + QLatin1String(view) + QStringLiteral(".png");
    expected.sort();
    QCOMPARE(files.keys(), expected);
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = out() + QLatin1Char('/') + it.key();
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QCOMPARE(it.value().value(QStringLiteral("format")).toString(), QStringLiteral("png"));
        QCOMPARE(it.value().value(QStringLiteral("bytes")).toInteger(), QFileInfo(path).size());
        QCOMPARE(it.value().value(QStringLiteral("sha256")).toString().toLatin1(), sha256Hex(path));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(pixels(80, dpi), pixels(60, dpi)));
        QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    }
}

void TestBatchFigures::figuresAreDrawnAndListed()
{
    if (skippedHere(false))
        QSKIP("run by tst_batch_figures");
    const Run run = runCli(batch(QStringLiteral("100")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("2 landscapes and 1 similarity groups: 3 done, 0 skipped (unchanged), 0 failed; "
                              "4 figures: 4 drawn, 0 skipped (unchanged), 0 failed;"),
             run.out.constData());
    QVERIFY2(run.err.contains("[figure 4/4]"), run.err.constData());
    const QJsonObject manifest = readManifest(out());
    checkListed(manifest, 100);
    // The figure options are recorded; scatter is the overfitting view.
    const QJsonObject figures =
        manifest.value(QStringLiteral("options")).toObject().value(QStringLiteral("figures")).toObject();
    QCOMPARE(figures.value(QStringLiteral("views")).toArray(),
             QJsonArray({QStringLiteral("metrics"), QStringLiteral("overfitting")}));
    QCOMPARE(figures.value(QStringLiteral("dpi")).toDouble(), 100.0);
    const auto status = statuses(manifest);
    QCOMPARE(status.value(QStringLiteral("figure:12:overfitting:png")), QStringLiteral("done"));
    // The tables are there as without --figures.
    QVERIFY(QFileInfo::exists(out() + QLatin1Char('/') + kFolder3 + QStringLiteral("/metrics.csv")));
    // No temporary file is left behind.
    QCOMPARE(QDir(out() + QLatin1Char('/') + kFolder3).entryList({QStringLiteral("*.part*")}), QStringList());
}

void TestBatchFigures::sameBytesAsExport()
{
    if (skippedHere(false))
        QSKIP("run by tst_batch_figures");
    // Landscape 12's scatter was the second view drawn on its computed landscape.
    const QString png = m_dir.filePath(QStringLiteral("export.png"));
    const Run run =
        runCli({QStringLiteral("export"), QStringLiteral(HPLX_SAMPLE_DB), QStringLiteral("--landscape"),
                QStringLiteral("12"), QStringLiteral("--view"), QStringLiteral("scatter"), QStringLiteral("--out"), png,
                QStringLiteral("--width-mm"), QStringLiteral("80"), QStringLiteral("--height-mm"), QStringLiteral("60"),
                QStringLiteral("--dpi"), QStringLiteral("100"), QStringLiteral("--no-cache")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(sha256Hex(png), sha256Hex(out() + QLatin1Char('/') + kFolder12 + QStringLiteral("/overfitting.png")));
}

void TestBatchFigures::rerunSkipsFigures()
{
    if (skippedHere(false))
        QSKIP("run by tst_batch_figures");
    const QString png = out() + QLatin1Char('/') + kFolder3 + QStringLiteral("/metrics.png");
    const QDateTime written = QFileInfo(png).lastModified();
    const QByteArray manifest = sha256Hex(out() + QStringLiteral("/manifest.json"));
    const Run run = runCli(batch(QStringLiteral("100")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("3 skipped (unchanged), 0 failed; 4 figures: 0 drawn, 4 skipped (unchanged), 0 failed"),
             run.out.constData());
    QVERIFY(run.err.contains("4 of 4 figures unchanged"));
    QCOMPARE(QFileInfo(png).lastModified(), written);
    QCOMPARE(sha256Hex(out() + QStringLiteral("/manifest.json")), manifest);

    // A deleted figure is drawn again, alone.
    QVERIFY(QFile::remove(png));
    const Run again = runCli(batch(QStringLiteral("100")));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("4 figures: 1 drawn, 3 skipped (unchanged), 0 failed"), again.out.constData());
    QVERIFY(QFileInfo::exists(png));
    checkListed(readManifest(out()), 100);
}

void TestBatchFigures::otherDpiRedrawsFiguresOnly()
{
    if (skippedHere(false))
        QSKIP("run by tst_batch_figures");
    const QString csv = out() + QLatin1Char('/') + kFolder3 + QStringLiteral("/metrics.csv");
    const QDateTime tableWritten = QFileInfo(csv).lastModified();
    const Run run = runCli(batch(QStringLiteral("150")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("0 done, 3 skipped (unchanged), 0 failed; 4 figures: 4 drawn, 0 skipped (unchanged)"),
             run.out.constData());
    QVERIFY2(run.err.contains("other figure options"), run.err.constData());
    QCOMPARE(QFileInfo(csv).lastModified(), tableWritten);
    checkListed(readManifest(out()), 150);
}

void TestBatchFigures::nothingToDrawIsANote()
{
    if (skippedHere(false))
        QSKIP("run by tst_batch_figures");
    // A database of one landscape: its similarity view has no matrix to show.
    const QString csv = m_dir.filePath(QStringLiteral("one.csv")), db = m_dir.filePath(QStringLiteral("one.db"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a,b,train_loss\n1,1,0.1\n1,2,0.4\n2,1,0.2\n2,2,0.5\n3,1,0.3\n3,2,0.0\n");
    file.close();
    const Run import = runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--hps"),
                               QStringLiteral("a,b"), QStringLiteral("--loss"), QStringLiteral("train_loss"),
                               QStringLiteral("--quiet")});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const QString dir = m_dir.filePath(QStringLiteral("one"));
    const QStringList args = {QStringLiteral("batch"),     db,
                              QStringLiteral("--out"),     dir,
                              QStringLiteral("--figures"), QStringLiteral("similarity,importance"),
                              QStringLiteral("--dpi"),     QStringLiteral("60"),
                              QStringLiteral("--quiet")};
    const Run run = runCli(args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("2 figures: 1 drawn, 0 skipped (unchanged), 1 with nothing to draw, 0 failed"),
             run.out.constData());
    for (const auto &value : readManifest(dir).value(QStringLiteral("results")).toArray()) {
        const QJsonObject result = value.toObject();
        if (result.value(QStringLiteral("view")).toString() != QStringLiteral("similarity"))
            continue;
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QVERIFY(result.value(QStringLiteral("files")).toArray().isEmpty());
        QVERIFY(result.value(QStringLiteral("notes"))
                    .toArray()
                    .at(0)
                    .toString()
                    .contains(QStringLiteral("the similarity view has nothing to draw")));
    }
    // Not tried again.
    const Run again = runCli(args);
    QVERIFY2(again.out.contains("2 figures: 0 drawn, 2 skipped (unchanged), 0 failed"), again.out.constData());
}

// Also in the XVFB build: there QT_QPA_PLATFORM is xcb, which must not abort without a display.
void TestBatchFigures::threeDimensionalViewWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString dir = m_dir.filePath(QStringLiteral("nodisplay"));
    const Run run = runCli({QStringLiteral("batch"), QStringLiteral(HPLX_SAMPLE_DB), QStringLiteral("--out"), dir,
                            QStringLiteral("--landscapes"), QStringLiteral("3"), QStringLiteral("--figures"),
                            QStringLiteral("surface,metrics"), QStringLiteral("--dpi"), QStringLiteral("60"),
                            QStringLiteral("--quiet")},
                           120000, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("2 figures: 1 drawn, 0 skipped (unchanged), 1 failed"), run.out.constData());
    QVERIFY2(run.out.contains("figure:3:surface:png: failed: the surface view needs an X display")
                 && run.out.contains("xvfb-run -a"),
             run.out.constData());
    const auto status = statuses(readManifest(dir));
    QVERIFY(status.value(QStringLiteral("figure:3:surface:png")).startsWith(QStringLiteral("failed: ")));
    QCOMPARE(status.value(QStringLiteral("figure:3:metrics:png")), QStringLiteral("done"));
    QCOMPARE(status.value(QStringLiteral("landscape:3")), QStringLiteral("done"));
    QVERIFY(QFileInfo::exists(dir + QLatin1Char('/') + kFolder3 + QStringLiteral("/metrics.png")));
    QVERIFY(!QFileInfo::exists(dir + QLatin1Char('/') + kFolder3 + QStringLiteral("/surface.png")));
}

void TestBatchFigures::threeDimensionalViewUnderXServer()
{
    if (skippedHere(true))
        QSKIP("the 3-D views need an X display: run by tst_batch_figures_3d under xvfb-run");
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("no X display");
    const QString dir = m_dir.filePath(QStringLiteral("threed"));
    const QStringList args = {QStringLiteral("batch"),           QStringLiteral(HPLX_SAMPLE_DB),
                              QStringLiteral("--out"),           dir,
                              QStringLiteral("--landscapes"),    QStringLiteral("3"),
                              QStringLiteral("--figures"),       QStringLiteral("surface"),
                              QStringLiteral("--figure-format"), QStringLiteral("png,pdf"),
                              QStringLiteral("--width-px"),      QStringLiteral("300"),
                              QStringLiteral("--height-px"),     QStringLiteral("200"),
                              QStringLiteral("--cache"),         m_dir.filePath(QStringLiteral("cache.db")),
                              QStringLiteral("--quiet")};
    const Run run = runCli(args, 570000);
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    const QString png = dir + QLatin1Char('/') + kFolder3 + QStringLiteral("/surface.png");
    const QImage image(png);
    QCOMPARE(image.size(), QSize(300, 200));
    const auto files = figureFiles(readManifest(dir));
    QCOMPARE(files.size(), 2);
    for (auto it = files.begin(); it != files.end(); ++it)
        QCOMPARE(it.value().value(QStringLiteral("sha256")).toString().toLatin1(),
                 sha256Hex(dir + QLatin1Char('/') + it.key()));
    // Drawn, not blank: many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
}

void TestBatchFigures::badOptions_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("compare") << QStringList{QStringLiteral("--figures"), QStringLiteral("metrics,compare")}
                             << QStringLiteral("second landscape");
    QTest::newRow("unknown view") << QStringList{QStringLiteral("--figures"), QStringLiteral("contour")}
                                  << QStringLiteral("unknown view 'contour'");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--figures"), QStringLiteral("metrics"),
                                                   QStringLiteral("--figure-format"), QStringLiteral("gif")}
                                    << QStringLiteral("--figure-format expects png, svg or pdf");
    QTest::newRow("dpi without figures") << QStringList{QStringLiteral("--dpi"), QStringLiteral("100")}
                                         << QStringLiteral("--dpi shapes figures");
    QTest::newRow("bad dpi") << QStringList{QStringLiteral("--figures"), QStringLiteral("all2d"),
                                            QStringLiteral("--dpi"), QStringLiteral("5")}
                             << QStringLiteral("--dpi expects a number from 30 to 2400");
    QTest::newRow("colour map") << QStringList{QStringLiteral("--figures"), QStringLiteral("all"),
                                               QStringLiteral("--colour-map"), QStringLiteral("rainbow")}
                                << QStringLiteral("unknown colour map 'rainbow'");
}

void TestBatchFigures::badOptions()
{
    if (skippedHere(false))
        QSKIP("run by tst_batch_figures");
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const QString dir = m_dir.filePath(QStringLiteral("bad"));
    const Run run = runCli(
        QStringList{QStringLiteral("batch"), QStringLiteral(HPLX_SAMPLE_DB), QStringLiteral("--out"), dir} + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY(!QFileInfo::exists(dir)); // checked before anything is written
}

QTEST_GUILESS_MAIN(TestBatchFigures)
#include "tst_batch_figures.moc"
