// A figure of several views: snapshots of views arranged in a grid with
// panel letters ("a", "(a)", "A") and optional captions, exported as one
// figure through exportFigure().
//
// A snapshot is the view's figure recorded when the user adds it, as a
// QPicture of painter commands (vector content replays as vector into
// SVG/PDF; 3-D views record their raster). Views change with the selected
// dataset, so snapshots let the user add "surface of iris", select wine and
// add the same view again.
//
// Units: snapshot sizes and the layout are in the figures' logical units
// (figureLogicalDpi() per inch, see FigureExport.h); the gap is in mm.
#pragma once

#include "export/FigureExport.h"

#include <QImage>
#include <QObject>
#include <QPicture>
#include <QSizeF>
#include <QString>

#include <vector>

namespace hplx {

struct ComposerLayout
{
    enum class LetterStyle { Lower, LowerParenthesised, Upper }; // a, (a), A
    int columns = 2;     // at least 1; fewer are used when there are fewer panels
    bool letters = true; // a bold letter above each panel's top-left corner
    LetterStyle letterStyle = LetterStyle::Lower;
    double gapMm = 3.0;    // between cells, horizontally and vertically
    bool captions = false; // the snapshot's title under each panel
    // One colour bar right of the grid instead of one per panel; only drawn
    // when every panel has the same colour scale (commonColourScale()).
    bool sharedColourBar = false;
    bool operator==(const ComposerLayout &o) const
    {
        return columns == o.columns && letters == o.letters && letterStyle == o.letterStyle && gapMm == o.gapMm
               && captions == o.captions && sharedColourBar == o.sharedColourBar;
    }
};

class FigureComposer : public QObject
{
    Q_OBJECT

public:
    explicit FigureComposer(QObject *parent = nullptr);

    // Records source's figure at cellSize (logical units) and fontScale and
    // appends it; returns its index.
    int add(FigureSource &source, const QSizeF &cellSize, double fontScale = 1.0);
    // add() at snapshotSize() and font scale 1; -1 when source is null.
    int addCurrentView(FigureSource *source);
    void remove(int index);
    // Moves the panel at from to position to (both in [0, count())).
    void move(int from, int to);
    void clear();

    int count() const { return int(m_panels.size()); }
    QString title(int index) const;
    void setTitle(int index, const QString &title); // the caption
    const QPicture &picture(int index) const;
    // The snapshot without its colour bar (the plot in its place), recorded
    // for panels with a colour scale; else the same as picture().
    const QPicture &pictureWithoutColourBar(int index) const;
    std::optional<FigureColourScale> colourScale(int index) const;
    // The scale every panel shares (same title, map, range and levels), or
    // none when a panel has no colour bar or the scales differ: one bar
    // would then misstate some panel's colours.
    std::optional<FigureColourScale> commonColourScale() const;
    QSizeF snapshotSize(int index) const; // logical units it was recorded at
    bool isVector(int index) const;
    // The snapshot scaled into size (aspect kept, centred, white background).
    QImage thumbnail(int index, const QSize &size) const;

    ComposerLayout layout() const { return m_layout; }
    void setLayout(const ComposerLayout &layout);

    // Size addCurrentView() records at; default 88 x 66 mm in logical units
    // (two columns of a 180 mm double-column figure at their true text size).
    QSizeF snapshotSize() const { return m_snapshotSize; }
    void setSnapshotSize(const QSizeF &size) { m_snapshotSize = size; }

    // The letter of the panel at index: 0 -> "a", "(a)" or "A"; 26 -> "aa".
    static QString letter(int index, ComposerLayout::LetterStyle style);

Q_SIGNALS:
    // Panels added, removed, moved or retitled, or the layout changed.
    void changed();

private:
    struct Panel
    {
        QString title;
        QPicture picture;
        QPicture withoutColourBar;
        std::optional<FigureColourScale> scale;
        QSizeF size;
        bool vector = true;
    };
    bool valid(int index) const { return index >= 0 && index < count(); }

    std::vector<Panel> m_panels;
    ComposerLayout m_layout;
    QSizeF m_snapshotSize;
};

// The composer's panels as one figure (grid, letters, captions). Not owning
// composer, which must outlive it.
class CompositeFigure : public FigureSource
{
public:
    explicit CompositeFigure(const FigureComposer *composer) : m_composer(composer) {}

    QString figureTitle() const override;
    bool isVectorFigure() const override; // every snapshot vector
    // Snapshots are scaled with their text; fontScale sizes letters and captions.
    void paintFigure(QPainter &painter, const QRectF &target, double fontScale) override;

    // Where panel index's snapshot is drawn inside target (aspect kept).
    QRectF panelRect(int index, const QRectF &target, double fontScale) const;
    // The figure height (logical units) at which the cells of a figure width
    // wide fit the snapshots' own aspect ratios without margins.
    double heightForWidth(double width, double fontScale) const;

    // The scale of the shared colour bar when the layout asks for one and
    // the panels share a scale; else none (each panel keeps its own bar).
    std::optional<FigureColourScale> sharedColourScale() const;

private:
    struct Grid
    {
        int columns = 1, rows = 0;
        double gap = 0, cellWidth = 0, letterHeight = 0, captionHeight = 0;
        double barWidth = 0; // the shared colour bar's strip at the right (0: none)
    };
    Grid grid(double width, double fontScale) const;
    QRectF cellBox(int index, const QRectF &target, const Grid &grid) const;

    const FigureComposer *m_composer;
};

} // namespace hplx
