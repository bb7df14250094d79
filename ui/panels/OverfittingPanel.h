// Overfitting: the loss of every configuration in one landscape against
// another of the same space (by default train on x, test on y at the
// primary's fidelity), with the line y = x and the generalisation gap
// ΔL = L_y − L_x of METRICS.md §2 summarised on the chart. Points can be
// coloured by an HP or by ΔL; brushing drives the shared selection.
#pragma once

#include "metrics/GeneralisationGap.h"

#include "export/FigureExport.h"

#include <QWidget>

#include <memory>

class QComboBox;

namespace hplx {

class ScatterChart;
class Workspace;

class OverfittingPanel : public QWidget, public FigureSource
{
    Q_OBJECT

public:
    // Colour choices besides an HP index (>= 0).
    static constexpr int kColourNone = -2;
    static constexpr int kColourGap = -1;

    explicit OverfittingPanel(Workspace *workspace, QWidget *parent = nullptr);

    // FigureSource (File ▸ Export view…): the scatter chart with its statistics.
    QString figureTitle() const override;
    bool isVectorFigure() const override { return true; }
    void paintFigure(QPainter &painter, const QRectF &target, double fontScale) override;

    ScatterChart *chart() const { return m_chart; }
    // Indices into workspace->landscapes()->siblings of the landscapes on the
    // x and y axes; -1 while nothing is loaded.
    int xLandscape() const;
    int yLandscape() const;
    // Chooses both axes (sibling indices) and recomputes.
    void setLandscapes(int x, int y);
    // kColourNone, kColourGap or an HP index of the space.
    int colourBy() const;
    void setColourBy(int choice);
    // The gap between the shown landscapes; null until computed.
    const GeneralisationGap *gap() const { return m_gap.get(); }

Q_SIGNALS:
    // The chart shows the result for the current choice of landscapes.
    void updated();

private:
    struct Result;

    void rebuild();
    void recompute();
    void showResult(std::shared_ptr<const Result> result);
    void recolour();

    Workspace *m_workspace;
    ScatterChart *m_chart = nullptr;
    QComboBox *m_x = nullptr;
    QComboBox *m_y = nullptr;
    QComboBox *m_colour = nullptr;
    bool m_userChose = false; // keep a chosen pair when the primary changes
    quint64 m_request = 0;    // results of older choices are dropped
    std::shared_ptr<const Result> m_result;
    std::shared_ptr<const GeneralisationGap> m_gap;
};

} // namespace hplx
