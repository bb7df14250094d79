// The landscape-as-terrain tab: the primary landscape's 2-D embedding (HOPE +
// UMAP, computed by a Workspace job on first show) drawn by SurfaceView with
// height = loss rank and colour by rank, loss or any HP; the global optimum
// and local optima marked; linked to the shared selection both ways.
#pragma once

#include "embed/Delaunay2D.h"
#include "export/FigureExport.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;

namespace hplx {

class SurfaceView;
class Workspace;

// The layout's points and their Delaunay triangles, built by a worker job.
struct SurfaceGeometry
{
    std::vector<float> x, y;
    std::vector<Triangle> triangles;
};

class SurfacePanel : public QWidget, public FigureSource
{
    Q_OBJECT

public:
    explicit SurfacePanel(Workspace *workspace, QWidget *parent = nullptr);

    // FigureSource (File ▸ Export view…): the terrain and colour bar (raster).
    QString figureTitle() const override;
    bool isVectorFigure() const override { return false; }
    void paintFigure(QPainter &painter, const QRectF &target, double fontScale) override;
    std::optional<FigureColourScale> figureColourScale() const override;
    void paintFigureWithoutColourBar(QPainter &painter, const QRectF &target, double fontScale) override;

    SurfaceView *view() const { return m_view; }
    void setColourMap(const QString &name);
    // Layout row of a configuration, or -1 (not evaluated, or no layout yet).
    int rowOf(quint32 config) const;

private:
    // The terrain or network as a figure, with its colour bar or without.
    void paintScene(QPainter &painter, const QRectF &target, double fontScale, bool colourBar);
    void rebuild();
    void recolour();
    void showMarkers();
    void showSelection();

    Workspace *m_workspace;
    SurfaceView *m_view = nullptr;
    QComboBox *m_colourBy = nullptr;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_contours = nullptr;
    QCheckBox *m_points = nullptr;
    QLabel *m_status = nullptr;
    std::vector<int> m_rowOf; // configuration id -> layout row, -1 when absent
    std::vector<float> m_rank;
    quint64 m_geometryRequest = 0; // the latest triangulation job; older results are dropped
};

} // namespace hplx
