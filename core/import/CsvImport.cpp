#include "import/CsvImport.h"

#include "import/CsvColumns.h"
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

// Distinct labels of one column in order of first appearance, with the line
// each first appeared on (for messages).
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

// Every data row, kept compactly until the spaces are known and ids can be computed.
struct RowTable
{
    std::size_t nHp = 0;
    std::size_t nLoss = 0;
    std::vector<std::uint32_t> hpIndex; // rows x HPs: index into ObservedValues::labels
    std::vector<std::uint32_t> group;   // index into the observed group values (0 without groups)
    std::vector<double> fidelity;       // 0 without a fidelity column
    std::vector<double> values;         // rows x loss columns, already losses (NaN = missing)
    std::vector<std::uint64_t> line;
    std::vector<ObservedValues> observed; // per HP
    ObservedValues groups;

    std::size_t size() const { return line.size(); }
};

// A search space of the import and how observed labels map into it.
struct SpacePlan
{
    SearchSpace space;
    std::vector<std::vector<std::uint32_t>> toSpaceIndex; // per HP: observed index -> value index
    std::vector<std::uint32_t> groups;                    // observed group indices on this space
    std::int64_t storedId = 0;
};

// One landscape being filled: a (group, fidelity) slot and a loss column.
struct LandscapeFill
{
    std::size_t plan = 0;
    std::vector<double> loss;           // per configuration of the plan's space, NaN = none yet
    std::vector<std::uint32_t> repeats; // per configuration, for the mean policy
    std::uint64_t rows = 0;
    std::uint64_t missing = 0;
    std::uint64_t duplicates = 0;
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

void checkOptions(const CsvImportOptions &options)
{
    if (options.dbPath.empty())
        throw Error(ErrorKind::InvalidArgument, "name the database to import into (--db FILE)");
    if (options.hps.empty())
        throw Error(ErrorKind::InvalidArgument, "name the hyperparameter columns (--hps A,B,C)");
    if (options.lossColumns.empty() && options.scoreColumns.empty())
        throw Error(ErrorKind::InvalidArgument,
                    "name at least one loss column (--loss COL) or score column (--maximize COL)");
    if (!options.groupBy.empty() && !options.dataset.empty())
        throw Error(ErrorKind::InvalidArgument,
                    "--group-by names the dataset of each landscape; leave out --dataset or --group-by");
    if (options.sharedSpace && options.groupBy.empty())
        throw Error(ErrorKind::InvalidArgument, "--shared-space only makes sense with --group-by");
}

// Reads and validates every data row.
RowTable readRows(CsvReader &reader, const CsvImportOptions &options, const CsvColumns &columns, Feedback *feedback)
{
    const std::string &path = options.csvPath;
    RowTable rows;
    rows.nHp = columns.hpColumns.size();
    rows.nLoss = columns.losses.size();
    rows.observed.resize(rows.nHp);
    std::vector<std::string> fields;
    while (reader.readRecord(fields)) {
        const std::uint64_t line = reader.recordLine();
        if (fields.size() == 1 && trim(fields[0]).empty())
            continue; // blank line
        if (fields.size() != columns.header.size())
            throw Error(ErrorKind::InvalidData, path + ", line " + std::to_string(line) + ": "
                                                    + std::to_string(fields.size()) + " fields, but the header has "
                                                    + std::to_string(columns.header.size()));
        for (std::size_t h = 0; h < rows.nHp; ++h) {
            const std::string value(trim(fields[columns.hpColumns[h]]));
            if (value.empty())
                throw Error(ErrorKind::InvalidData,
                            cellRef(path, line, options.hps[h]) + ": empty, expected a hyperparameter value");
            rows.hpIndex.push_back(rows.observed[h].add(value, line));
        }
        if (columns.hasGroup) {
            const std::string value(trim(fields[columns.group]));
            if (value.empty())
                throw Error(ErrorKind::InvalidData,
                            cellRef(path, line, options.groupBy) + ": empty, expected a group name");
            rows.group.push_back(rows.groups.add(value, line));
        } else {
            rows.group.push_back(0);
        }
        if (columns.hasFidelity) {
            const auto value = parseNumber(fields[columns.fidelity]);
            if (!value || !std::isfinite(*value))
                throw Error(ErrorKind::InvalidData, cellRef(path, line, options.fidelity) + ": '"
                                                        + fields[columns.fidelity]
                                                        + "' is not a finite number (expected the fidelity value)");
            rows.fidelity.push_back(*value);
        } else {
            rows.fidelity.push_back(0.0);
        }
        for (const auto &loss : columns.losses) {
            const std::string_view cell = trim(fields[loss.column]);
            double value = std::nan("");
            if (!isMissingToken(cell)) {
                const auto number = parseNumber(cell);
                if (!number)
                    throw Error(ErrorKind::InvalidData,
                                cellRef(path, line, loss.name) + ": '" + std::string(cell)
                                    + "' is not a number (expected a value, or empty/NaN for missing)");
                if (!std::isfinite(*number))
                    throw Error(ErrorKind::InvalidData,
                                cellRef(path, line, loss.name) + ": '" + std::string(cell)
                                    + "' is not finite (expected a finite value, or empty/NaN for missing)");
                value = loss.toLoss(*number);
            }
            rows.values.push_back(value);
        }
        rows.line.push_back(line);
        if (feedback && (rows.size() & 0x3fff) == 0) {
            feedback->throwIfCancelled();
            feedback->setProgress(0.8 * static_cast<double>(reader.bytesRead())
                                      / static_cast<double>(std::max<std::uint64_t>(reader.fileSize(), 1)),
                                  "reading " + path);
        }
    }
    if (rows.size() == 0)
        throw Error(ErrorKind::InvalidData, path + ": no data rows after the header");
    return rows;
}

// The search spaces: one per group (equal ones are merged when stored), or one
// for all rows. Each holds the values its rows have, or the --order lists.
std::vector<SpacePlan> planSpaces(const RowTable &rows, const CsvImportOptions &options,
                                  std::vector<std::size_t> &planOfGroup)
{
    const std::size_t nGroups = std::max<std::size_t>(rows.groups.labels.size(), 1);
    const bool perGroup = !options.groupBy.empty() && !options.sharedSpace;
    const std::size_t nPlans = perGroup ? nGroups : 1;
    planOfGroup.assign(nGroups, 0);
    for (std::size_t g = 0; perGroup && g < nGroups; ++g)
        planOfGroup[g] = g;

    // used[p][h][k]: observed label k of HP h occurs in a row of plan p.
    std::vector<std::vector<std::vector<bool>>> used(nPlans, std::vector<std::vector<bool>>(rows.nHp));
    for (auto &plan : used) {
        for (std::size_t h = 0; h < rows.nHp; ++h)
            plan[h].assign(rows.observed[h].labels.size(), false);
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto &plan = used[planOfGroup[rows.group[r]]];
        for (std::size_t h = 0; h < rows.nHp; ++h)
            plan[h][rows.hpIndex[r * rows.nHp + h]] = true;
    }

    // The value list of each HP over the whole file: the --order list, or the
    // observed labels (numbers sorted, equal numbers under their first spelling).
    // Each plan keeps the subset it uses, so equal subsets give equal spaces.
    std::vector<Hyperparameter> fileHps;
    std::vector<std::vector<std::uint32_t>> fileIndex(rows.nHp); // observed index -> file value index
    for (std::size_t h = 0; h < rows.nHp; ++h) {
        const std::string &name = options.hps[h];
        const auto &observed = rows.observed[h];
        const bool categorical =
            std::find(options.categorical.begin(), options.categorical.end(), name) != options.categorical.end();
        const HpKind kind = categorical ? HpKind::Categorical : HpKind::Ordinal;
        const auto order = options.valueOrder.find(name);
        if (order != options.valueOrder.end())
            fileHps.emplace_back(name, kind, order->second);
        else
            fileHps.push_back(Hyperparameter::fromObserved(name, kind, observed.labels));
        for (std::size_t k = 0; k < observed.labels.size(); ++k) {
            const auto index = fileHps.back().indexOf(observed.labels[k]);
            if (!index)
                throw Error(ErrorKind::InvalidData, cellRef(options.csvPath, observed.firstLine[k], name) + ": '"
                                                        + observed.labels[k]
                                                        + "' is not one of the values given by --order ("
                                                        + joinList(fileHps.back().labels()) + ")");
            fileIndex[h].push_back(*index);
        }
    }

    std::vector<SpacePlan> plans;
    for (std::size_t p = 0; p < nPlans; ++p) {
        std::vector<Hyperparameter> hps;
        std::vector<std::vector<std::uint32_t>> toSpaceIndex(rows.nHp);
        for (std::size_t h = 0; h < rows.nHp; ++h) {
            const Hyperparameter &fileHp = fileHps[h];
            // Values of the file's list this plan uses; all of them with --order.
            std::vector<bool> keep(fileHp.size(), options.valueOrder.count(fileHp.name()) > 0);
            for (std::size_t k = 0; k < fileIndex[h].size(); ++k)
                keep[fileIndex[h][k]] = keep[fileIndex[h][k]] || used[p][h][k];
            std::vector<std::string> labels;
            std::vector<std::uint32_t> planIndex(fileHp.size(), 0);
            for (std::uint32_t v = 0; v < fileHp.size(); ++v) {
                if (!keep[v])
                    continue;
                planIndex[v] = static_cast<std::uint32_t>(labels.size());
                labels.push_back(fileHp.label(v));
            }
            hps.emplace_back(fileHp.name(), fileHp.kind(), std::move(labels));
            for (std::size_t k = 0; k < fileIndex[h].size(); ++k)
                toSpaceIndex[h].push_back(planIndex[fileIndex[h][k]]);
        }
        plans.push_back({SearchSpace(std::move(hps)), std::move(toSpaceIndex), {}, 0});
    }
    for (std::size_t g = 0; g < rows.groups.labels.size(); ++g)
        plans[planOfGroup[g]].groups.push_back(static_cast<std::uint32_t>(g));
    return plans;
}

// Places every row's losses at its configuration id, applying the duplicate policy.
std::vector<LandscapeFill> fillLandscapes(const RowTable &rows, const CsvImportOptions &options,
                                          const CsvColumns &columns, const std::vector<SpacePlan> &plans,
                                          const std::vector<std::size_t> &planOfGroup,
                                          const std::vector<double> &fidelities)
{
    const std::size_t nGroups = planOfGroup.size();
    const std::size_t nLoss = rows.nLoss;
    std::vector<LandscapeFill> fills(nGroups * fidelities.size() * nLoss);
    for (std::size_t t = 0; t < fills.size(); ++t)
        fills[t].plan = planOfGroup[t / (fidelities.size() * nLoss)];

    std::vector<std::uint32_t> indices(rows.nHp);
    std::vector<ConfigId> rowConfig(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const SpacePlan &plan = plans[planOfGroup[rows.group[r]]];
        for (std::size_t h = 0; h < rows.nHp; ++h)
            indices[h] = plan.toSpaceIndex[h][rows.hpIndex[r * rows.nHp + h]];
        const ConfigId config = plan.space.encode(indices);
        rowConfig[r] = config;
        const auto fidelitySlot = static_cast<std::size_t>(
            std::lower_bound(fidelities.begin(), fidelities.end(), rows.fidelity[r]) - fidelities.begin());
        const std::size_t slot = rows.group[r] * fidelities.size() + fidelitySlot;
        for (std::size_t l = 0; l < nLoss; ++l) {
            LandscapeFill &fill = fills[slot * nLoss + l];
            if (fill.loss.empty()) {
                fill.loss.assign(plan.space.size(), std::nan(""));
                if (options.duplicates == DuplicatePolicy::Mean)
                    fill.repeats.assign(plan.space.size(), 0);
            }
            ++fill.rows;
            const double cell = rows.values[r * nLoss + l];
            if (std::isnan(cell)) {
                ++fill.missing;
                continue;
            }
            double &stored = fill.loss[config];
            if (std::isnan(stored)) {
                stored = cell;
                if (!fill.repeats.empty())
                    fill.repeats[config] = 1;
                continue;
            }
            ++fill.duplicates;
            if (options.duplicates == DuplicatePolicy::Error) {
                std::uint64_t firstLine = 0;
                for (std::size_t earlier = 0; earlier < r && !firstLine; ++earlier) {
                    if (rowConfig[earlier] == config && rows.group[earlier] == rows.group[r]
                        && rows.fidelity[earlier] == rows.fidelity[r] && !std::isnan(rows.values[earlier * nLoss + l]))
                        firstLine = rows.line[earlier];
                }
                throw Error(ErrorKind::InvalidData, options.csvPath + ", line " + std::to_string(rows.line[r])
                                                        + ": the configuration (" + plan.space.describe(config)
                                                        + ") already has a value in column '" + columns.losses[l].name
                                                        + "' on line " + std::to_string(firstLine)
                                                        + "; choose --duplicates mean|first to merge repeats");
            }
            if (options.duplicates == DuplicatePolicy::Mean) {
                auto &k = fill.repeats[config];
                stored += (cell - stored) / static_cast<double>(++k);
            }
        }
    }
    return fills;
}

std::vector<std::string> hpSummaries(const SearchSpace &space)
{
    std::vector<std::string> summaries;
    for (const auto &hp : space.hyperparameters())
        summaries.push_back(hp.name() + " (" + std::string(toString(hp.kind())) + ", " + std::to_string(hp.size())
                            + " values)");
    return summaries;
}

} // namespace

std::optional<std::string> guessSplit(const std::string &column)
{
    std::string word;
    std::optional<std::string> found;
    auto judge = [&](const std::string &w) {
        if (found)
            return;
        if (w == "train" || w == "training")
            found = "train";
        else if (w == "test" || w == "testing")
            found = "test";
        else if (w == "valid" || w == "validation" || w == "val" || w == "dev")
            found = "valid";
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
    checkOptions(options);
    const std::string &path = options.csvPath;
    CsvReader reader(path);
    std::vector<std::string> header;
    if (!reader.readRecord(header) || (header.size() == 1 && trim(header[0]).empty()))
        throw Error(ErrorKind::InvalidData, path + ": the file is empty (expected a header line with column names)");
    const CsvColumns columns = resolveColumns(options, std::move(header));
    const RowTable rows = readRows(reader, options, columns, feedback);

    std::vector<std::size_t> planOfGroup;
    std::vector<SpacePlan> plans = planSpaces(rows, options, planOfGroup);
    const std::set<double> fidelitySet(rows.fidelity.begin(), rows.fidelity.end());
    const std::vector<double> fidelities(fidelitySet.begin(), fidelitySet.end());
    const std::vector<LandscapeFill> fills = fillLandscapes(rows, options, columns, plans, planOfGroup, fidelities);

    CsvImportReport report;
    report.csvPath = path;
    report.dbPath = options.dbPath;
    report.rows = rows.size();
    report.ignoredColumns = columns.unused;

    // Write everything in one transaction; a file this import created is removed
    // again when anything fails, so a failed import leaves no trace.
    const bool existed = std::filesystem::exists(options.dbPath);
    try {
        DatabaseWriter writer(options.dbPath);
        writer.begin();
        const std::string model = options.model.empty() ? fileStem(path) : options.model;
        for (auto &plan : plans) {
            plan.storedId = writer.addSpace(plan.space, options.spaceName.empty() ? model : options.spaceName);
            auto known = std::find_if(report.spaces.begin(), report.spaces.end(),
                                      [&](const ImportedSpace &s) { return s.id == plan.storedId; });
            if (known == report.spaces.end())
                known = report.spaces.insert(report.spaces.end(),
                                             {plan.storedId, plan.space.size(), hpSummaries(plan.space), {}});
            for (auto g : plan.groups)
                known->groups.push_back(rows.groups.labels[g]);
        }
        const std::string source = "csv:" + std::filesystem::path(path).filename().string();
        const std::size_t perGroup = fidelities.size() * rows.nLoss;
        for (std::size_t t = 0; t < fills.size(); ++t) {
            const LandscapeFill &fill = fills[t];
            if (fill.rows == 0)
                continue; // this group was not run at this fidelity
            const std::size_t g = t / perGroup;
            const std::size_t f = (t % perGroup) / rows.nLoss;
            const LossColumn &column = columns.losses[t % rows.nLoss];
            const SpacePlan &plan = plans[fill.plan];
            LandscapeKey key;
            key.model = model;
            key.dataset =
                columns.hasGroup ? rows.groups.labels[g] : (options.dataset.empty() ? fileStem(path) : options.dataset);
            if (columns.hasFidelity) {
                key.fidelityName = options.fidelity;
                key.fidelityValue = fidelities[f];
            }
            key.split = column.split;
            key.lossName = column.lossName;
            ImportedLandscape imported{0, plan.storedId, plan.space.size(), key.describe(), column.name,
                                       0, fill.missing,  fill.duplicates};
            for (double v : fill.loss)
                imported.evaluated += std::isnan(v) ? 0 : 1;
            if (imported.evaluated == 0) {
                // Rows for this group/fidelity but no value in this column: a hole in
                // the data, not a landscape. Report it instead of storing nothing.
                imported.description += " (not stored: every cell empty)";
                report.landscapes.push_back(imported);
                continue;
            }
            nlohmann::json attributes = {{"source_column", column.name},
                                         {"missing_rows", fill.missing},
                                         {"duplicate_rows", fill.duplicates},
                                         {"duplicates", policyName(options.duplicates)}};
            if (column.isScore)
                attributes["transform"] = column.transform;
            imported.id = writer.addLandscape(plan.storedId, key, fill.loss, source, attributes.dump());
            report.landscapes.push_back(imported);
            if (feedback) {
                feedback->throwIfCancelled();
                feedback->setProgress(0.8 + 0.2 * static_cast<double>(t + 1) / static_cast<double>(fills.size()),
                                      "writing " + options.dbPath);
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
