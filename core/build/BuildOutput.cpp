#include "build/BuildOutput.h"

#include "store/DatabaseWriter.h"
#include "store/LandscapeDatabase.h"
#include "util/Error.h"
#include "util/Format.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>

namespace hplx::build {

namespace {

LandscapeKey keyOf(const BuildSpec &spec, std::size_t dataset, double fidelity, const std::string &split)
{
    LandscapeKey key;
    key.model = spec.model;
    key.dataset = spec.datasets[dataset].name;
    key.fidelityName = spec.fidelity.name;
    key.fidelityValue = fidelity;
    key.split = split;
    key.lossName = spec.lossName();
    return key;
}

const char *splitMeaning(const std::string &split)
{
    if (split == "train")
        return "mean loss on the rows each cross-validation model was fitted on";
    if (split == "valid")
        return "mean loss on the held-out fold of each cross-validation model";
    return "loss on the hold-out test rows of a model refitted on the whole training part";
}

} // namespace

std::vector<LandscapeKey> plannedKeys(const BuildSpec &spec)
{
    std::vector<LandscapeKey> keys;
    for (std::size_t d = 0; d < spec.datasets.size(); ++d) {
        for (double fidelity : spec.fidelity.values) {
            for (const char *split : {"train", "valid", "test"})
                keys.push_back(keyOf(spec, d, fidelity, split));
        }
    }
    return keys;
}

void checkBuildTarget(const BuildSpec &spec, const std::string &dbPath)
{
    if (!std::filesystem::exists(dbPath) || std::filesystem::file_size(dbPath) == 0)
        return;
    const LandscapeDatabase db(dbPath);
    for (const auto &stored : db.landscapes()) {
        if (*db.space(stored.spaceId).space != *spec.space)
            continue;
        for (const auto &key : plannedKeys(spec)) {
            if (stored.key == key)
                throw Error(ErrorKind::InvalidData, dbPath + ": already holds the landscape '" + key.describe()
                                                        + "' (id " + std::to_string(stored.id)
                                                        + "); build into another file or use another \"model\" name");
        }
    }
}

std::vector<std::int64_t> storeBuild(const BuildSpec &spec, const BuildResult &result, const std::string &dbPath)
{
    nlohmann::json fixed = nlohmann::json::object();
    for (const auto &[name, value] : spec.fixed)
        fixed[name] = value;
    DatabaseWriter writer(dbPath);
    writer.begin();
    const std::int64_t spaceId = writer.addSpace(*spec.space, spec.model);
    std::vector<std::int64_t> ids;
    for (const auto &built : result.landscapes) {
        const Dataset &data = spec.datasets[built.dataset];
        std::size_t failed = 0;
        for (double v : built.loss)
            failed += std::isnan(v) ? 1 : 0;
        const nlohmann::json attributes = {
            {"built_by", "hplx-cli build"},
            {"spec", std::filesystem::path(spec.path).filename().string()},
            {"learner", spec.learner->name()},
            {"library", spec.learner->library()},
            {"fixed", fixed},
            {"split_meaning", splitMeaning(built.split)},
            {"protocol",
             {{"test_fraction", spec.protocol.testFraction},
              {"folds", spec.protocol.folds},
              {"repeats", spec.protocol.repeats},
              {"seed", spec.protocol.seed},
              {"stratified", spec.task == Task::Classification}}},
            {"dataset",
             {{"rows", data.rows}, {"features", data.features}, {"classes", data.classes}, {"source", data.source}}},
            {"failed_configurations", failed}};
        ids.push_back(writer.addLandscape(spaceId, keyOf(spec, built.dataset, built.fidelity, built.split), built.loss,
                                          "build:" + std::filesystem::path(spec.path).filename().string(),
                                          attributes.dump()));
    }
    writer.commit();
    return ids;
}

} // namespace hplx::build
