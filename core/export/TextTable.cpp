#include "export/TextTable.h"

#include "util/Format.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace hplx {

bool TextTable::isNumericColumn(std::size_t column) const
{
    bool any = false;
    for (const auto &row : rows) {
        const std::string &cell = row[column];
        if (trim(cell).empty())
            continue;
        if (!parseNumber(cell))
            return false;
        any = true;
    }
    return any;
}

namespace {

std::string latexText(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
        case '{':
        case '}':
            out += '\\';
            out += c;
            break;
        case '~':
            out += "\\textasciitilde{}";
            break;
        case '^':
            out += "\\textasciicircum{}";
            break;
        case '\\':
            out += "\\textbackslash{}";
            break;
        case '\n':
            out += ' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

// The number as typed (its precision is the table's choice), in math mode.
std::string latexNumber(std::string_view text, double value)
{
    if (std::isnan(value))
        return "--";
    if (std::isinf(value))
        return value < 0 ? "$-\\infty$" : "$\\infty$";
    text = trim(text);
    const std::size_t e = text.find_first_of("eE");
    if (e == std::string_view::npos)
        return "$" + std::string(text) + "$";
    const std::string mantissa(text.substr(0, e));
    const auto exponent = parseNumber(text.substr(e + 1));
    const std::string power = "10^{" + formatNumber(exponent.value_or(0.0)) + "}";
    if (mantissa == "1" || mantissa == "+1")
        return "$" + power + "$";
    return "$" + mantissa + "\\times" + power + "$";
}

} // namespace

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string latexCell(const std::string &text)
{
    if (const auto value = parseNumber(text))
        return latexNumber(text, *value);
    return latexText(text);
}

std::string toCsv(const TextTable &table)
{
    std::string out;
    auto line = [&out](const std::vector<std::string> &cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvField(cells[i]);
        }
        out += '\n';
    };
    line(table.columns);
    for (const auto &row : table.rows)
        line(row);
    return out;
}

std::string toJson(const TextTable &table)
{
    std::vector<bool> numeric(table.columns.size());
    for (std::size_t c = 0; c < numeric.size(); ++c)
        numeric[c] = table.isNumericColumn(c);
    auto rows = nlohmann::json::array();
    for (const auto &row : table.rows) {
        auto object = nlohmann::json::object();
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const std::string &cell = row[c];
            nlohmann::json value; // null
            if (!trim(cell).empty()) {
                if (numeric[c]) {
                    const double number = *parseNumber(cell);
                    if (std::isfinite(number))
                        value = number;
                } else {
                    value = cell;
                }
            }
            object[table.columns[c]] = std::move(value);
        }
        rows.push_back(std::move(object));
    }
    return rows.dump(2) + "\n";
}

std::string toLatex(const TextTable &table, const std::string &caption, const std::string &label)
{
    const bool floating = !caption.empty() || !label.empty();
    std::string out;
    if (floating) {
        out += "\\begin{table}\n\\centering\n";
        if (!caption.empty())
            out += "\\caption{" + latexText(caption) + "}\n";
        if (!label.empty())
            out += "\\label{" + label + "}\n";
    }
    out += "\\begin{tabular}{";
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        out += table.isNumericColumn(c) ? 'r' : 'l';
    out += "}\n\\toprule\n";
    auto line = [&out](const std::vector<std::string> &cells, bool header) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += " & ";
            out += header ? latexText(cells[i]) : latexCell(cells[i]);
        }
        out += " \\\\\n";
    };
    line(table.columns, true);
    out += "\\midrule\n";
    for (const auto &row : table.rows)
        line(row, false);
    out += "\\bottomrule\n\\end{tabular}\n";
    if (floating)
        out += "\\end{table}\n";
    return out;
}

} // namespace hplx
