// `hplx DB --landscape ID [--compare ID] --screenshot F --quit` (CLI.md)
// writes a PNG of the main window with the requested landscapes selected in
// the browser; bad ids fail clearly.
#include "support/TestDatabases.h"

#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screenshotShowsSelectedLandscape();
    void unknownLandscapeFails();
    void unknownComparisonFails();

private:
    int runGui(const QStringList &args, QByteArray *err = nullptr);
    QTemporaryDir m_dir;
    QString m_db;
};

void TestScreenshot::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("small.db"));
    hplx::test::writeSmallDatabase(m_db);
}

int TestScreenshot::runGui(const QStringList &args, QByteArray *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))); // no user settings
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HPLX_GUI), args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return -1;
    }
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

// First and last image row of the left third (the landscape browser) drawn
// mostly in the style's highlight colour (the selected leaves), or {-1, -1}.
static QPair<int, int> highlightBand(const QImage &image)
{
    const QColor highlight = QGuiApplication::palette().color(QPalette::Active, QPalette::Highlight);
    QPair<int, int> band{-1, -1};
    for (int y = 0; y < image.height(); ++y) {
        int count = 0;
        for (int x = 0; x < image.width() / 3; ++x)
            count += image.pixelColor(x, y) == highlight;
        if (count > image.width() / 6) {
            band.first = band.first < 0 ? y : band.first;
            band.second = y;
        }
    }
    return band;
}

void TestScreenshot::screenshotShowsSelectedLandscape()
{
    QList<QPair<int, int>> bands;
    for (const QString &id : {QStringLiteral("1"), QStringLiteral("2")}) {
        const QString png = m_dir.filePath(QStringLiteral("window-%1.png").arg(id));
        QCOMPARE(runGui({m_db, QStringLiteral("--landscape"), id, QStringLiteral("--screenshot"), png,
                         QStringLiteral("--quit")}),
                 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 600 && image.height() >= 400);
        bands << highlightBand(image);
        const int height = bands.last().second - bands.last().first + 1;
        QVERIFY2(bands.last().first >= 0 && height >= 10 && height <= 60, qPrintable(QString::number(height)));
    }
    // Landscape 2 is the second row: its band starts one row (plus the grid
    // line between rows) lower.
    const int rowHeight = bands[0].second - bands[0].first + 1;
    const int offset = bands[1].first - bands[0].first;
    QVERIFY2(offset >= rowHeight && offset <= rowHeight + 2, qPrintable(QString::number(offset)));

    // --compare selects the second landscape as well: both rows are highlighted.
    const QString png = m_dir.filePath(QStringLiteral("compare.png"));
    QCOMPARE(runGui({m_db, QStringLiteral("--landscape"), QStringLiteral("1"), QStringLiteral("--compare"),
                     QStringLiteral("2"), QStringLiteral("--screenshot"), png, QStringLiteral("--quit")}),
             0);
    const QPair<int, int> both = highlightBand(QImage(png));
    QCOMPARE(both.first, bands[0].first);
    QVERIFY2(both.second >= bands[1].second - 1,
             qPrintable(QStringLiteral("%1 %2").arg(both.second).arg(bands[1].second)));
}

void TestScreenshot::unknownLandscapeFails()
{
    QByteArray err;
    QCOMPARE(runGui({m_db, QStringLiteral("--landscape"), QStringLiteral("99"), QStringLiteral("--screenshot"),
                     m_dir.filePath(QStringLiteral("never.png")), QStringLiteral("--quit")},
                    &err),
             1);
    QVERIFY2(err.contains("no landscape with id 99"), err.constData());
}

void TestScreenshot::unknownComparisonFails()
{
    QByteArray err;
    QCOMPARE(runGui({m_db, QStringLiteral("--landscape"), QStringLiteral("1"), QStringLiteral("--compare"),
                     QStringLiteral("77"), QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("never.png")),
                     QStringLiteral("--quit")},
                    &err),
             1);
    QVERIFY2(err.contains("no landscape with id 77"), err.constData());
}

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
