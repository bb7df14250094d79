// Table output shared by analyze, compare, importance and batch: the
// --format option and the CSV / LaTeX renderings of a TextTable.
#pragma once

#include "export/TextTable.h"

#include <string>

namespace hplx {
class LandscapeDatabase;
struct LandscapeInfo;
} // namespace hplx

namespace hplx::cli {

class Arguments;

enum class TableFormat { Text, Csv, Json, Latex };

// csv, json or latex (also "tex"); throws Error(InvalidArgument) otherwise.
TableFormat parseTableFormat(const std::string &name);
// --format (default text); --json is a synonym of --format json.
TableFormat tableFormat(const Arguments &arguments);
// "csv", "json", "tex".
std::string tableExtension(TableFormat format);
std::string formatName(TableFormat format);

// Significant digits a format shows: every digit for data files, 4 for LaTeX.
int tableDigits(TableFormat format);

// CSV, the table's rows as JSON objects, or a booktabs table with caption and label.
std::string renderTable(const TextTable &table, TableFormat format, const std::string &caption,
                        const std::string &label);

// The train (for test) or test (for train) landscape of the same model,
// dataset, fidelity and loss on the same space, or null.
const LandscapeInfo *counterpart(const LandscapeDatabase &db, const LandscapeInfo &info);

} // namespace hplx::cli
