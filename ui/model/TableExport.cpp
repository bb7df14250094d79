#include "model/TableExport.h"

#include "util/Format.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace hplx {

TextTable textTableOf(const QAbstractItemModel &model, int role, int significantDigits)
{
    TextTable table;
    for (int c = 0; c < model.columnCount(); ++c)
        table.columns.push_back(model.headerData(c, Qt::Horizontal).toString().toStdString());
    for (int r = 0; r < model.rowCount(); ++r) {
        std::vector<std::string> row;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QVariant value = model.index(r, c).data(role);
            const auto type = value.typeId();
            if (!value.isValid())
                row.emplace_back();
            else if (type == QMetaType::Double || type == QMetaType::Float)
                row.push_back(significantDigits > 0
                                  ? QString::number(value.toDouble(), 'g', significantDigits).toStdString()
                                  : formatNumber(value.toDouble()));
            else
                row.push_back(value.toString().toStdString());
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::optional<TableFormat> tableFormatOf(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return TableFormat::Csv;
    if (suffix == QLatin1String("json"))
        return TableFormat::Json;
    if (suffix == QLatin1String("tex"))
        return TableFormat::Latex;
    return std::nullopt;
}

QString tableFileFilters()
{
    return QCoreApplication::translate("TableExport", "CSV (*.csv);;JSON (*.json);;LaTeX booktabs table (*.tex)");
}

QString writeTable(const QString &file, const TextTable &table, const QString &caption)
{
    const auto format = tableFormatOf(file);
    if (!format)
        return QCoreApplication::translate("TableExport", "%1: unknown table format (expected .csv, .json or .tex)")
            .arg(file);
    std::string text;
    switch (*format) {
    case TableFormat::Csv:
        text = toCsv(table);
        break;
    case TableFormat::Json:
        text = toJson(table);
        break;
    case TableFormat::Latex:
        text = toLatex(table, caption.toStdString());
        break;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.data(), static_cast<qint64>(text.size())) < 0
        || !out.commit())
        return QStringLiteral("%1: %2").arg(file, out.errorString());
    return {};
}

} // namespace hplx
