#include "cli/CliTables.h"

#include "cli/Arguments.h"

#include "store/LandscapeDatabase.h"
#include "util/Error.h"

namespace hplx::cli {

TableFormat parseTableFormat(const std::string &name)
{
    if (name == "csv")
        return TableFormat::Csv;
    if (name == "json")
        return TableFormat::Json;
    if (name == "latex" || name == "tex")
        return TableFormat::Latex;
    throw Error(ErrorKind::InvalidArgument, "table format '" + name + "': expected csv, json or latex");
}

TableFormat tableFormat(const Arguments &arguments)
{
    TableFormat format = TableFormat::Text;
    if (arguments.has("format")) {
        const std::string name = arguments.value("format");
        format = name == "text" ? TableFormat::Text : parseTableFormat(name);
    }
    if (arguments.has("json")) {
        if (arguments.has("format") && format != TableFormat::Json)
            throw Error(ErrorKind::InvalidArgument, "--json contradicts --format " + arguments.value("format"));
        format = TableFormat::Json;
    }
    return format;
}

std::string tableExtension(TableFormat format)
{
    switch (format) {
    case TableFormat::Csv:
        return "csv";
    case TableFormat::Json:
        return "json";
    case TableFormat::Latex:
        return "tex";
    case TableFormat::Text:
        break;
    }
    return "txt";
}

std::string formatName(TableFormat format)
{
    return format == TableFormat::Latex ? "latex" : format == TableFormat::Text ? "text" : tableExtension(format);
}

int tableDigits(TableFormat format)
{
    return format == TableFormat::Latex ? 4 : 0;
}

std::string renderTable(const TextTable &table, TableFormat format, const std::string &caption,
                        const std::string &label)
{
    switch (format) {
    case TableFormat::Csv:
        return toCsv(table);
    case TableFormat::Json:
        return toJson(table);
    case TableFormat::Latex:
        return toLatex(table, caption, label);
    case TableFormat::Text:
        break;
    }
    throw Error(ErrorKind::InvalidArgument, "plain text is not a table file format");
}

const LandscapeInfo *counterpart(const LandscapeDatabase &db, const LandscapeInfo &info)
{
    const std::string other = info.key.split == "test" ? "train" : info.key.split == "train" ? "test" : "";
    if (other.empty())
        return nullptr;
    for (const auto &candidate : db.landscapes()) {
        LandscapeKey key = info.key;
        key.split = other;
        if (candidate.spaceId == info.spaceId && candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

} // namespace hplx::cli
