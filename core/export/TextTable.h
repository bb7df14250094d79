// A table of text cells (what a metric or similarity table shows) and its
// three export forms: CSV for spreadsheets, JSON for scripts and LaTeX with
// booktabs rules for papers.
#pragma once

#include <string>
#include <vector>

namespace hplx {

struct TextTable
{
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows; // each as long as columns

    // True when every non-empty cell of the column reads as a number (and at
    // least one does): such columns are right-aligned in LaTeX and numbers in JSON.
    bool isNumericColumn(std::size_t column) const;
};

// One RFC 4180 field: quoted when it holds a comma, quote or line break
// (inner quotes doubled), as it is otherwise.
std::string csvField(const std::string &text);

// RFC 4180: comma-separated, CRLF-free ("\n" line ends), fields with a comma,
// quote or line break quoted and inner quotes doubled. Header first.
std::string toCsv(const TextTable &table);

// An array of objects keyed by column name; cells of numeric columns become
// JSON numbers (non-finite ones null), empty cells null, others strings.
std::string toJson(const TextTable &table);

// A booktabs tabular (\toprule, \midrule, \bottomrule), text columns left and
// numeric columns right aligned, LaTeX specials escaped, numbers set in math
// mode so minus signs and exponents print as such ("1e-05" -> $1\times10^{-5}$).
// Needs \usepackage{booktabs} in the document. caption and label, when not
// empty, wrap the tabular in a table environment.
std::string toLatex(const TextTable &table, const std::string &caption = {}, const std::string &label = {});

// One cell as LaTeX text (escaped; numbers in math mode).
std::string latexCell(const std::string &text);

} // namespace hplx
