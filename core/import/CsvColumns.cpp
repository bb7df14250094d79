#include "import/CsvColumns.h"

#include "util/Error.h"
#include "util/Format.h"

#include <algorithm>
#include <unordered_map>

namespace hplx {

namespace {

bool contains(const std::vector<std::string> &list, const std::string &item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

} // namespace

CsvColumns resolveColumns(const CsvImportOptions &options, std::vector<std::string> header)
{
    const std::string &path = options.csvPath;
    CsvColumns columns;
    std::unordered_map<std::string, std::size_t> columnOf;
    for (std::size_t c = 0; c < header.size(); ++c) {
        header[c] = std::string(trim(header[c]));
        if (!columnOf.emplace(header[c], c).second)
            throw Error(ErrorKind::InvalidData, path + ", line 1: the column name '" + header[c] + "' appears twice");
    }

    std::vector<const char *> claimedBy(header.size(), nullptr);
    auto claim = [&](const std::string &name, const char *option) -> std::size_t {
        const auto found = columnOf.find(name);
        if (found == columnOf.end())
            throw Error(ErrorKind::InvalidArgument, path + ": has no column '" + name + "' (named by " + option
                                                        + "); its columns are: " + joinList(header));
        if (claimedBy[found->second])
            throw Error(ErrorKind::InvalidArgument, "the column '" + name + "' is named twice (by "
                                                        + claimedBy[found->second] + " and " + option + ")");
        claimedBy[found->second] = option;
        return found->second;
    };

    for (const auto &name : options.hps)
        columns.hpColumns.push_back(claim(name, "--hps"));
    for (const auto &name : options.categorical) {
        if (!contains(options.hps, name))
            throw Error(ErrorKind::InvalidArgument, "--categorical names '" + name + "', which is not in --hps");
    }
    for (const auto &entry : options.valueOrder) {
        if (!contains(options.hps, entry.first))
            throw Error(ErrorKind::InvalidArgument, "--order names '" + entry.first + "', which is not in --hps");
    }

    auto addLoss = [&](const std::string &name, const ScoreColumn *score) {
        LossColumn loss;
        loss.column = claim(name, score ? "--maximize" : "--loss");
        loss.name = name;
        const auto stated = options.splitOf.find(name);
        const auto split =
            stated != options.splitOf.end() ? std::optional<std::string>(stated->second) : guessSplit(name);
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
        columns.losses.push_back(loss);
    };
    for (const auto &name : options.lossColumns)
        addLoss(name, nullptr);
    for (const auto &score : options.scoreColumns)
        addLoss(score.column, &score);
    for (const auto &entry : options.splitOf) {
        const bool named = std::any_of(columns.losses.begin(), columns.losses.end(),
                                       [&](const LossColumn &l) { return l.name == entry.first; });
        if (!named)
            throw Error(ErrorKind::InvalidArgument,
                        "--split-of names '" + entry.first + "', which is not a loss or score column");
    }

    columns.hasFidelity = !options.fidelity.empty();
    columns.fidelity = columns.hasFidelity ? claim(options.fidelity, "--fidelity") : 0;
    columns.hasGroup = !options.groupBy.empty();
    columns.group = columns.hasGroup ? claim(options.groupBy, "--group-by") : 0;
    for (std::size_t c = 0; c < header.size(); ++c) {
        if (!claimedBy[c])
            columns.unused.push_back(header[c]);
    }
    columns.header = std::move(header);
    return columns;
}

} // namespace hplx
