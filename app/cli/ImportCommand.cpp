#include "cli/Arguments.h"
#include "cli/Commands.h"

#include "import/CsvImport.h"
#include "jobs/Feedback.h"
#include "util/Error.h"
#include "util/Format.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

#include <unistd.h>

namespace hplx::cli {

namespace {

// "acc" (stored as -acc), "acc:1-x", "acc_pct:100-x"
ScoreColumn parseScore(const std::string &text)
{
    ScoreColumn score;
    const auto colon = text.rfind(':');
    score.column = text.substr(0, colon);
    if (colon == std::string::npos)
        return score;
    const std::string transform = text.substr(colon + 1);
    const bool shape = endsWith(transform, "-x");
    const std::string boundText = shape ? transform.substr(0, transform.size() - 2) : std::string();
    const auto bound = parseNumber(boundText);
    if (!shape || (!boundText.empty() && !bound))
        throw Error(ErrorKind::InvalidArgument, "--maximize " + text
                                                    + ": expected COL, COL:-x or COL:B-x with a number B "
                                                      "(e.g. acc:1-x, acc_pct:100-x)");
    if (bound)
        score.bound = *bound;
    return score;
}

std::pair<std::string, std::string> splitAssignment(const std::string &text, const char *option)
{
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
        throw Error(ErrorKind::InvalidArgument, std::string(option) + " " + text + ": expected NAME=VALUE");
    return {text.substr(0, eq), text.substr(eq + 1)};
}

} // namespace

int runImport(const std::vector<std::string> &args, std::ostream &out)
{
    const Arguments arguments(args,
                              {"db", "hps", "categorical", "loss", "maximize", "split-of", "group-by", "fidelity",
                               "model", "dataset", "duplicates", "order", "space"},
                              {"json", "quiet", "shared-space"});
    if (arguments.positionals().size() != 1)
        throw Error(ErrorKind::InvalidArgument, "usage: hplx-cli import CSV --db DB --hps A,B,C --loss COL ...");

    CsvImportOptions options;
    options.csvPath = arguments.positionals().front();
    options.dbPath = arguments.required("db");
    options.hps = arguments.list("hps");
    options.categorical = arguments.list("categorical");
    options.lossColumns = arguments.list("loss");
    for (const auto &text : arguments.list("maximize"))
        options.scoreColumns.push_back(parseScore(text));
    for (const auto &text : arguments.values("split-of")) {
        auto [column, split] = splitAssignment(text, "--split-of");
        options.splitOf[column] = split;
    }
    for (const auto &text : arguments.values("order")) {
        auto [hp, values] = splitAssignment(text, "--order");
        options.valueOrder[hp] = splitList(values);
    }
    options.groupBy = arguments.value("group-by");
    options.sharedSpace = arguments.has("shared-space");
    options.fidelity = arguments.value("fidelity");
    options.model = arguments.value("model");
    options.dataset = arguments.value("dataset");
    options.spaceName = arguments.value("space");
    const std::string duplicates = arguments.value("duplicates", "error");
    if (duplicates == "mean")
        options.duplicates = DuplicatePolicy::Mean;
    else if (duplicates == "first")
        options.duplicates = DuplicatePolicy::First;
    else if (duplicates != "error")
        throw Error(ErrorKind::InvalidArgument, "--duplicates " + duplicates + ": expected mean, first or error");

    const bool json = arguments.has("json");
    // Progress goes to a terminal only: logs and pipes get the summary alone.
    const bool showProgress = !json && !arguments.has("quiet") && isatty(fileno(stderr));
    Feedback feedback([showProgress](double fraction, const std::string &status) {
        if (showProgress)
            std::fprintf(stderr, "\r%3.0f%%  %s\033[K", fraction * 100.0, status.c_str());
    });
    const CsvImportReport report = importCsv(options, &feedback);
    if (showProgress)
        std::fprintf(stderr, "\r\033[K");

    if (json) {
        nlohmann::json spaces = nlohmann::json::array();
        for (const auto &space : report.spaces)
            spaces.push_back({{"id", space.id},
                              {"size", space.size},
                              {"hyperparameters", space.hpSummaries},
                              {"groups", space.groups}});
        nlohmann::json landscapes = nlohmann::json::array();
        for (const auto &landscape : report.landscapes)
            landscapes.push_back({{"id", landscape.id},
                                  {"space_id", landscape.spaceId},
                                  {"landscape", landscape.description},
                                  {"column", landscape.column},
                                  {"evaluated", landscape.evaluated},
                                  {"grid_size", landscape.gridSize},
                                  {"stored", landscape.id != 0},
                                  {"missing_rows", landscape.missingRows},
                                  {"duplicate_rows", landscape.duplicateRows}});
        const nlohmann::json doc = {{"csv", report.csvPath},    {"db", report.dbPath},
                                    {"rows", report.rows},      {"spaces", spaces},
                                    {"landscapes", landscapes}, {"ignored_columns", report.ignoredColumns}};
        out << doc.dump(2) << '\n';
        return 0;
    }

    std::size_t stored = 0;
    for (const auto &landscape : report.landscapes)
        stored += landscape.id != 0;
    out << "Imported " << report.csvPath << " into " << report.dbPath << ": " << report.rows << " rows, " << stored
        << " landscapes\n";
    for (const auto &space : report.spaces) {
        out << "Search space " << space.id << ": " << space.size << " configurations (" << joinList(space.hpSummaries)
            << ")";
        if (!space.groups.empty())
            out << " for " << joinList(space.groups);
        out << '\n';
    }
    for (const auto &landscape : report.landscapes) {
        out << "  " << (landscape.id ? "#" + std::to_string(landscape.id) : std::string("  -")) << "  "
            << landscape.description << ": " << landscape.evaluated << " of " << landscape.gridSize << " evaluated";
        if (landscape.missingRows)
            out << ", " << landscape.missingRows << " rows with a missing value left out";
        if (landscape.duplicateRows)
            out << ", " << landscape.duplicateRows << " repeated rows merged";
        out << '\n';
    }
    if (!report.ignoredColumns.empty())
        out << "Columns not imported: " << joinList(report.ignoredColumns) << '\n';
    return 0;
}

} // namespace hplx::cli
