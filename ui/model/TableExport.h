// Tables of the views (metrics, configurations, similarity) written as CSV,
// JSON or booktabs LaTeX (core/export/TextTable), chosen by file suffix.
#pragma once

#include "export/TextTable.h"

#include <QString>

#include <optional>

class QAbstractItemModel;

namespace hplx {

enum class TableFormat { Csv, Json, Latex };

// Header from headerData(); cells from data(role): a number is written with
// significantDigits digits (0: the shortest text that reads back exactly),
// an invalid value (an undefined metric) as an empty cell, anything else as text.
TextTable textTableOf(const QAbstractItemModel &model, int role = Qt::DisplayRole, int significantDigits = 0);

// By suffix: .csv, .json, .tex; nullopt for others.
std::optional<TableFormat> tableFormatOf(const QString &file);
// File dialog filters for the three formats, CSV first.
QString tableFileFilters();

// Writes table to file in the format its suffix names (LaTeX gets caption).
// Returns an error message naming the file, or an empty string on success.
QString writeTable(const QString &file, const TextTable &table, const QString &caption = {});

} // namespace hplx
