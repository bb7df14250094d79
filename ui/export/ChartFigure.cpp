#include "export/ChartFigure.h"

#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>

namespace hplx {

QFont scaledFont(const QFont &font, double fontScale)
{
    QFont scaled = font;
    if (font.pointSizeF() > 0)
        scaled.setPointSizeF(font.pointSizeF() * fontScale);
    else if (font.pixelSize() > 0)
        scaled.setPixelSize(std::max(1, static_cast<int>(font.pixelSize() * fontScale + 0.5)));
    return scaled;
}

ChartFigureScope::ChartFigureScope(QChart *chart, const QSizeF &size, double fontScale) : m_chart(chart)
{
    m_oldSize = chart->size();
    m_oldAnimation = static_cast<int>(chart->animationOptions());
    chart->setAnimationOptions(QChart::NoAnimation);
    if (fontScale != 1.0) {
        // Each setter is paired with its undo; fonts are value types.
        const auto scale = [&](auto *object, auto getter, auto setter) {
            const QFont old = (object->*getter)();
            (object->*setter)(scaledFont(old, fontScale));
            m_restore.push_back([object, setter, old] { (object->*setter)(old); });
        };
        scale(chart, &QChart::titleFont, &QChart::setTitleFont);
        scale(chart->legend(), &QLegend::font, &QLegend::setFont);
        for (QAbstractAxis *axis : chart->axes()) {
            scale(axis, &QAbstractAxis::labelsFont, &QAbstractAxis::setLabelsFont);
            scale(axis, &QAbstractAxis::titleFont, &QAbstractAxis::setTitleFont);
        }
        for (QAbstractSeries *series : chart->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                for (QBarSet *set : bars->barSets())
                    scale(set, &QBarSet::labelFont, &QBarSet::setLabelFont);
    }
    chart->resize(size);
    relayout();
    // Axis labels are elided against the previous pass's geometry: settle.
    relayout();
}

ChartFigureScope::~ChartFigureScope()
{
    for (auto it = m_restore.rbegin(); it != m_restore.rend(); ++it)
        (*it)();
    m_chart->resize(m_oldSize);
    relayout();
    m_chart->setAnimationOptions(QChart::AnimationOptions(m_oldAnimation));
}

void ChartFigureScope::relayout()
{
    // Qt Charts lays out on a posted LayoutRequest; the figure is drawn now.
    if (QGraphicsLayout *layout = m_chart->layout()) {
        layout->invalidate();
        layout->activate();
    }
    QCoreApplication::sendPostedEvents(m_chart, QEvent::LayoutRequest);
}

void ChartFigureScope::render(QPainter &painter, const QRectF &target) const
{
    if (!m_chart->scene())
        return;
    painter.save();
    painter.setClipRect(target, Qt::IntersectClip);
    painter.fillRect(target, Qt::white);
    const QRectF source(m_chart->mapToScene(QPointF(0, 0)), m_chart->size());
    m_chart->scene()->render(&painter, target, source, Qt::IgnoreAspectRatio);
    painter.restore();
}

void paintChartFigure(QChart *chart, QPainter &painter, const QRectF &target, double fontScale)
{
    ChartFigureScope scope(chart, target.size(), fontScale);
    scope.render(painter, target);
}

void paintAtLeastWide(QPainter &painter, const QRectF &target, double minWidth,
                      const std::function<void(QPainter &, const QRectF &)> &paint)
{
    if (target.width() >= minWidth || target.width() <= 0) {
        paint(painter, target);
        return;
    }
    const double scale = target.width() / minWidth;
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    paint(painter, QRectF(0, 0, minWidth, target.height() / scale));
    painter.restore();
}

void paintFigureText(QPainter &painter, const QRectF &rect, int flags, const QString &text, const QFont &font,
                     double fontScale, const QColor &colour)
{
    painter.save();
    painter.setFont(scaledFont(font, fontScale));
    painter.setPen(colour);
    painter.drawText(rect, flags, text);
    painter.restore();
}

} // namespace hplx
