// The local optima network tab (METRICS.md §6): the primary landscape's LON,
// computed by a Workspace job on first show, drawn by LonView in 3-D (layout
// in x-y, height = loss, size = basin). Clicking an optimum selects it and
// its basin in the shared selection; selected optima are highlighted.
#pragma once

#include "export/FigureExport.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace hplx {

class LonView;
class Workspace;

class LonPanel : public QWidget, public FigureSource
{
    Q_OBJECT

public:
    explicit LonPanel(Workspace *workspace, QWidget *parent = nullptr);

    // FigureSource (File ▸ Export view…): the network and colour bar (raster).
    QString figureTitle() const override;
    bool isVectorFigure() const override { return false; }
    void paintFigure(QPainter &painter, const QRectF &target, double fontScale) override;
    std::optional<FigureColourScale> figureColourScale() const override;
    void paintFigureWithoutColourBar(QPainter &painter, const QRectF &target, double fontScale) override;

    LonView *view() const { return m_view; }
    void setColourMap(const QString &name);

private:
    // The terrain or network as a figure, with its colour bar or without.
    void paintScene(QPainter &painter, const QRectF &target, double fontScale, bool colourBar);
    void rebuild();
    void showSelection();
    void selectBasin(int node);

    Workspace *m_workspace;
    LonView *m_view = nullptr;
    QLabel *m_status = nullptr;
    quint64 m_layoutRequest = 0; // the latest layout job; older results are dropped
};

} // namespace hplx
