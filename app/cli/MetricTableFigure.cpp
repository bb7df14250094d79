#include "cli/MetricTableFigure.h"

#include "export/ChartFigure.h"
#include "model/MetricTableModel.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <vector>

namespace hplx {

MetricTableFigure::MetricTableFigure(QString title, const MetricTableModel *model)
    : m_title(std::move(title)), m_model(model)
{}

void MetricTableFigure::paintFigure(QPainter &painter, const QRectF &target, double fontScale)
{
    const QFont font = scaledFont(QApplication::font(), fontScale);
    QFont bold = font;
    bold.setBold(true);
    // Measured in logical units, the units of target.
    const QFontMetricsF metrics(font), boldMetrics(bold);

    // Metric name, the values, then the variant (as in the Metrics dock).
    std::vector<int> columns{MetricTableModel::Metric};
    for (int column = MetricTableModel::FirstValue; column < m_model->columnCount(); ++column)
        columns.push_back(column);
    columns.push_back(MetricTableModel::Variant);
    const int rows = m_model->rowCount();
    auto cell = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
    auto rightAligned = [](int column) { return column >= MetricTableModel::FirstValue; };

    const double gap = metrics.averageCharWidth() * 2.5;
    const double lineHeight = metrics.height() * 1.25;
    std::vector<double> widths;
    for (const int column : columns) {
        double width = boldMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < rows; ++row)
            width = std::max(width, metrics.horizontalAdvance(cell(row, column)));
        widths.push_back(width);
    }
    double tableWidth = gap * static_cast<double>(columns.size() - 1);
    for (const double width : widths)
        tableWidth += width;
    const double margin = lineHeight * 0.6;
    const double titleHeight = boldMetrics.height() * 1.6;
    const double naturalWidth = std::max(tableWidth, boldMetrics.horizontalAdvance(m_title)) + 2 * margin;
    const double naturalHeight = titleHeight + lineHeight * (rows + 1) + 2 * margin + lineHeight * 0.5;

    painter.save();
    painter.fillRect(target, Qt::white);
    const double scale = std::min({1.0, target.width() / naturalWidth, target.height() / naturalHeight});
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    // Centred in target.
    const double x0 = (target.width() / scale - naturalWidth) / 2 + margin;
    double y = (target.height() / scale - naturalHeight) / 2 + margin;
    painter.setPen(Qt::black);
    painter.setFont(bold);
    painter.drawText(QRectF(x0, y, naturalWidth - 2 * margin, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    y += titleHeight;

    const double thick = std::max(0.8, metrics.height() * 0.08), thin = thick * 0.6;
    auto rule = [&](double at, double width) {
        painter.setPen(QPen(Qt::black, width));
        painter.drawLine(QPointF(x0, at), QPointF(x0 + tableWidth, at));
    };
    auto drawRow = [&](const std::vector<QString> &texts) {
        double x = x0;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const int flags = (rightAligned(columns[i]) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            painter.drawText(QRectF(x, y, widths[i], lineHeight), flags, texts[i]);
            x += widths[i] + gap;
        }
        y += lineHeight;
    };
    rule(y, thick);
    y += lineHeight * 0.15;
    std::vector<QString> texts;
    for (const int column : columns)
        texts.push_back(m_model->headerData(column, Qt::Horizontal).toString());
    painter.setPen(Qt::black);
    painter.setFont(bold);
    drawRow(texts);
    rule(y, thin);
    y += lineHeight * 0.1;
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (int row = 0; row < rows; ++row) {
        texts.clear();
        for (const int column : columns)
            texts.push_back(cell(row, column));
        drawRow(texts);
    }
    rule(y + lineHeight * 0.1, thick);
    painter.restore();
}

} // namespace hplx
