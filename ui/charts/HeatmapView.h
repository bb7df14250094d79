// A labelled matrix of values drawn as coloured cells (Qt Charts has no
// heatmap): row labels on the left, column labels below (turned upright when
// they do not fit a cell's width), the value printed in every cell in black or
// white, whichever reads better on the cell's colour, and a colour bar with a
// title on the right. NaN cells are hatched grey. Hovering shows the row,
// column and value; a click on a cell emits cellClicked.
//
// Geometry: cells are square and snapped to whole pixels so edges stay crisp
// at any size; paintFigure draws the same figure into any painter (export).
#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <utility>
#include <vector>

namespace hplx {

class HeatmapView : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapView(QWidget *parent = nullptr);

    // values: rowLabels.size() x columnLabels.size(), row-major; NaN for no
    // value. Throws std::invalid_argument when the sizes disagree. Clears the
    // outlined cells.
    void setData(const QStringList &rowLabels, const QStringList &columnLabels, std::vector<double> values);
    int rowCount() const { return static_cast<int>(m_rowLabels.size()); }
    int columnCount() const { return static_cast<int>(m_columnLabels.size()); }
    // NaN outside the matrix.
    double value(int row, int column) const;

    // Colour map of ColourMaps.h spread over [low, high] (values outside are
    // clamped). Throws std::invalid_argument for an unknown map or low >= high.
    void setColourScale(const QString &mapName, double low, double high);
    QString colourMap() const { return m_map; }
    double colourLow() const { return m_low; }
    double colourHigh() const { return m_high; }
    // Fill colour of a cell holding value (grey for NaN).
    QColor colourFor(double value) const;

    void setColourBarTitle(const QString &title);
    void setAxisTitles(const QString &rowTitle, const QString &columnTitle);
    // Digits after the decimal point of the printed values (default 2).
    void setDecimals(int decimals);
    // An extra line for a cell's tooltip (e.g. how many values a measure
    // was computed on); empty result: none.
    void setToolTipDetail(std::function<QString(int row, int column)> detail);
    // Shown instead of the matrix while there is no data.
    void setPlaceholderText(const QString &text);

    // Cells framed in bold (row, column), e.g. the pair being compared.
    void setOutlinedCells(std::vector<std::pair<int, int>> cells);
    const std::vector<std::pair<int, int>> &outlinedCells() const { return m_outlined; }
    // Row and column whose labels are drawn bold (-1: none).
    void setEmphasised(int row, int column);
    int emphasisedRow() const { return m_emphasisedRow; }
    int emphasisedColumn() const { return m_emphasisedColumn; }

    // Where a cell is drawn in widget coordinates (empty outside the matrix).
    QRectF cellRect(int row, int column) const;
    // The cell under a widget position: (row, column), or (-1, -1).
    std::pair<int, int> cellAt(QPointF position) const;

    // Draws the whole figure into target of any painter (PNG, PDF, SVG).
    void paintFigure(QPainter &painter, const QRectF &target) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellClicked(int row, int column);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout;
    Layout layoutFor(const QRectF &target, const QFontMetricsF &metrics) const;
    QString formatValue(double value) const;

    QStringList m_rowLabels, m_columnLabels;
    std::vector<double> m_values;
    QString m_map = QStringLiteral("viridis");
    double m_low = 0.0, m_high = 1.0;
    QString m_barTitle, m_rowTitle, m_columnTitle, m_placeholder;
    int m_decimals = 2;
    std::vector<std::pair<int, int>> m_outlined;
    int m_emphasisedRow = -1, m_emphasisedColumn = -1;
    std::pair<int, int> m_hovered{-1, -1};
    std::pair<int, int> m_pressed{-1, -1};
    std::function<QString(int, int)> m_detail;
};

} // namespace hplx
