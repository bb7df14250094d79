// The metric table (MetricTableModel: the GUI's Metrics dock) as a figure:
// a booktabs-style table painted with QPainter, so it stays text and lines
// in SVG and PDF. Used by `hplx-cli export --view metrics`.
#pragma once

#include "export/FigureExport.h"

#include <QString>

namespace hplx {

class MetricTableModel;

class MetricTableFigure : public FigureSource
{
public:
    // model: not owned, must outlive the figure.
    MetricTableFigure(QString title, const MetricTableModel *model);

    QString figureTitle() const override { return m_title; }
    bool isVectorFigure() const override { return true; }
    // The title above the table: metric, one value column per landscape,
    // variant. A table larger than target is scaled down to fit, text included.
    void paintFigure(QPainter &painter, const QRectF &target, double fontScale) override;

private:
    QString m_title;
    const MetricTableModel *m_model;
};

} // namespace hplx
