#include "cli/Arguments.h"
#include "cli/Commands.h"

#include "store/LandscapeDatabase.h"
#include "util/Error.h"
#include "util/Format.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iomanip>

namespace hplx::cli {

namespace {

nlohmann::json toJson(const LandscapeDatabase &db)
{
    nlohmann::json doc = {{"path", db.path()},
                          {"schema_version", db.schemaVersion()},
                          {"spaces", nlohmann::json::array()},
                          {"landscapes", nlohmann::json::array()}};
    for (const auto &info : db.spaces()) {
        nlohmann::json hps = nlohmann::json::array();
        for (const auto &hp : info.space->hyperparameters())
            hps.push_back({{"name", hp.name()}, {"kind", toString(hp.kind())}, {"values", hp.labels()}});
        doc["spaces"].push_back(
            {{"id", info.id}, {"name", info.name}, {"size", info.space->size()}, {"hyperparameters", hps}});
    }
    for (const auto &info : db.landscapes()) {
        const auto size = db.space(info.spaceId).space->size();
        nlohmann::json fidelity = nullptr;
        if (info.key.fidelityValue)
            fidelity = {{"name", info.key.fidelityName}, {"value", *info.key.fidelityValue}};
        nlohmann::json attributes = nlohmann::json::parse(info.attributes, nullptr, false);
        if (attributes.is_discarded())
            attributes = info.attributes;
        doc["landscapes"].push_back({{"id", info.id},
                                     {"space_id", info.spaceId},
                                     {"model", info.key.model},
                                     {"dataset", info.key.dataset},
                                     {"fidelity", fidelity},
                                     {"split", info.key.split},
                                     {"loss", info.key.lossName},
                                     {"evaluated", info.evaluated},
                                     {"grid_size", size},
                                     {"complete", info.evaluated == size},
                                     {"source", info.source},
                                     {"attributes", attributes}});
    }
    return doc;
}

// Prints rows as left-aligned columns separated by two spaces.
void printTable(std::ostream &out, const std::vector<std::vector<std::string>> &rows)
{
    std::vector<std::size_t> width;
    for (const auto &row : rows) {
        width.resize(std::max(width.size(), row.size()), 0);
        for (std::size_t c = 0; c < row.size(); ++c)
            width[c] = std::max(width[c], row[c].size());
    }
    for (const auto &row : rows) {
        out << "  ";
        for (std::size_t c = 0; c < row.size(); ++c)
            out << std::left << std::setw(static_cast<int>(c + 1 < row.size() ? width[c] + 2 : 0)) << row[c];
        out << '\n';
    }
}

std::string valuePreview(const Hyperparameter &hp)
{
    constexpr std::size_t kShown = 10;
    std::vector<std::string> shown(hp.labels().begin(), hp.labels().begin() + std::min<std::size_t>(kShown, hp.size()));
    if (hp.size() > kShown)
        shown.push_back("… (" + std::to_string(hp.size() - kShown) + " more)");
    return joinList(shown);
}

} // namespace

int runInfo(const std::vector<std::string> &args, std::ostream &out)
{
    const Arguments arguments(args, {}, {"json"});
    if (arguments.positionals().size() != 1)
        throw Error(ErrorKind::InvalidArgument, "usage: hplx-cli info DB [--json]");
    const LandscapeDatabase db(arguments.positionals().front());
    if (arguments.has("json")) {
        out << toJson(db).dump(2) << '\n';
        return 0;
    }

    out << db.path() << ": HPLX landscape database, schema version " << db.schemaVersion() << ", " << db.spaces().size()
        << " search space(s), " << db.landscapes().size() << " landscape(s)\n";
    for (const auto &info : db.spaces()) {
        out << "\nSearch space " << info.id << " \"" << info.name << "\": " << info.space->size()
            << " configurations\n";
        std::vector<std::vector<std::string>> rows;
        for (const auto &hp : info.space->hyperparameters())
            rows.push_back({hp.name(), std::string(toString(hp.kind())),
                            std::to_string(hp.size()) + " values:", valuePreview(hp)});
        printTable(out, rows);
    }
    out << "\nLandscapes\n";
    std::vector<std::vector<std::string>> rows = {
        {"id", "space", "model", "dataset", "fidelity", "split", "loss", "evaluated"}};
    for (const auto &info : db.landscapes()) {
        const auto size = db.space(info.spaceId).space->size();
        const std::string fidelity =
            info.key.fidelityValue ? info.key.fidelityName + "=" + formatNumber(*info.key.fidelityValue) : "-";
        rows.push_back({std::to_string(info.id), std::to_string(info.spaceId), info.key.model, info.key.dataset,
                        fidelity, info.key.split, info.key.lossName,
                        std::to_string(info.evaluated) + "/" + std::to_string(size)
                            + (info.evaluated == size ? "" : " (partial)")});
    }
    printTable(out, rows);
    return 0;
}

} // namespace hplx::cli
