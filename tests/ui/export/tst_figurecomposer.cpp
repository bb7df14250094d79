// The figure composer (offscreen): snapshots taken when added, their order,
// the grid (cells of a 400 x 400 figure painted at scale 1: unit px at the
// logical DPI), panel letters, captions, SVG staying vector, the PNG size,
// the dialog, and a composition of real chart panels.
//
// Geometry worked by hand: 2 columns, gap 0, no letters or captions: cells
// of a 400 x 400 figure are the quadrants [0,200) x [0,200) etc., so a
// square snapshot fills its quadrant and the quadrants' centres are
// (100,100), (300,100), (100,300), (300,300). A 200 x 100 snapshot in a
// 200 x 200 cell is scaled by 1 and centred: rows 50..150.
#include "support/TestDatabases.h"
#include "ui/export/FigureTestHelpers.h"
#include "ui/window/WindowTestHelpers.h"

#include "export/ComposerDialog.h"
#include "export/ExportFigureDialog.h"
#include "export/FigureComposer.h"
#include "export/FigureExport.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtSvg/QSvgRenderer>
#include <QtTest>

using namespace hplx;
using hplxtest::showAndWait;

namespace {

// Fills its target with one colour; optionally draws the word "fake" and a
// diagonal path so the SVG has text and shapes from the snapshot itself.
class FakeFigure : public FigureSource
{
public:
    FakeFigure(QString title, QColor fill, bool drawing = false)
        : colour(std::move(fill)), m_title(std::move(title)), m_drawing(drawing)
    {}
    QString figureTitle() const override { return m_title; }
    bool isVectorFigure() const override { return true; }
    void paintFigure(QPainter &painter, const QRectF &target, double) override
    {
        painter.fillRect(target, colour);
        if (!m_drawing)
            return;
        QPainterPath path(target.topLeft());
        path.lineTo(target.bottomRight());
        painter.setPen(QPen(Qt::black, 1));
        painter.drawPath(path);
        painter.drawText(target, Qt::AlignCenter, QStringLiteral("fake"));
    }
    QColor colour;

private:
    QString m_title;
    bool m_drawing;
};

// A figure with a colour bar: its plot is one colour, its own bar a red
// strip in the right 15 %; without the bar the plot fills the target.
class ScaledFigure : public FigureSource
{
public:
    ScaledFigure(QColor plot, FigureColourScale scale) : m_plot(std::move(plot)), m_scale(std::move(scale)) {}
    QString figureTitle() const override { return QStringLiteral("scaled"); }
    bool isVectorFigure() const override { return true; }
    void paintFigure(QPainter &painter, const QRectF &target, double) override
    {
        painter.fillRect(target, m_plot);
        painter.fillRect(
            QRectF(target.left() + target.width() * 0.85, target.top(), target.width() * 0.15, target.height()),
            Qt::red);
    }
    std::optional<FigureColourScale> figureColourScale() const override { return m_scale; }
    void paintFigureWithoutColourBar(QPainter &painter, const QRectF &target, double) override
    {
        painter.fillRect(target, m_plot);
    }

private:
    QColor m_plot;
    FigureColourScale m_scale;
};

FigureColourScale rankScale(double hi = 1080.0)
{
    FigureColourScale scale;
    scale.title = QStringLiteral("Loss rank");
    scale.map = QStringLiteral("viridis");
    scale.lo = 1.0;
    scale.hi = hi;
    return scale;
}

// 400 x 400 px at the logical DPI: the figure's logical units are its pixels.
FigureOptions squareOptions(double side = 400)
{
    FigureOptions options;
    options.unit = FigureOptions::Unit::Pixels;
    options.width = side;
    options.height = side;
    options.dpi = figureLogicalDpi();
    return options;
}

ComposerLayout plainLayout(int columns)
{
    ComposerLayout layout;
    layout.columns = columns;
    layout.letters = false;
    layout.captions = false;
    layout.gapMm = 0;
    return layout;
}

QStringList titles(const FigureComposer &composer)
{
    QStringList list;
    for (int i = 0; i < composer.count(); ++i)
        list << composer.title(i);
    return list;
}

bool near(QRgb pixel, const QColor &colour, int tolerance = 8)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance && std::abs(qGreen(pixel) - colour.green()) <= tolerance
           && std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

int darkPixels(const QImage &image, const QRect &rect)
{
    int count = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            count += hplxtest::isDark(image.pixel(x, y)) ? 1 : 0;
    return count;
}

} // namespace

class TestFigureComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void letters_data();
    void letters();
    void orderFollowsAddMoveRemove();
    void snapshotIsTakenWhenAdded();
    void fourPanelsFillTheQuadrants();
    void aspectRatioIsKept();
    void lettersInTopLeftCorners();
    void svgHasLettersCaptionsAndVectorSnapshots();
    void heightForWidthFitsTheSnapshots();
    void longCaptionsTakeTwoLines();
    void sharedColourBarNeedsOneScale();
    void sharedColourBarReplacesThePanelsBars();
    void dialogEditsTheComposer();
    void realPanelsStayVector();
    void sampleScreenshot();

private:
    QByteArray read(const QString &file);
    QTemporaryDir m_dir;
};

void TestFigureComposer::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("hplx-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_figurecomposer"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestFigureComposer::cleanupTestCase()
{
    QSettings().clear();
}

QByteArray TestFigureComposer::read(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

void TestFigureComposer::letters_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("letter");
    const int lower = int(ComposerLayout::LetterStyle::Lower);
    const int paren = int(ComposerLayout::LetterStyle::LowerParenthesised);
    const int upper = int(ComposerLayout::LetterStyle::Upper);
    QTest::newRow("first") << 0 << lower << QStringLiteral("a");
    QTest::newRow("fourth") << 3 << lower << QStringLiteral("d");
    QTest::newRow("parenthesised") << 1 << paren << QStringLiteral("(b)");
    QTest::newRow("upper") << 2 << upper << QStringLiteral("C");
    QTest::newRow("26th") << 25 << lower << QStringLiteral("z");
    QTest::newRow("27th") << 26 << lower << QStringLiteral("aa");
    QTest::newRow("53rd") << 52 << upper << QStringLiteral("BA");
}

void TestFigureComposer::letters()
{
    QFETCH(int, index);
    QFETCH(int, style);
    QFETCH(QString, letter);
    QCOMPARE(FigureComposer::letter(index, ComposerLayout::LetterStyle(style)), letter);
}

void TestFigureComposer::orderFollowsAddMoveRemove()
{
    FigureComposer composer;
    QSignalSpy changed(&composer, &FigureComposer::changed);
    FakeFigure a(QStringLiteral("A"), Qt::red), b(QStringLiteral("B"), Qt::green), c(QStringLiteral("C"), Qt::blue),
        d(QStringLiteral("D"), Qt::yellow);
    QCOMPARE(composer.add(a, QSizeF(100, 100)), 0);
    QCOMPARE(composer.add(b, QSizeF(100, 100)), 1);
    QCOMPARE(composer.add(c, QSizeF(100, 100)), 2);
    QCOMPARE(composer.addCurrentView(&d), 3);
    QCOMPARE(composer.addCurrentView(nullptr), -1);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(composer.snapshotSize(3), composer.snapshotSize());

    composer.move(0, 3);
    QCOMPARE(titles(composer),
             (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("A")}));
    composer.move(3, 1);
    QCOMPARE(titles(composer),
             (QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D")}));
    composer.remove(0);
    QCOMPARE(titles(composer), (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D")}));
    QCOMPARE(changed.count(), 7);

    // Out of range or no-op: nothing changes, no signal.
    composer.move(0, 3);
    composer.move(1, 1);
    composer.remove(-1);
    composer.remove(3);
    QCOMPARE(composer.count(), 3);
    QCOMPARE(changed.count(), 7);

    composer.setTitle(1, QStringLiteral("C on wine"));
    QCOMPARE(composer.title(1), QStringLiteral("C on wine"));
    QCOMPARE(changed.count(), 8);
    composer.clear();
    QCOMPARE(composer.count(), 0);
    QCOMPARE(changed.count(), 9);
}

void TestFigureComposer::snapshotIsTakenWhenAdded()
{
    FigureComposer composer;
    composer.setLayout(plainLayout(1));
    FakeFigure view(QStringLiteral("surface of iris"), Qt::red);
    composer.add(view, QSizeF(100, 100));
    view.colour = Qt::blue; // the user selects another dataset
    composer.add(view, QSizeF(100, 100));
    CompositeFigure figure(&composer);
    FigureOptions options = squareOptions(200);
    options.height = 400; // one column, two rows of 200 x 200
    const QImage image = renderFigure(figure, options);
    QCOMPARE(image.size(), QSize(200, 400));
    QVERIFY(near(image.pixel(100, 100), Qt::red));
    QVERIFY(near(image.pixel(100, 300), Qt::blue));
    // The thumbnail shows the snapshot too.
    QVERIFY(near(composer.thumbnail(0, QSize(40, 40)).pixel(20, 20), Qt::red));
}

void TestFigureComposer::fourPanelsFillTheQuadrants()
{
    FigureComposer composer;
    composer.setLayout(plainLayout(2));
    const QList<QColor> colours{Qt::red, Qt::green, Qt::blue, Qt::yellow};
    std::vector<std::unique_ptr<FakeFigure>> fakes;
    for (const QColor &colour : colours) {
        fakes.push_back(std::make_unique<FakeFigure>(colour.name(), colour));
        composer.add(*fakes.back(), QSizeF(100, 100));
    }
    CompositeFigure figure(&composer);
    const QString file = m_dir.filePath(QStringLiteral("quadrants.png"));
    QCOMPARE(exportFigure(figure, file, squareOptions()), QString());
    QImage image;
    QVERIFY(image.load(file));
    QCOMPARE(image.size(), QSize(400, 400));
    const QList<QPoint> centres{{100, 100}, {300, 100}, {100, 300}, {300, 300}};
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(near(image.pixel(centres[i]), colours[i]), qPrintable(QString::number(i)));
        // Also near the quadrant's corners: the snapshot fills the whole cell.
        QVERIFY(near(image.pixel(centres[i] + QPoint(-95, -95)), colours[i]));
        QVERIFY(near(image.pixel(centres[i] + QPoint(95, 95)), colours[i]));
    }
    QCOMPARE(figure.panelRect(3, QRectF(0, 0, 400, 400), 1.0), QRectF(200, 200, 200, 200));

    // Moving the first panel last shifts the others one cell back.
    composer.move(0, 3);
    const QImage moved = renderFigure(figure, squareOptions());
    for (int i = 0; i < 4; ++i)
        QVERIFY(near(moved.pixel(centres[i]), colours[(i + 1) % 4]));
    // Removing one leaves the fourth cell empty (white).
    composer.remove(0);
    const QImage removed = renderFigure(figure, squareOptions());
    QVERIFY(near(removed.pixel(centres[0]), Qt::blue));
    QVERIFY(near(removed.pixel(centres[2]), Qt::red));
    QVERIFY(near(removed.pixel(centres[3]), Qt::white));
}

void TestFigureComposer::aspectRatioIsKept()
{
    FigureComposer composer;
    composer.setLayout(plainLayout(1));
    FakeFigure wide(QStringLiteral("wide"), Qt::red);
    composer.add(wide, QSizeF(200, 100));
    CompositeFigure figure(&composer);
    QCOMPARE(figure.panelRect(0, QRectF(0, 0, 200, 200), 1.0), QRectF(0, 50, 200, 100));
    const QImage image = renderFigure(figure, squareOptions(200));
    QVERIFY(near(image.pixel(100, 20), Qt::white));
    QVERIFY(near(image.pixel(100, 100), Qt::red));
    QVERIFY(near(image.pixel(5, 55), Qt::red));
    QVERIFY(near(image.pixel(100, 180), Qt::white));
}

void TestFigureComposer::lettersInTopLeftCorners()
{
    FigureComposer composer;
    ComposerLayout layout = plainLayout(2);
    composer.setLayout(layout);
    // Light fills, so the only dark pixels are the letters.
    const QList<QColor> colours{QColor(255, 200, 200), QColor(200, 255, 200), QColor(200, 200, 255),
                                QColor(255, 255, 200)};
    std::vector<std::unique_ptr<FakeFigure>> fakes;
    for (const QColor &colour : colours) {
        fakes.push_back(std::make_unique<FakeFigure>(colour.name(), colour));
        composer.add(*fakes.back(), QSizeF(100, 100));
    }
    CompositeFigure figure(&composer);
    const QList<QPoint> corners{{0, 0}, {200, 0}, {0, 200}, {200, 200}};
    QCOMPARE(darkPixels(renderFigure(figure, squareOptions()), QRect(0, 0, 400, 400)), 0);

    layout.letters = true;
    composer.setLayout(layout);
    const QImage image = renderFigure(figure, squareOptions());
    for (int i = 0; i < 4; ++i) {
        const QRect topLeft(corners[i], QSize(60, 40));
        const QRect rest(corners[i] + QPoint(60, 0), QSize(140, 200));
        QVERIFY2(darkPixels(image, topLeft) > 10, qPrintable(QString::number(i)));
        QCOMPARE(darkPixels(image, rest), 0);
        // The snapshot is still in its cell, below the letter.
        QVERIFY(near(image.pixel(corners[i] + QPoint(100, 100)), colours[i]));
    }
    // The wider "(a)" reaches further right than "a".
    const auto rightmostDark = [](const QImage &img) {
        int right = -1;
        for (int y = 0; y < 40; ++y)
            for (int x = 0; x < 60; ++x)
                if (hplxtest::isDark(img.pixel(x, y)))
                    right = std::max(right, x);
        return right;
    };
    layout.letterStyle = ComposerLayout::LetterStyle::LowerParenthesised;
    composer.setLayout(layout);
    QVERIFY(rightmostDark(renderFigure(figure, squareOptions())) > rightmostDark(image));
}

void TestFigureComposer::svgHasLettersCaptionsAndVectorSnapshots()
{
    FigureComposer composer;
    ComposerLayout layout = plainLayout(2);
    layout.letters = true;
    layout.captions = true;
    composer.setLayout(layout);
    std::vector<std::unique_ptr<FakeFigure>> fakes;
    for (const QString &title : {QStringLiteral("Surface iris"), QStringLiteral("Surface wine"),
                                 QStringLiteral("Surface cancer"), QStringLiteral("Overfitting iris")}) {
        fakes.push_back(std::make_unique<FakeFigure>(title, QColor(230, 230, 230), true));
        composer.add(*fakes.back(), QSizeF(100, 100));
    }
    CompositeFigure figure(&composer);
    QVERIFY(figure.isVectorFigure());
    const QString file = m_dir.filePath(QStringLiteral("composed.svg"));
    QCOMPARE(exportFigure(figure, file, squareOptions()), QString());
    const QString svg = QString::fromUtf8(read(file));
    for (const QString &letter : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}) {
        const QRegularExpression text(QStringLiteral("<text[^>]*>\\s*%1\\s*</text>").arg(letter));
        QVERIFY2(svg.contains(text), qPrintable(letter));
    }
    for (int i = 0; i < 4; ++i)
        QVERIFY2(svg.contains(composer.title(i)), qPrintable(composer.title(i)));
    // The snapshots' own text and shapes replay as vector.
    QCOMPARE(svg.count(QRegularExpression(QStringLiteral("<text[^>]*>\\s*fake\\s*</text>"))), 4);
    QVERIFY(svg.contains(QLatin1String("<path")));
    QVERIFY(!svg.contains(QLatin1String("<image")));

    const QString pdfFile = m_dir.filePath(QStringLiteral("composed.pdf"));
    QCOMPARE(exportFigure(figure, pdfFile, squareOptions()), QString());
    const QByteArray pdf = read(pdfFile);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(!pdf.contains("/Subtype /Image"));
    const QString text = hplxtest::pdfText(pdfFile);
    if (!text.isNull())
        QVERIFY2(text.contains(QLatin1String("fake")) && text.contains(QLatin1String("Surface wine")),
                 qPrintable(text));
}

void TestFigureComposer::heightForWidthFitsTheSnapshots()
{
    FigureComposer composer;
    composer.setLayout(plainLayout(2));
    FakeFigure f(QStringLiteral("f"), Qt::red);
    // Rows: (4:3, 2:1) -> tallest at cell width 100 is 75; (1:1) -> 100.
    composer.add(f, QSizeF(80, 60));
    composer.add(f, QSizeF(100, 50));
    composer.add(f, QSizeF(30, 30));
    CompositeFigure figure(&composer);
    QCOMPARE(figure.heightForWidth(200, 1.0), 175.0);
}

void TestFigureComposer::longCaptionsTakeTwoLines()
{
    FigureComposer composer;
    ComposerLayout layout = plainLayout(2);
    layout.captions = true;
    composer.setLayout(layout);
    FakeFigure f(QStringLiteral("short"), QColor(230, 230, 230));
    composer.add(f, QSizeF(100, 100));
    composer.add(f, QSizeF(100, 100));
    CompositeFigure figure(&composer);
    const QRectF target(0, 0, 400, 150); // one row of cells 200 x 150: the height limits the squares
    const double oneLine = figure.panelRect(0, target, 1.0).height();
    QVERIFY(oneLine < 150 && oneLine > 150 - 30); // an 8 pt line is about 14 px at 96 DPI
    // A caption wider than the cell wraps to a second line rather than losing its middle.
    composer.setTitle(1,
                      QStringLiteral("Hyperparameter importance — xgboost / breast_cancer / test / data_fraction = 1"));
    const double twoLines = figure.panelRect(0, target, 1.0).height();
    QVERIFY2(oneLine - twoLines > 8 && oneLine - twoLines < 25, qPrintable(QString::number(oneLine - twoLines)));
    const QString file = m_dir.filePath(QStringLiteral("captions.svg"));
    QCOMPARE(exportFigure(figure, file, squareOptions()), QString());
    const QString svg = QString::fromUtf8(read(file));
    QVERIFY(svg.contains(QStringLiteral("breast_cancer")));
    QVERIFY(svg.contains(QStringLiteral("data_fraction")));
    QVERIFY(!svg.contains(QStringLiteral("…")));
}

void TestFigureComposer::sharedColourBarNeedsOneScale()
{
    FigureComposer composer;
    QVERIFY(!composer.commonColourScale()); // no panels
    ScaledFigure a(Qt::gray, rankScale()), b(Qt::darkGray, rankScale()), other(Qt::gray, rankScale(500.0));
    FakeFigure plain(QStringLiteral("plain"), Qt::gray);
    composer.add(a, QSizeF(100, 100));
    composer.add(b, QSizeF(100, 100));
    QVERIFY(composer.commonColourScale());
    QCOMPARE(*composer.commonColourScale(), rankScale());
    QCOMPARE(*composer.colourScale(1), rankScale());
    // Another range: one bar would misstate it.
    composer.add(other, QSizeF(100, 100));
    QVERIFY(!composer.commonColourScale());
    composer.remove(2);
    QVERIFY(composer.commonColourScale());
    // A panel without a colour bar.
    composer.add(plain, QSizeF(100, 100));
    QVERIFY(!composer.colourScale(2));
    QVERIFY(!composer.commonColourScale());
    // The picture without a bar of a panel without a scale is its picture.
    QCOMPARE(composer.pictureWithoutColourBar(2).size(), composer.picture(2).size());

    // The dialog offers the option only when there is one scale.
    ComposerDialog dialog(&composer);
    auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("composerSharedColourBar"));
    QVERIFY(box);
    QVERIFY(!box->isEnabled());
    composer.remove(2);
    QVERIFY(box->isEnabled());
    box->setChecked(true);
    QVERIFY(composer.layout().sharedColourBar);
}

void TestFigureComposer::sharedColourBarReplacesThePanelsBars()
{
    FigureComposer composer;
    composer.setLayout(plainLayout(2));
    ScaledFigure a(Qt::gray, rankScale()), b(Qt::lightGray, rankScale());
    composer.add(a, QSizeF(100, 100));
    composer.add(b, QSizeF(100, 100));
    CompositeFigure figure(&composer);
    const auto countRed = [](const QImage &image) {
        int red = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                red += near(image.pixel(x, y), Qt::red, 20);
        return red;
    };
    const FigureOptions options = squareOptions();
    // Without the option: each panel keeps its own (red) bar.
    QVERIFY(countRed(renderFigure(figure, options)) > 1000);

    ComposerLayout layout = composer.layout();
    layout.sharedColourBar = true;
    composer.setLayout(layout);
    QVERIFY(figure.sharedColourScale());
    const QImage image = renderFigure(figure, options);
    QCOMPARE(countRed(image), 0);
    // The panels moved left to make room: the grid is narrower than the figure.
    const QRectF second = figure.panelRect(1, QRectF(0, 0, 400, 400), 1.0);
    QVERIFY2(second.right() < 360, qPrintable(QString::number(second.right())));
    // The shared bar right of the grid runs viridis from its dark purple
    // (0x440154, at rank 1, the bottom) to yellow (0xfde725, at the top).
    QRect barArea(int(second.right()) + 2, 0, 400 - int(second.right()) - 2, 400);
    int topYellow = -1, bottomPurple = -1;
    for (int y = barArea.top(); y <= barArea.bottom(); ++y)
        for (int x = barArea.left(); x <= barArea.right(); ++x) {
            if (topYellow < 0 && near(image.pixel(x, y), QColor(0xfd, 0xe7, 0x25), 24))
                topYellow = y;
            if (near(image.pixel(x, y), QColor(0x44, 0x01, 0x54), 24))
                bottomPurple = y;
        }
    QVERIFY2(topYellow >= 0 && bottomPurple > topYellow + 50,
             qPrintable(QStringLiteral("yellow at %1, purple at %2").arg(topYellow).arg(bottomPurple)));

    // Vector in SVG: the title and the round tick labels as text.
    const QString file = m_dir.filePath(QStringLiteral("shared-bar.svg"));
    QCOMPARE(exportFigure(figure, file, options), QString());
    const QString svg = QString::fromUtf8(read(file));
    QVERIFY(svg.contains(QLatin1String("Loss")) && svg.contains(QLatin1String("rank")));
    for (const char *label : {"1", "1080"}) // both ends
        QVERIFY2(
            svg.contains(QRegularExpression(QStringLiteral("<text[^>]*>\\s*%1\\s*</text>").arg(QLatin1String(label)))),
            label);
    QVERIFY(!svg.contains(QLatin1String("<image")));

    // Categorical levels: one swatch per level in the qualitative palette.
    FigureColourScale categories;
    categories.title = QStringLiteral("activation");
    categories.levels = {QStringLiteral("relu"), QStringLiteral("tanh")};
    categories.categorical = true;
    FigureComposer second_composer;
    ComposerLayout shared = plainLayout(1);
    shared.sharedColourBar = true;
    second_composer.setLayout(shared);
    ScaledFigure c(Qt::gray, categories);
    second_composer.add(c, QSizeF(100, 100));
    CompositeFigure categorical(&second_composer);
    const QImage swatches = renderFigure(categorical, options);
    int orange = 0, sky = 0;
    for (int y = 0; y < swatches.height(); ++y)
        for (int x = 0; x < swatches.width(); ++x) {
            orange += near(swatches.pixel(x, y), QColor(0xE6, 0x9F, 0x00), 10);
            sky += near(swatches.pixel(x, y), QColor(0x56, 0xB4, 0xE9), 10);
        }
    QVERIFY2(orange > 100 && sky > 100, qPrintable(QStringLiteral("%1 %2").arg(orange).arg(sky)));
}

void TestFigureComposer::dialogEditsTheComposer()
{
    FigureComposer composer;
    FakeFigure a(QStringLiteral("A"), Qt::red), b(QStringLiteral("B"), Qt::green), c(QStringLiteral("C"), Qt::blue);
    for (FakeFigure *f : {&a, &b, &c})
        composer.add(*f, QSizeF(100, 75));
    ComposerDialog dialog(&composer);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("composerPanels"));
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(1)->text().contains(QLatin1String("B")));
    QVERIFY(!list->item(0)->icon().isNull());

    // Down on the first row.
    list->setCurrentRow(0);
    dialog.findChild<QPushButton *>(QStringLiteral("composerDown"))->click();
    QCOMPARE(titles(composer), (QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")}));
    QCOMPARE(list->currentRow(), 1);
    QVERIFY(list->item(0)->text().contains(QLatin1String("B")));
    // Up moves it back.
    dialog.findChild<QPushButton *>(QStringLiteral("composerUp"))->click();
    QCOMPARE(titles(composer), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    // A drag inside the list moves the model's row: C before A.
    QVERIFY(list->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
    QCOMPARE(titles(composer), (QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
    QVERIFY(list->item(0)->text().contains(QLatin1String("C")));
    // Remove.
    list->setCurrentRow(1);
    dialog.findChild<QPushButton *>(QStringLiteral("composerRemove"))->click();
    QCOMPARE(titles(composer), (QStringList{QStringLiteral("C"), QStringLiteral("B")}));
    QCOMPARE(list->count(), 2);

    // Layout controls.
    dialog.findChild<QSpinBox *>(QStringLiteral("composerColumns"))->setValue(1);
    QCOMPARE(composer.layout().columns, 1);
    auto *letters = dialog.findChild<QComboBox *>(QStringLiteral("composerLetters"));
    letters->setCurrentIndex(letters->findData(int(ComposerLayout::LetterStyle::Upper)));
    QVERIFY(composer.layout().letters);
    QCOMPARE(composer.layout().letterStyle, ComposerLayout::LetterStyle::Upper);
    letters->setCurrentIndex(0);
    QVERIFY(!composer.layout().letters);
    // The size of new snapshots: 50.8 mm = 2 inches = 2 x the logical DPI.
    auto *snapshotWidth = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("composerSnapshotWidth"));
    QVERIFY(snapshotWidth);
    QCOMPARE(snapshotWidth->value(), 88.0);
    snapshotWidth->setValue(50.8);
    QVERIFY(qFuzzyCompare(composer.snapshotSize().width(), 2 * figureLogicalDpi()));

    // The preview has the export's aspect: one column of two 4:3 panels at
    // the remembered width is 3:2 tall (gap aside).
    const FigureOptions options = dialog.exportOptions();
    const QImage preview = dialog.previewImage();
    QVERIFY(!preview.isNull());
    QVERIFY(std::abs(double(preview.height()) / preview.width() - options.height / options.width) < 0.02);
    QVERIFY(options.height / options.width > 1.5);
    QVERIFY(near(preview.pixel(preview.width() / 2, preview.height() / 4), Qt::blue));
    QVERIFY(near(preview.pixel(preview.width() / 2, preview.height() * 3 / 4), Qt::green));

    // Export… opens the export dialog on the composed figure with the fitted height.
    const QString file = m_dir.filePath(QStringLiteral("from-dialog.png"));
    QString error = QStringLiteral("not run");
    FigureOptions used;
    QTimer::singleShot(0, this, [&] {
        auto *exportDialog = qobject_cast<ExportFigureDialog *>(QApplication::activeModalWidget());
        if (!exportDialog)
            return;
        exportDialog->setFileName(file);
        used = exportDialog->options();
        error = exportDialog->exportNow();
        exportDialog->reject();
    });
    dialog.findChild<QPushButton *>(QStringLiteral("composerExport"))->click();
    QCOMPARE(error, QString());
    QVERIFY(std::abs(used.height - options.height) < 0.1);
    QImage exported;
    QVERIFY(exported.load(file));
    QCOMPARE(exported.size(), figurePixelSize(used));
}

void TestFigureComposer::realPanelsStayVector()
{
    const QString db = m_dir.filePath(QStringLiteral("small.db"));
    test::writeSmallDatabase(db);
    MainWindow window;
    window.workspace()->setCachePath(QString());
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openDatabase(db));
    QVERIFY(hplxtest::waitIdle(window));

    FigureComposer composer;
    for (const QString &view : {QStringLiteral("overfitting"), QStringLiteral("importance")}) {
        QVERIFY(showAndWait(window, view));
        FigureSource *source = figureSourceOf(window.viewPanel(view));
        QVERIFY(source);
        QVERIFY(composer.addCurrentView(source) >= 0);
    }
    QCOMPARE(composer.count(), 2);
    CompositeFigure figure(&composer);
    QVERIFY(figure.isVectorFigure());

    FigureOptions options;
    options.width = 100;
    options.height = 80;
    options.dpi = 150; // 590.55 -> 591 px, 472.44 -> 472 px
    const QString png = m_dir.filePath(QStringLiteral("real.png"));
    QCOMPARE(exportFigure(figure, png, options), QString());
    QImage image;
    QVERIFY(image.load(png));
    QCOMPARE(image.size(), QSize(591, 472));
    // Each panel has drawn something in its own half.
    QVERIFY(hplxtest::inkedPixels(image.copy(0, 0, 295, 472)) > 2000);
    QVERIFY(hplxtest::inkedPixels(image.copy(296, 0, 295, 472)) > 2000);
    // Box plot and fANOVA bars are vector too.

    const QString svgFile = m_dir.filePath(QStringLiteral("real.svg"));
    QCOMPARE(exportFigure(figure, svgFile, options), QString());
    const QString svg = QString::fromUtf8(read(svgFile));
    QVERIFY(svg.contains(QLatin1String("<text")));
    QVERIFY(svg.contains(QStringLiteral("1-accuracy · train"))); // an overfitting axis title
    QVERIFY(svg.count(QLatin1String("<path")) > 10);
    QVERIFY(!svg.contains(QLatin1String("<image")));
}

// HPLX_COMPOSER_SHOT=/tmp/composer.png: four real views of the sample
// database composed as a paper figure, for a person to look at.
void TestFigureComposer::sampleScreenshot()
{
    const QString out = qEnvironmentVariable("HPLX_COMPOSER_SHOT");
    if (out.isEmpty())
        QSKIP("set HPLX_COMPOSER_SHOT to write the sample figure");
    MainWindow window;
    window.workspace()->setCachePath(QString());
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openDatabase(QStringLiteral(HPLX_SAMPLE_DB)));
    QVERIFY(hplxtest::waitIdle(window, 120000));
    FigureComposer composer;
    ComposerLayout layout;
    layout.captions = qEnvironmentVariableIsSet("HPLX_COMPOSER_CAPTIONS");
    composer.setLayout(layout);
    const QStringList views =
        qEnvironmentVariable("HPLX_COMPOSER_VIEWS", QStringLiteral("overfitting,similarity")).split(QLatin1Char(','));
    // Test splits of iris and wine (full data).
    for (const qint64 id : {qint64(9), qint64(18)}) {
        QVERIFY(window.workspace()->select(id));
        QVERIFY(hplxtest::waitIdle(window, 120000));
        for (const QString &view : views) {
            QVERIFY(showAndWait(window, view));
            QVERIFY(composer.addCurrentView(figureSourceOf(window.viewPanel(view))) >= 0);
        }
    }
    CompositeFigure figure(&composer);
    FigureOptions options;
    options.width = 180;
    options.height = 180 * figure.heightForWidth(1000, 1.0) / 1000;
    options.dpi = 150;
    QCOMPARE(exportFigure(figure, out, options), QString());
    // The SVG drawn back, to see that the replayed snapshots stay in place as vector.
    const QString svg = QString(out).replace(QLatin1String(".png"), QLatin1String(".svg"));
    QCOMPARE(exportFigure(figure, svg, options), QString());
    QSvgRenderer renderer(svg);
    QImage drawn(figurePixelSize(options), QImage::Format_RGB32);
    drawn.fill(Qt::white);
    QPainter painter(&drawn);
    renderer.render(&painter);
    painter.end();
    drawn.save(QString(out).replace(QLatin1String(".png"), QLatin1String("-svg.png")));
    ComposerDialog dialog(&composer);
    dialog.resize(1000, 600);
    dialog.show();
    QTest::qWait(100);
    dialog.grab().save(QString(out).replace(QLatin1String(".png"), QLatin1String("-dialog.png")));
}

QTEST_MAIN(TestFigureComposer)
#include "tst_figurecomposer.moc"
