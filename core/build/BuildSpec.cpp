#include "build/BuildSpec.h"

#include "build/Split.h"
#include "util/Error.h"
#include "util/Format.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace hplx::build {

namespace {

using Json = nlohmann::ordered_json; // keeps the HP order the spec lists

class SpecReader
{
public:
    explicit SpecReader(std::string path) : m_path(std::move(path)) {}

    [[noreturn]] void fail(const std::string &where, const std::string &what) const
    {
        throw Error(ErrorKind::InvalidData, m_path + ": " + where + ": " + what);
    }

    void onlyKeys(const Json &object, const std::string &where, const std::set<std::string> &allowed) const
    {
        for (const auto &item : object.items()) {
            if (!allowed.count(item.key())) {
                std::vector<std::string> names(allowed.begin(), allowed.end());
                fail(where, "unknown key '" + item.key() + "' (expected one of: " + joinList(names) + ")");
            }
        }
    }

    std::string label(const Json &value, const std::string &where) const
    {
        if (value.is_string())
            return value.get<std::string>();
        if (value.is_number())
            return formatNumber(value.get<double>());
        if (value.is_boolean())
            return value.get<bool>() ? "true" : "false";
        fail(where, "expected a number or a string, got " + value.dump());
    }

    double number(const Json &value, const std::string &where) const
    {
        if (!value.is_number())
            fail(where, "expected a number, got " + value.dump());
        return value.get<double>();
    }

    int integer(const Json &value, const std::string &where) const
    {
        const double v = number(value, where);
        if (v != std::floor(v) || std::fabs(v) > 1e9)
            fail(where, "expected a whole number, got " + value.dump());
        return static_cast<int>(v);
    }

    // Checks one value against a learner's declaration; returns its label.
    std::string checkedValue(const HpDeclaration &hp, const Json &value, const std::string &where) const
    {
        const std::string text = label(value, where);
        if (hp.kind == HpKind::Categorical || !hp.choices.empty()) {
            if (std::find(hp.choices.begin(), hp.choices.end(), text) == hp.choices.end())
                fail(where, "'" + text + "' is not a choice of " + hp.name + " (" + joinList(hp.choices) + ")");
            return text;
        }
        const auto v = parseNumber(text);
        if (!v || !std::isfinite(*v))
            fail(where, "'" + text + "' is not a number (" + hp.name + " is numeric)");
        if (hp.integer && *v != std::floor(*v))
            fail(where, "'" + text + "' is not a whole number (" + hp.name + " takes whole numbers)");
        if (*v < hp.min || *v > hp.max)
            fail(where, "'" + text + "' is outside the range of " + hp.name + " [" + formatNumber(hp.min) + ", "
                            + formatNumber(hp.max) + "]");
        return text;
    }

    const std::string &path() const { return m_path; }

private:
    std::string m_path;
};

const HpDeclaration *findDeclaration(const std::vector<HpDeclaration> &declarations, const std::string &name)
{
    for (const auto &hp : declarations) {
        if (hp.name == name)
            return &hp;
    }
    return nullptr;
}

std::string declaredNames(const std::vector<HpDeclaration> &declarations)
{
    std::vector<std::string> names;
    for (const auto &hp : declarations)
        names.push_back(hp.name);
    return joinList(names);
}

Dataset readDataset(const SpecReader &reader, const Json &entry, const std::string &where, Task task)
{
    if (!entry.is_object())
        reader.fail(where, "expected an object such as {\"sklearn\": \"wine\"} or {\"csv\": \"file.csv\", \"target\": "
                           "\"label\"}");
    reader.onlyKeys(entry, where, {"sklearn", "csv", "target", "name"});
    if (entry.contains("sklearn") == entry.contains("csv"))
        reader.fail(where, "name exactly one of \"sklearn\" or \"csv\"");
    Dataset data;
    if (entry.contains("sklearn")) {
        const std::string dir = findSklearnDataDir();
        if (dir.empty())
            throw Error(ErrorKind::Io, reader.path() + ": " + where
                                           + ": scikit-learn's dataset folder was not found (install python3-sklearn, "
                                             "or set HPLX_SKLEARN_DATA)");
        data = loadSklearnDataset(reader.label(entry["sklearn"], where + ".sklearn"), dir);
    } else {
        if (!entry.contains("target"))
            reader.fail(where, "a CSV dataset needs \"target\": the name of its target column");
        std::filesystem::path file = reader.label(entry["csv"], where + ".csv");
        if (file.is_relative())
            file = std::filesystem::path(reader.path()).parent_path() / file;
        data = loadCsvDataset(file.string(), reader.label(entry["target"], where + ".target"), task,
                              entry.contains("name") ? reader.label(entry["name"], where + ".name") : std::string());
    }
    if (entry.contains("name"))
        data.name = reader.label(entry["name"], where + ".name");
    if (data.task != task)
        reader.fail(where, "dataset '" + data.name + "' is a "
                               + (data.task == Task::Classification ? "classification" : "regression")
                               + " dataset, but the spec's task is "
                               + (task == Task::Classification ? "classification" : "regression"));
    return data;
}

// Every class must keep two rows in the smallest training subsample, or some
// folds would fit a model on a single class.
void checkClassesSurvive(const SpecReader &reader, const BuildSpec &spec, const Dataset &data)
{
    if (spec.task != Task::Classification)
        return;
    const HoldOut split = stratifiedHoldOut(data, spec.protocol.testFraction, spec.protocol.seed);
    double smallest = 1.0;
    if (spec.fidelity.isDataFraction())
        smallest = *std::min_element(spec.fidelity.values.begin(), spec.fidelity.values.end());
    const auto rows = stratifiedSubsample(data, split.train, smallest, spec.protocol.seed);
    std::vector<int> count(static_cast<std::size_t>(data.classes), 0);
    for (auto r : rows)
        ++count[static_cast<std::size_t>(data.y[r])];
    for (std::size_t c = 0; c < count.size(); ++c) {
        if (count[c] < 2)
            reader.fail("datasets", "'" + data.name + "' keeps " + std::to_string(count[c]) + " row(s) of class "
                                        + std::to_string(c) + " at " + spec.fidelity.name + "=" + formatNumber(smallest)
                                        + " after the test split; every class needs at least 2 (use a larger "
                                          "fraction or a smaller test_fraction)");
    }
    if (rows.size() < static_cast<std::size_t>(spec.protocol.folds) * 2)
        reader.fail("protocol.folds", "'" + data.name + "' has only " + std::to_string(rows.size())
                                          + " training rows at the smallest fidelity, too few for "
                                          + std::to_string(spec.protocol.folds) + " folds");
}

} // namespace

Configuration BuildSpec::configuration(ConfigId id, double fidelityValue) const
{
    Configuration config = fixed;
    const auto indices = space->decode(id);
    for (std::size_t h = 0; h < space->dimension(); ++h)
        config[space->hp(h).name()] = space->hp(h).label(indices[h]);
    if (!fidelity.isDataFraction())
        config[fidelity.name] = formatNumber(fidelityValue);
    return config;
}

BuildSpec loadBuildSpec(const std::string &path)
{
    const SpecReader reader(path);
    std::ifstream in(path);
    if (!in)
        throw Error(ErrorKind::Io, path + ": cannot open the build spec");
    std::stringstream content;
    content << in.rdbuf();
    Json root;
    try {
        root = Json::parse(content.str());
    } catch (const Json::parse_error &error) {
        throw Error(ErrorKind::InvalidData, path + ": not valid JSON (" + error.what() + ")");
    }
    if (!root.is_object())
        reader.fail("top level", "expected a JSON object");
    reader.onlyKeys(root, "top level",
                    {"learner", "task", "model", "datasets", "hyperparameters", "fixed", "fidelity", "protocol"});

    BuildSpec spec;
    spec.path = path;
    if (!root.contains("learner"))
        reader.fail("learner", "missing (one of: " + joinList(learnerNames()) + ")");
    const std::string learnerName = reader.label(root["learner"], "learner");
    spec.learner = makeLearner(learnerName);
    if (!spec.learner)
        reader.fail("learner", "unknown learner '" + learnerName + "' (known: " + joinList(learnerNames()) + ")");
    spec.model = root.contains("model") ? reader.label(root["model"], "model") : spec.learner->name();

    const std::string task = root.contains("task") ? reader.label(root["task"], "task") : "classification";
    if (task != "classification" && task != "regression")
        reader.fail("task", "'" + task + "': expected classification or regression");
    spec.task = task == "classification" ? Task::Classification : Task::Regression;
    if (!spec.learner->supports(spec.task))
        reader.fail("task", spec.learner->name() + " does not do " + task);

    // Protocol first: the class check of the datasets needs it.
    if (root.contains("protocol")) {
        const Json &protocol = root["protocol"];
        if (!protocol.is_object())
            reader.fail("protocol", "expected an object");
        reader.onlyKeys(protocol, "protocol", {"test_fraction", "folds", "repeats", "seed"});
        if (protocol.contains("test_fraction"))
            spec.protocol.testFraction = reader.number(protocol["test_fraction"], "protocol.test_fraction");
        if (protocol.contains("folds"))
            spec.protocol.folds = reader.integer(protocol["folds"], "protocol.folds");
        if (protocol.contains("repeats"))
            spec.protocol.repeats = reader.integer(protocol["repeats"], "protocol.repeats");
        if (protocol.contains("seed")) {
            const int seed = reader.integer(protocol["seed"], "protocol.seed");
            if (seed < 0)
                reader.fail("protocol.seed", "expected a seed of 0 or more");
            spec.protocol.seed = static_cast<std::uint64_t>(seed);
        }
    }
    if (!(spec.protocol.testFraction > 0.0 && spec.protocol.testFraction < 1.0))
        reader.fail("protocol.test_fraction", "expected a share between 0 and 1");
    if (spec.protocol.folds < 2 || spec.protocol.folds > 100)
        reader.fail("protocol.folds", "expected 2 to 100 folds");
    if (spec.protocol.repeats < 1 || spec.protocol.repeats > 100)
        reader.fail("protocol.repeats", "expected 1 to 100 repeats");

    const auto declarations = spec.learner->hyperparameters();
    if (!root.contains("hyperparameters") || !root["hyperparameters"].is_object() || root["hyperparameters"].empty())
        reader.fail("hyperparameters", "expected an object of HP name -> list of values (HPs of " + spec.learner->name()
                                           + ": " + declaredNames(declarations) + ")");
    std::vector<Hyperparameter> hps;
    std::set<std::string> used;
    for (const auto &item : root["hyperparameters"].items()) {
        const std::string where = "hyperparameters." + item.key();
        const HpDeclaration *hp = findDeclaration(declarations, item.key());
        if (!hp)
            reader.fail(where, "unknown hyperparameter of " + spec.learner->name()
                                   + " (it has: " + declaredNames(declarations) + ")");
        std::vector<std::string> labels;
        if (item.value().is_string() && item.value().get<std::string>() == "default") {
            labels = hp->defaultGrid;
        } else {
            if (!item.value().is_array() || item.value().empty())
                reader.fail(where, "expected a non-empty list of values or \"default\"");
            for (std::size_t k = 0; k < item.value().size(); ++k)
                labels.push_back(reader.checkedValue(*hp, item.value()[k], where + "[" + std::to_string(k) + "]"));
        }
        try {
            Hyperparameter built = Hyperparameter::fromObserved(hp->name, hp->kind, labels);
            if (built.size() != labels.size())
                reader.fail(where, "a value is listed twice");
            hps.push_back(std::move(built));
        } catch (const Error &error) {
            reader.fail(where, error.what());
        }
        used.insert(hp->name);
    }

    if (root.contains("fixed")) {
        if (!root["fixed"].is_object())
            reader.fail("fixed", "expected an object of HP name -> value");
        for (const auto &item : root["fixed"].items()) {
            const std::string where = "fixed." + item.key();
            const HpDeclaration *hp = findDeclaration(declarations, item.key());
            if (!hp)
                reader.fail(where, "unknown hyperparameter of " + spec.learner->name()
                                       + " (it has: " + declaredNames(declarations) + ")");
            if (used.count(hp->name))
                reader.fail(where, "is also in \"hyperparameters\"; fix it or vary it, not both");
            spec.fixed[hp->name] = reader.checkedValue(*hp, item.value(), where);
            used.insert(hp->name);
        }
    }

    if (root.contains("fidelity")) {
        const Json &fidelity = root["fidelity"];
        if (!fidelity.is_object())
            reader.fail("fidelity", "expected {\"name\": ..., \"values\": [...]}");
        reader.onlyKeys(fidelity, "fidelity", {"name", "values"});
        if (fidelity.contains("name"))
            spec.fidelity.name = reader.label(fidelity["name"], "fidelity.name");
        if (!fidelity.contains("values") || !fidelity["values"].is_array() || fidelity["values"].empty())
            reader.fail("fidelity.values", "expected a non-empty list of numbers");
        spec.fidelity.values.clear();
        const HpDeclaration *hp = nullptr;
        if (!spec.fidelity.isDataFraction()) {
            hp = findDeclaration(declarations, spec.fidelity.name);
            if (!hp || hp->kind != HpKind::Ordinal || !hp->choices.empty())
                reader.fail("fidelity.name", "'" + spec.fidelity.name
                                                 + "' is neither data_fraction nor a numeric hyperparameter of "
                                                 + spec.learner->name());
            if (used.count(hp->name))
                reader.fail("fidelity.name", "'" + hp->name + "' is also in \"hyperparameters\" or \"fixed\"");
            used.insert(hp->name);
        }
        for (std::size_t k = 0; k < fidelity["values"].size(); ++k) {
            const std::string where = "fidelity.values[" + std::to_string(k) + "]";
            const double value = reader.number(fidelity["values"][k], where);
            if (hp)
                reader.checkedValue(*hp, fidelity["values"][k], where);
            else if (!(value > 0.0 && value <= 1.0))
                reader.fail(where, formatNumber(value) + " is not a data fraction in (0, 1]");
            spec.fidelity.values.push_back(value);
        }
        std::sort(spec.fidelity.values.begin(), spec.fidelity.values.end());
        if (std::adjacent_find(spec.fidelity.values.begin(), spec.fidelity.values.end()) != spec.fidelity.values.end())
            reader.fail("fidelity.values", "a value is listed twice");
    }

    for (const auto &hp : declarations) {
        if (!used.count(hp.name))
            spec.fixed[hp.name] = hp.defaultValue;
    }
    try {
        spec.space = std::make_shared<const SearchSpace>(std::move(hps));
    } catch (const Error &error) {
        reader.fail("hyperparameters", error.what());
    }

    const Json datasets = root.contains("datasets") ? root["datasets"] : Json();
    if (!datasets.is_array() || datasets.empty())
        reader.fail("datasets", "expected a non-empty list such as [{\"sklearn\": \"wine\"}]");
    std::set<std::string> names;
    for (std::size_t k = 0; k < datasets.size(); ++k) {
        spec.datasets.push_back(readDataset(reader, datasets[k], "datasets[" + std::to_string(k) + "]", spec.task));
        if (!names.insert(spec.datasets.back().name).second)
            reader.fail("datasets[" + std::to_string(k) + "]",
                        "a second dataset named '" + spec.datasets.back().name + "' (give one a \"name\")");
        checkClassesSurvive(reader, spec, spec.datasets.back());
    }

    // The journal of an interrupted build belongs to exactly this spec, learner
    // library and dataset content.
    spec.text = root.dump() + "\n" + spec.learner->library();
    for (const auto &data : spec.datasets)
        spec.text += "\n" + data.name + ":" + std::to_string(data.rows) + "x" + std::to_string(data.features);
    return spec;
}

} // namespace hplx::build
