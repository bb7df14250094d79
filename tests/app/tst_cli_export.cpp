// hplx-cli export: the GUI's figures written from the command line, checked
// on the bundled sample database — file formats, sizes and stored DPI, text
// kept as text, the 3-D surface under an X server, and the errors.
#include "CliTestHelpers.h"

#include "store/LandscapeDatabase.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using hplxtest::runCli;

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scatterPngHasSizeAndDpi();
    void jsonDescribesTheFile();
    void importanceSvgKeepsTextAsText();
    void similarityPdf();
    void metricsTableWithComparison();
    void threeDimensionalUnderXServer_data();
    void threeDimensionalUnderXServer();
    void threeDimensionalViewWithoutDisplay();
    void badInput_data();
    void badInput();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    static QStringList base(const QString &view, const QString &landscape = QStringLiteral("3"));
    static bool twoDimensionalSkipped();

    QTemporaryDir m_dir;
};

// Landscape 3 of the sample: xgboost / iris / test at data_fraction 0.1;
// 9 the same at data_fraction 1; 30 an svm landscape (another space).
QStringList TestCliExport::base(const QString &view, const QString &landscape)
{
    return {QStringLiteral("export"),      QStringLiteral(HPLX_SAMPLE_DB),
            QStringLiteral("--landscape"), landscape,
            QStringLiteral("--view"),      view,
            QStringLiteral("--no-cache")};
}

// The XVFB build of this test runs the 3-D case only (the rest runs offscreen).
bool TestCliExport::twoDimensionalSkipped()
{
#ifdef HPLX_EXPORT_3D_ONLY
    return true;
#else
    return false;
#endif
}

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliExport::scatterPngHasSizeAndDpi()
{
    if (twoDimensionalSkipped())
        QSKIP("run by tst_cli_export");
    const QString png = file(QStringLiteral("scatter.png"));
    const auto run = runCli(base(QStringLiteral("scatter"))
                            << QStringLiteral("--out") << png << QStringLiteral("--width-mm") << QStringLiteral("80")
                            << QStringLiteral("--height-mm") << QStringLiteral("60") << QStringLiteral("--dpi")
                            << QStringLiteral("300"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // 80 mm / 25.4 * 300 = 944.88 -> 945; 60 mm -> 708.66 -> 709.
    const QImage image(png);
    QCOMPARE(image.size(), QSize(945, 709));
    // 300 dots per inch = 11811.02 dots per metre.
    QCOMPARE(image.dotsPerMeterX(), 11811);
    QCOMPARE(image.dotsPerMeterY(), 11811);
    QVERIFY(run.out.contains(png.toUtf8()));
    QVERIFY(run.out.contains("945 x 709 px"));
    // A chart, not an empty page: some pixels far from white.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            dark += qGray(image.pixel(x, y)) < 128;
    QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
}

void TestCliExport::jsonDescribesTheFile()
{
    if (twoDimensionalSkipped())
        QSKIP("run by tst_cli_export");
    const QString png = file(QStringLiteral("ranks.png"));
    const auto run =
        runCli(base(QStringLiteral("ranks"))
               << QStringLiteral("--with") << QStringLiteral("9") << QStringLiteral("--out") << png
               << QStringLiteral("--width-px") << QStringLiteral("640") << QStringLiteral("--height-px")
               << QStringLiteral("480") << QStringLiteral("--dpi") << QStringLiteral("96") << QStringLiteral("--json"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(doc.value(QStringLiteral("file")).toString(), png);
    QCOMPARE(doc.value(QStringLiteral("view")).toString(), QStringLiteral("ranks"));
    QCOMPARE(doc.value(QStringLiteral("landscape")).toInt(), 3);
    QCOMPARE(doc.value(QStringLiteral("with")).toInt(), 9);
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("png"));
    QCOMPARE(doc.value(QStringLiteral("width_px")).toInt(), 640);
    QCOMPARE(doc.value(QStringLiteral("height_px")).toInt(), 480);
    // 640 px at 96 DPI = 6.6667 in = 169.33 mm.
    QVERIFY(qAbs(doc.value(QStringLiteral("width_mm")).toDouble() - 640 / 96.0 * 25.4) < 1e-6);
    QVERIFY(qAbs(doc.value(QStringLiteral("height_mm")).toDouble() - 480 / 96.0 * 25.4) < 1e-6);
    QCOMPARE(doc.value(QStringLiteral("dpi")).toDouble(), 96.0);
    QCOMPARE(QImage(png).size(), QSize(640, 480));
}

void TestCliExport::importanceSvgKeepsTextAsText()
{
    if (twoDimensionalSkipped())
        QSKIP("run by tst_cli_export");
    // The box plot shows the space's first HP: read its name from the database.
    const hplx::LandscapeDatabase db(HPLX_SAMPLE_DB);
    const auto landscape = db.loadLandscape(3);
    const QString firstHp = QString::fromStdString(landscape.space().hp(0).name());

    const QString svg = file(QStringLiteral("importance.svg"));
    const auto run = runCli(base(QStringLiteral("importance")) << QStringLiteral("--out") << svg);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("160 x 100 mm")); // the default size
    QFile in(svg);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(in.readAll());
    QVERIFY(text.startsWith(QStringLiteral("<?xml")) || text.contains(QStringLiteral("<svg")));
    // Some <text> element holds the HP's name (as a whole word).
    const QRegularExpression hpText(
        QStringLiteral("<text[^>]*>[^<]*\\b%1\\b").arg(QRegularExpression::escape(firstHp)));
    QVERIFY2(hpText.match(text).hasMatch(), qPrintable(firstHp));
}

void TestCliExport::similarityPdf()
{
    if (twoDimensionalSkipped())
        QSKIP("run by tst_cli_export");
    const QString pdf = file(QStringLiteral("similarity.pdf"));
    const auto run = runCli(base(QStringLiteral("similarity")) << QStringLiteral("--out") << pdf);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile in(pdf);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.read(5), QByteArray("%PDF-"));
    in.close();
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: the text of the PDF is not checked");
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray text = process.readAllStandardOutput();
    // The matrix of the xgboost landscapes names the sample's datasets.
    QVERIFY2(text.contains("iris") && text.contains("wine"), text.constData());
}

void TestCliExport::metricsTableWithComparison()
{
    if (twoDimensionalSkipped())
        QSKIP("run by tst_cli_export");
    const QString svg = file(QStringLiteral("metrics.svg"));
    const auto run = runCli(base(QStringLiteral("metrics"))
                            << QStringLiteral("--with") << QStringLiteral("9") << QStringLiteral("--out") << svg);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile in(svg);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(in.readAll());
    // Metric names and both landscapes' column titles are text.
    for (const QString &expected : {QStringLiteral("l_ast"), QStringLiteral("fdc"), QStringLiteral("n_lo"),
                                    QStringLiteral("data_fraction = 0.1"), QStringLiteral("data_fraction = 1")})
        QVERIFY2(text.contains(
                     QRegularExpression(QStringLiteral("<text[^>]*>[^<]*") + QRegularExpression::escape(expected))),
                 qPrintable(expected));
}

void TestCliExport::threeDimensionalUnderXServer_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QStringList>("more");
    QTest::newRow("surface") << QStringLiteral("surface") << QStringList{};
    QTest::newRow("lon") << QStringLiteral("lon") << QStringList{};
    // Landscape 12: wine at the same fidelity and split (the embedding is the primary's, cached above).
    QTest::newRow("compare") << QStringLiteral("compare")
                             << QStringList{QStringLiteral("--with"), QStringLiteral("12")};
}

void TestCliExport::threeDimensionalUnderXServer()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("the 3-D views need an X display: run by tst_cli_export_3d under xvfb-run");
    QFETCH(QString, view);
    QFETCH(QStringList, more);
    const QString png = file(view + QStringLiteral(".png"));
    const auto run = runCli(QStringList{QStringLiteral("export"), QStringLiteral(HPLX_SAMPLE_DB),
                                        QStringLiteral("--landscape"), QStringLiteral("3"), QStringLiteral("--view"),
                                        view, QStringLiteral("--cache"), file(QStringLiteral("cache.db"))}
                                << more << QStringLiteral("--out") << png << QStringLiteral("--width-px")
                                << QStringLiteral("600") << QStringLiteral("--height-px") << QStringLiteral("400"),
                            570000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(600, 400));
    // The terrain is coloured: many distinct colours, a good share not white.
    QSet<QRgb> colours;
    int coloured = 0, samples = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            coloured += qAbs(qRed(pixel) - qBlue(pixel)) > 40 || qAbs(qGreen(pixel) - qBlue(pixel)) > 40;
            ++samples;
        }
    }
    QVERIFY2(colours.size() > 100, qPrintable(QString::number(colours.size())));
    QVERIFY2(coloured > samples / 20, qPrintable(QStringLiteral("%1 of %2").arg(coloured).arg(samples)));
}

void TestCliExport::threeDimensionalViewWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString png = file(QStringLiteral("nodisplay.png"));
    const auto run = runCli(base(QStringLiteral("surface")) << QStringLiteral("--out") << png, 60000, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("needs an X display") && run.err.contains("xvfb-run -a"), run.err.constData());
    QVERIFY(!QFile::exists(png));
}

void TestCliExport::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral(HPLX_SAMPLE_DB);
    const QString png = QDir::temp().filePath(QStringLiteral("hplx-export-never-written.png"));
    auto args = [&](const QString &view, const QStringList &more) {
        return QStringList{QStringLiteral("export"), db,  QStringLiteral("--landscape"), QStringLiteral("3"),
                           QStringLiteral("--view"), view}
               + more;
    };
    const QStringList out{QStringLiteral("--out"), png};
    QTest::newRow("unknown view") << args(QStringLiteral("contour"), out) << 2
                                  << QStringLiteral("unknown view 'contour'");
    QTest::newRow("compare without --with") << args(QStringLiteral("compare"), out) << 2 << QStringLiteral("--with ID");
    QTest::newRow("ranks on another space")
        << args(QStringLiteral("ranks"), out + QStringList{QStringLiteral("--with"), QStringLiteral("30")}) << 2
        << QStringLiteral("different search spaces");
    QTest::newRow("compare on another space")
        << args(QStringLiteral("compare"), out + QStringList{QStringLiteral("--with"), QStringLiteral("30")}) << 2
        << QStringLiteral("different search spaces");
    QTest::newRow("zero width") << args(QStringLiteral("scatter"),
                                        out
                                            + QStringList{QStringLiteral("--width-mm"), QStringLiteral("0"),
                                                          QStringLiteral("--height-mm"), QStringLiteral("60")})
                                << 2 << QStringLiteral("--width-mm expects a number");
    QTest::newRow("width without height")
        << args(QStringLiteral("scatter"), out + QStringList{QStringLiteral("--width-px"), QStringLiteral("800")}) << 2
        << QStringLiteral("--width-px and --height-px go together");
    QTest::newRow("mm and px mixed") << args(QStringLiteral("scatter"),
                                             out
                                                 + QStringList{QStringLiteral("--width-mm"), QStringLiteral("80"),
                                                               QStringLiteral("--height-px"), QStringLiteral("600")})
                                     << 2 << QStringLiteral("not both");
    QTest::newRow("not a number") << args(QStringLiteral("scatter"),
                                          out + QStringList{QStringLiteral("--dpi"), QStringLiteral("many")})
                                  << 2 << QStringLiteral("--dpi");
    QTest::newRow("unknown suffix") << args(QStringLiteral("scatter"),
                                            {QStringLiteral("--out"), QStringLiteral("figure.jpg")})
                                    << 2 << QStringLiteral("figure.jpg: unknown figure format");
    QTest::newRow("missing folder")
        << args(QStringLiteral("scatter"), {QStringLiteral("--out"), QStringLiteral("/nonexistent-hplx/figure.png")})
        << 1 << QStringLiteral("/nonexistent-hplx/figure.png: the folder /nonexistent-hplx does not exist");
    QTest::newRow("unknown landscape") << QStringList{QStringLiteral("export"),      db,
                                                      QStringLiteral("--landscape"), QStringLiteral("99999"),
                                                      QStringLiteral("--view"),      QStringLiteral("scatter")}
                                              + out
                                       << 2 << QStringLiteral("no landscape with id 99999");
    QTest::newRow("unknown colour map") << args(
        QStringLiteral("scatter"), out + QStringList{QStringLiteral("--colour-map"), QStringLiteral("jet")})
                                        << 2 << QStringLiteral("unknown colour map 'jet'");
    QTest::newRow("--with on a view without one")
        << args(QStringLiteral("importance"), out + QStringList{QStringLiteral("--with"), QStringLiteral("9")}) << 2
        << QStringLiteral("--with is used by");
    QTest::newRow("no --out") << args(QStringLiteral("scatter"), {}) << 2 << QStringLiteral("--out");
}

void TestCliExport::badInput()
{
    if (twoDimensionalSkipped())
        QSKIP("run by tst_cli_export");
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto run = runCli(args, 60000);
    QCOMPARE(run.exitCode, exitCode);
    const QString err = QString::fromUtf8(run.err).trimmed();
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err)); // one line
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("hplx-export-never-written.png"))));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
