#include "import/CsvImport.h"

#include "import/CsvReader.h"
#include "jobs/Feedback.h"
#include "space/SearchSpace.h"
#include "store/DatabaseWriter.h"
#include "util/Error.h"
#include "util/Format.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>
#include <unordered_map>

namespace hplx {

namespace {

enum class Role { Unused, Hp, Loss, Fidelity, Group };

// One loss-bearing column and how its cells become losses.
struct LossColumn
{
    std::size_t column = 0;
    std::string name;
    std::string split;
    std::string lossName;
    std::string transform; // "" for a loss, "-x" or "B-x" for a score
    bool isScore = false;
    double bound = 0.0;
    bool bounded = false;

    double toLoss(double value) const
    {
        if (!isScore)
            return value;
        return bounded ? bound - value : -value;
    }
};

// Distinct labels of one HP in order of first appearance, with the line each
// first appeared on (for messages).
struct ObservedValues
{
    std::unordered_map<std::string, std::uint32_t> index;
    std::vector<std::string> labels;
    std::vector<std::uint64_t> firstLine;

    std::uint32_t add(const std::string &label, std::uint64_t line)
    {
        const auto [it, inserted] = index.emplace(label, static_cast<std::uint32_t>(labels.size()));
        if (inserted) {
            labels.push_back(label);
            firstLine.push_back(line);
        }
        return it->second;
    }
};

// All rows, kept compactly until the space is known and ids can be computed.
struct RowTable
{
    std::vector<std::uint32_t> hpIndex; // rows x HPs, observed indices
    std::vector<std::uint32_t> group;
    std::vector<double> fidelity;
    std::vector<double> values; // rows x loss columns, raw cell values (NaN = missing)
    std::vector<std::uint64_t> line;
};

bool isMissingToken(std::string_view text)
{
    std::string lower;
    for (char c : text)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.empty() || lower == "na" || lower == "n/a" || lower == "nan" || lower == "null" || lower == "none";
}

std::string cellRef(const std::string &path, std::uint64_t line, const std::string &column)
{
    return path + ", line " + std::to_string(line) + ", column '" + column + "'";
}

std::string fileStem(const std::string &path)
{
    return std::filesystem::path(path).stem().string();
}

std::string policyName(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Mean:
        return "mean";
    case DuplicatePolicy::First:
        return "first";
    case DuplicatePolicy::Error:
        break;
    }
    return "error";
}

} // namespace

std::optional<std::string> guessSplit(const std::string &column)
{
    std::string word;
    std::optional<std::string> found;
    auto judge = [&](const std::string &w) {
        if (w == "train" || w == "training")
            found = found ? found : std::optional<std::string>("train");
        else if (w == "test" || w == "testing")
            found = found ? found : std::optional<std::string>("test");
        else if (w == "valid" || w == "validation" || w == "val" || w == "dev")
            found = found ? found : std::optional<std::string>("valid");
    };
    for (char c : column + '_') {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            judge(word);
            word.clear();
        }
    }
    return found;
}

CsvImportReport importCsv(const CsvImportOptions &options, Feedback *feedback)
{
    const std::string &path = options.csvPath;
    if (options.hps.empty())
        throw Error(ErrorKind::InvalidArgument, "name the hyperparameter columns (--hps A,B,C)");
    if (options.lossColumns.empty() && options.scoreColumns.empty())
        throw Error(ErrorKind::InvalidArgument, "name at least one loss column (--loss COL) or score column (--maximize COL)");
    if (!options.groupBy.empty() && !options.dataset.empty())
        throw Error(ErrorKind::InvalidArgument,
                    "--group-by names the dataset of each landscape; leave out --dataset or --group-by");

    CsvReader reader(path);
    std::vector<std::string> header;
    if (!reader.readRecord(header) || (header.size() == 1 && trim(header[0]).empty()))
        throw Error(ErrorKind::InvalidData, path + ": the file is empty (expected a header line with column names)");
    std::unordered_map<std::string, std::size_t> columnOf;
    for (std::size_t c = 0; c < header.size(); ++c) {
        header[c] = std::string(trim(header[c]));
        if (!columnOf.emplace(header[c], c).second)
            throw Error(ErrorKind::InvalidData, path + ", line 1: the column name '" + header[c] + "' appears twice");
    }

    std::vector<Role> roles(header.size(), Role::Unused);
    auto claim = [&](const std::string &name, Role role, const char *option) -> std::size_t {
        const auto found = columnOf.find(name);
        if (found == columnOf.end())
            throw Error(ErrorKind::InvalidArgument, path + ": has no column '" + name + "' (named by " + option
                                                        + "); its columns are: " + joinList(header));
        if (roles[found->second] != Role::Unused)
            throw Error(ErrorKind::InvalidArgument,
                        "the column '" + name + "' is named for two roles (" + option + " and another option)");
        roles[found->second] = role;
        return found->second;
    };

    std::vector<std::size_t> hpColumns;
    for (const auto &name : options.hps)
        hpColumns.push_back(claim(name, Role::Hp, "--hps"));
    for (const auto &name : options.categorical) {
        if (std::find(options.hps.begin(), options.hps.end(), name) == options.hps.end())
            throw Error(ErrorKind::InvalidArgument, "--categorical names '" + name + "', which is not in --hps");
    }
    for (const auto &[name, order] : options.valueOrder) {
        if (std::find(options.hps.begin(), options.hps.end(), name) == options.hps.end())
            throw Error(ErrorKind::InvalidArgument, "--order names '" + name + "', which is not in --hps");
    }

    std::vector<LossColumn> losses;
    auto addLoss = [&](const std::string &name, const ScoreColumn *score) {
        LossColumn loss;
        loss.column = claim(name, Role::Loss, score ? "--maximize" : "--loss");
        loss.name = name;
        const auto split = options.splitOf.count(name) ? std::optional<std::string>(options.splitOf.at(name))
                                                       : guessSplit(name);
        if (!split)
            throw Error(ErrorKind::InvalidArgument, "cannot tell the split of column '" + name
                                                        + "' from its name; state it with --split-of " + name
                                                        + "=train|valid|test");
        if (*split != "train" && *split != "valid" && *split != "test")
            throw Error(ErrorKind::InvalidArgument,
                        "--split-of " + name + "=" + *split + ": expected train, valid or test");
        loss.split = *split;
        loss.lossName = name;
        if (score) {
            loss.isScore = true;
            loss.bounded = score->bound.has_value();
            loss.bound = score->bound.value_or(0.0);
            loss.transform = loss.bounded ? formatNumber(loss.bound) + "-x" : "-x";
            loss.lossName = (loss.bounded ? formatNumber(loss.bound) : std::string()) + "-" + name;
        }
        losses.push_back(loss);
    };
    for (const auto &name : options.lossColumns)
        addLoss(name, nullptr);
    for (const auto &score : options.scoreColumns)
        addLoss(score.column, &score);
    // Not a structured binding: C++17 does not let a lambda capture one (clang rejects it).
    for (const auto &entry : options.splitOf) {
        const std::string &name = entry.first;
        const bool named = std::any_of(losses.begin(), losses.end(), [&](const LossColumn &l) { return l.name == name; });
        if (!named)
            throw Error(ErrorKind::InvalidArgument, "--split-of names '" + name + "', which is not a loss or score column");
    }
    // Plain index + flag rather than std::optional: GCC 12 at -O2 reports a false
    // -Wmaybe-uninitialized for optional<size_t> here (GCC PR 80635), which breaks -Werror.
    const bool hasFidelity = !options.fidelity.empty();
    const std::size_t fidelityIndex = hasFidelity ? claim(options.fidelity, Role::Fidelity, "--fidelity") : 0;
    const bool hasGroup = !options.groupBy.empty();
    const std::size_t groupIndex = hasGroup ? claim(options.groupBy, Role::Group, "--group-by") : 0;

    // Pass over the file: validate every cell, keep rows compactly.
    const std::size_t nHp = hpColumns.size();
    const std::size_t nLoss = losses.size();
    std::vector<ObservedValues> observed(nHp);
    ObservedValues groups;
    RowTable rows;
    std::vector<std::string> fields;
    while (reader.readRecord(fields)) {
        const std::uint64_t line = reader.recordLine();
        if (fields.size() == 1 && trim(fields[0]).empty())
            continue; // blank line
        if (fields.size() != header.size())
            throw Error(ErrorKind::InvalidData, path + ", line " + std::to_string(line) + ": " + std::to_string(fields.size())
                                                    + " fields, but the header has " + std::to_string(header.size()));
        for (std::size_t h = 0; h < nHp; ++h) {
            const std::string value(trim(fields[hpColumns[h]]));
            if (value.empty())
                throw Error(ErrorKind::InvalidData, cellRef(path, line, options.hps[h])
                                                        + ": empty, expected a hyperparameter value");
            rows.hpIndex.push_back(observed[h].add(value, line));
        }
        if (hasGroup) {
            const std::string value(trim(fields[groupIndex]));
            if (value.empty())
                throw Error(ErrorKind::InvalidData, cellRef(path, line, options.groupBy) + ": empty, expected a group name");
            rows.group.push_back(groups.add(value, line));
        } else {
            rows.group.push_back(0);
        }
        if (hasFidelity) {
            const auto value = parseNumber(fields[fidelityIndex]);
            if (!value || !std::isfinite(*value))
                throw Error(ErrorKind::InvalidData, cellRef(path, line, options.fidelity) + ": '" + fields[fidelityIndex]
                                                        + "' is not a finite number (expected the fidelity value)");
            rows.fidelity.push_back(*value);
        } else {
            rows.fidelity.push_back(0.0);
        }
        for (const auto &loss : losses) {
            const std::string_view cell = trim(fields[loss.column]);
            double value = std::nan("");
            if (!isMissingToken(cell)) {
                const auto number = parseNumber(cell);
                if (!number)
                    throw Error(ErrorKind::InvalidData, cellRef(path, line, loss.name) + ": '" + std::string(cell)
                                                            + "' is not a number (expected a value, or empty/NaN for missing)");
                if (!std::isfinite(*number))
                    throw Error(ErrorKind::InvalidData, cellRef(path, line, loss.name) + ": '" + std::string(cell)
                                                            + "' is not finite (expected a finite value, or empty/NaN for missing)");
                value = loss.toLoss(*number);
            }
            rows.values.push_back(value);
        }
        rows.line.push_back(line);
        if (feedback && (rows.line.size() & 0x3fff) == 0) {
            feedback->throwIfCancelled();
            feedback->setProgress(0.8 * static_cast<double>(reader.bytesRead()) / static_cast<double>(reader.fileSize()),
                                  "reading " + path);
        }
    }
    const std::size_t nRows = rows.line.size();
    if (nRows == 0)
        throw Error(ErrorKind::InvalidData, path + ": no data rows after the header");

    // The search space from the observed values (or the stated orders).
    std::vector<Hyperparameter> hps;
    std::vector<std::vector<std::uint32_t>> toSpaceIndex(nHp);
    for (std::size_t h = 0; h < nHp; ++h) {
        const std::string &name = options.hps[h];
        const bool categorical =
            std::find(options.categorical.begin(), options.categorical.end(), name) != options.categorical.end();
        const HpKind kind = categorical ? HpKind::Categorical : HpKind::Ordinal;
        const auto order = options.valueOrder.find(name);
        if (order != options.valueOrder.end())
            hps.emplace_back(name, kind, order->second);
        else
            hps.push_back(Hyperparameter::fromObserved(name, kind, observed[h].labels));
        for (std::size_t k = 0; k < observed[h].labels.size(); ++k) {
            const auto index = hps.back().indexOf(observed[h].labels[k]);
            if (!index)
                throw Error(ErrorKind::InvalidData, cellRef(path, observed[h].firstLine[k], name) + ": '"
                                                        + observed[h].labels[k] + "' is not one of the values given by --order ("
                                                        + joinList(hps.back().labels()) + ")");
            toSpaceIndex[h].push_back(*index);
        }
    }
    const SearchSpace space(std::move(hps));

    // Landscapes: one per (group, fidelity value) slot and loss column.
    std::set<double> fidelityValues(rows.fidelity.begin(), rows.fidelity.end());
    const std::vector<double> fidelities(fidelityValues.begin(), fidelityValues.end());
    const std::size_t nGroups = hasGroup ? groups.labels.size() : 1;
    const std::size_t nSlots = nGroups * fidelities.size();
    const std::size_t n = space.size();
    std::vector<std::vector<double>> value(nSlots * nLoss, std::vector<double>(n, std::nan("")));
    std::vector<std::vector<std::uint32_t>> count(options.duplicates == DuplicatePolicy::Mean ? nSlots * nLoss : 0,
                                                  std::vector<std::uint32_t>(n, 0));
    std::vector<std::uint64_t> missing(nSlots * nLoss, 0);
    std::vector<std::uint64_t> duplicates(nSlots * nLoss, 0);
    std::vector<std::uint64_t> slotRows(nSlots, 0);
    std::vector<std::uint32_t> indices(nHp);
    std::vector<ConfigId> rowConfig(nRows);
    for (std::size_t r = 0; r < nRows; ++r) {
        for (std::size_t h = 0; h < nHp; ++h)
            indices[h] = toSpaceIndex[h][rows.hpIndex[r * nHp + h]];
        const ConfigId config = space.encode(indices);
        rowConfig[r] = config;
        const auto fidelitySlot =
            std::lower_bound(fidelities.begin(), fidelities.end(), rows.fidelity[r]) - fidelities.begin();
        const std::size_t slot = rows.group[r] * fidelities.size() + static_cast<std::size_t>(fidelitySlot);
        ++slotRows[slot];
        for (std::size_t l = 0; l < nLoss; ++l) {
            const std::size_t target = slot * nLoss + l;
            const double cell = rows.values[r * nLoss + l];
            if (std::isnan(cell)) {
                ++missing[target];
                continue;
            }
            double &stored = value[target][config];
            if (std::isnan(stored)) {
                stored = cell;
                if (!count.empty())
                    count[target][config] = 1;
                continue;
            }
            ++duplicates[target];
            if (options.duplicates == DuplicatePolicy::Error) {
                std::uint64_t firstLine = 0;
                for (std::size_t earlier = 0; earlier < r && !firstLine; ++earlier) {
                    if (rowConfig[earlier] == config && rows.group[earlier] == rows.group[r]
                        && rows.fidelity[earlier] == rows.fidelity[r] && !std::isnan(rows.values[earlier * nLoss + l]))
                        firstLine = rows.line[earlier];
                }
                throw Error(ErrorKind::InvalidData,
                            path + ", line " + std::to_string(rows.line[r]) + ": the configuration (" + space.describe(config)
                                + ") already has a value in column '" + losses[l].name + "' on line "
                                + std::to_string(firstLine) + "; choose --duplicates mean|first to merge repeats");
            }
            if (options.duplicates == DuplicatePolicy::Mean) {
                auto &k = count[target][config];
                stored += (cell - stored) / static_cast<double>(++k);
            }
        }
    }

    CsvImportReport report;
    report.csvPath = path;
    report.dbPath = options.dbPath;
    report.rows = nRows;
    report.gridSize = space.size();
    for (const auto &hp : space.hyperparameters())
        report.hpSummaries.push_back(hp.name() + " (" + std::string(toString(hp.kind())) + ", "
                                     + std::to_string(hp.size()) + " values)");
    for (std::size_t c = 0; c < header.size(); ++c) {
        if (roles[c] == Role::Unused)
            report.ignoredColumns.push_back(header[c]);
    }

    // Write everything in one transaction; a file this import created is removed
    // again when anything fails, so a failed import leaves no trace.
    const bool existed = std::filesystem::exists(options.dbPath);
    try {
        DatabaseWriter writer(options.dbPath);
        writer.begin();
        const std::string model = options.model.empty() ? fileStem(path) : options.model;
        report.spaceId = writer.addSpace(space, options.spaceName.empty() ? model : options.spaceName);
        for (std::size_t g = 0; g < nGroups; ++g) {
            for (std::size_t f = 0; f < fidelities.size(); ++f) {
                if (slotRows[g * fidelities.size() + f] == 0)
                    continue; // this group was not run at this fidelity
                for (std::size_t l = 0; l < nLoss; ++l) {
                    const std::size_t target = (g * fidelities.size() + f) * nLoss + l;
                    LandscapeKey key;
                    key.model = model;
                    key.dataset = hasGroup ? groups.labels[g] : (options.dataset.empty() ? fileStem(path) : options.dataset);
                    if (hasFidelity) {
                        key.fidelityName = options.fidelity;
                        key.fidelityValue = fidelities[f];
                    }
                    key.split = losses[l].split;
                    key.lossName = losses[l].lossName;
                    const bool any = std::any_of(value[target].begin(), value[target].end(),
                                                 [](double v) { return !std::isnan(v); });
                    if (!any) {
                        // A group/fidelity with rows but no value in this column: a hole in
                        // the data, not a landscape. Report it instead of storing nothing.
                        report.landscapes.push_back({0, key.describe() + " (not stored: every cell empty)",
                                                     losses[l].name, 0, missing[target], 0});
                        continue;
                    }
                    nlohmann::json attributes = {{"source_column", losses[l].name},
                                                 {"missing_rows", missing[target]},
                                                 {"duplicate_rows", duplicates[target]},
                                                 {"duplicates", policyName(options.duplicates)}};
                    if (losses[l].isScore)
                        attributes["transform"] = losses[l].transform;
                    const auto id = writer.addLandscape(report.spaceId, key, value[target],
                                                        "csv:" + std::filesystem::path(path).filename().string(),
                                                        attributes.dump());
                    std::uint64_t evaluated = 0;
                    for (double v : value[target])
                        evaluated += std::isnan(v) ? 0 : 1;
                    report.landscapes.push_back(
                        {id, key.describe(), losses[l].name, evaluated, missing[target], duplicates[target]});
                    if (feedback) {
                        feedback->throwIfCancelled();
                        feedback->setProgress(0.8 + 0.2 * static_cast<double>(target + 1) / static_cast<double>(value.size()),
                                              "writing " + options.dbPath);
                    }
                }
            }
        }
        writer.commit();
    } catch (...) {
        if (!existed)
            std::remove(options.dbPath.c_str());
        throw;
    }
    if (feedback)
        feedback->setProgress(1.0, "import finished");
    return report;
}

} // namespace hplx
