// hplx-cli analyze | compare | importance: the landscape metrics, similarity
// and functional ANOVA of stored landscapes (METRICS.md keys).
#include "cli/Arguments.h"
#include "cli/CliTables.h"
#include "cli/Commands.h"

#include "export/ResultTables.h"
#include "graph/ImprovingGraph.h"
#include "graph/LocalOptimaNetwork.h"
#include "graph/NeighbourGraph.h"
#include "metrics/Fanova.h"
#include "metrics/GeneralisationGap.h"
#include "metrics/LandscapeMetrics.h"
#include "metrics/Similarity.h"
#include "store/LandscapeDatabase.h"
#include "util/Error.h"
#include "util/Format.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <optional>
#include <sstream>

namespace hplx::cli {

namespace {

nlohmann::json describe(const LandscapeInfo &info)
{
    nlohmann::json fidelity = nullptr;
    if (info.key.fidelityValue)
        fidelity = {{"name", info.key.fidelityName}, {"value", *info.key.fidelityValue}};
    return {{"id", info.id},        {"model", info.key.model}, {"dataset", info.key.dataset},
            {"fidelity", fidelity}, {"split", info.key.split}, {"loss", info.key.lossName}};
}

std::string shown(double value)
{
    if (std::isnan(value))
        return "undefined";
    std::ostringstream out;
    out << std::setprecision(6) << value;
    return out.str();
}

} // namespace

int runAnalyze(const std::vector<std::string> &args, std::ostream &out)
{
    const Arguments arguments(args,
                              {"landscape", "neutrality-eps", "walks", "walk-length", "lag", "seed", "assortativity",
                               "autocorrelation", "format"},
                              {"json", "relative-eps"});
    if (arguments.positionals().size() != 1)
        throw Error(ErrorKind::InvalidArgument,
                    "usage: hplx-cli analyze DB --landscape ID [--format text|csv|json|latex] [--neutrality-eps E] "
                    "[--walks N --walk-length L --seed S]");
    const TableFormat format = tableFormat(arguments);
    const LandscapeDatabase db(arguments.positionals().front());
    const Landscape landscape = db.loadLandscape(arguments.landscapeId("landscape"));
    MetricOptions options;
    options.neutralityEps = arguments.number("neutrality-eps", options.neutralityEps);
    options.neutralityRelative = arguments.has("relative-eps");
    options.walks = static_cast<int>(arguments.integer("walks").value_or(options.walks));
    options.walkLength = static_cast<int>(arguments.integer("walk-length").value_or(options.walkLength));
    options.lag = static_cast<int>(arguments.integer("lag").value_or(options.lag));
    const auto seed = arguments.integer("seed").value_or(0);
    if (seed < 0)
        throw Error(ErrorKind::InvalidArgument, "--seed expects a number of 0 or more");
    options.seed = static_cast<std::uint64_t>(seed);
    options.assortativity = arguments.value("assortativity", options.assortativity);
    options.autocorrelation = arguments.value("autocorrelation", options.autocorrelation);
    const LandscapeMetrics metrics = computeMetrics(landscape, options);

    // delta_l needs the landscape's train/test counterpart.
    const LandscapeInfo *other = counterpart(db, landscape.info());
    std::optional<GeneralisationGap> gap;
    if (other) {
        const Landscape pair = db.loadLandscape(other->id);
        const bool isTest = landscape.info().key.split == "test";
        gap =
            generalisationGap(isTest ? pair.losses() : landscape.losses(), isTest ? landscape.losses() : pair.losses());
    }

    const GraphSummary &g = metrics.graph;
    if (format == TableFormat::Csv || format == TableFormat::Latex) {
        const std::int64_t id = landscape.info().id;
        out << renderTable(
            metricsTable(metrics, gap ? &*gap : nullptr, other ? other->id : 0, tableDigits(format)), format,
            "Landscape metrics of landscape " + std::to_string(id) + " (" + landscape.info().key.describe() + ")",
            "tab:hplx-metrics-" + std::to_string(id));
        return 0;
    }
    if (format == TableFormat::Json) {
        nlohmann::json values = nlohmann::json::object();
        for (const auto &m : metrics.values) {
            nlohmann::json entry = {{"value", std::isnan(m.value) ? nlohmann::json(nullptr) : nlohmann::json(m.value)},
                                    {"variant", m.variant}};
            if (!m.parameters.empty())
                entry["parameters"] = m.parameters;
            if (!m.note.empty())
                entry["note"] = m.note;
            values[m.key] = entry;
        }
        if (gap)
            values["delta_l"] = {{"value", gap->mean},
                                 {"variant", "test - train, mean over configurations"},
                                 {"with_landscape", other->id},
                                 {"median", gap->median},
                                 {"std", gap->stddev},
                                 {"min", gap->min},
                                 {"max", gap->max},
                                 {"positive_share", gap->positiveShare},
                                 {"train_test_spearman", gap->spearman},
                                 {"compared", gap->compared}};
        else
            values["delta_l"] = {{"value", nullptr}, {"note", "no train/test counterpart of this landscape"}};
        const nlohmann::json doc = {{"landscape", describe(landscape.info())},
                                    {"graph",
                                     {{"grid_size", g.gridSize},
                                      {"configurations", g.evaluated},
                                      {"partial", g.partial},
                                      {"edges", g.edges},
                                      {"improving_edges", g.improvingEdges},
                                      {"local_optima", g.localOptima},
                                      {"global_optimum",
                                       {{"id", g.globalOptimum},
                                        {"loss", g.globalLoss},
                                        {"ties", g.globalTies},
                                        {"configuration", landscape.space().describe(g.globalOptimum)}}}}},
                                    {"metrics", values}};
        out << doc.dump(2) << '\n';
        return 0;
    }

    out << "Landscape " << landscape.info().id << ": " << landscape.info().key.describe() << '\n'
        << "  " << g.evaluated << " of " << g.gridSize << " configurations" << (g.partial ? " (partial)" : "") << ", "
        << g.edges << " neighbour pairs, " << g.improvingEdges << " improving edges, " << g.localOptima
        << " local optima\n"
        << "  global optimum #" << g.globalOptimum << " (" << landscape.space().describe(g.globalOptimum) << "), loss "
        << shown(g.globalLoss) << (g.globalTies > 1 ? ", tied with " + std::to_string(g.globalTies - 1) + " more" : "")
        << "\n\n";
    for (const auto &m : metrics.values) {
        out << "  " << std::left << std::setw(16) << m.key << std::setw(12) << shown(m.value) << m.variant;
        if (!m.parameters.empty())
            out << "; " << m.parameters;
        if (!m.note.empty())
            out << "  [" << m.note << "]";
        out << '\n';
    }
    if (gap)
        out << "  " << std::left << std::setw(16) << "delta_l" << std::setw(12) << shown(gap->mean)
            << "test - train vs landscape " << other->id << "; median " << shown(gap->median) << ", std "
            << shown(gap->stddev) << ", range [" << shown(gap->min) << ", " << shown(gap->max) << "], "
            << shown(100.0 * gap->positiveShare) << " % overfit\n";
    return 0;
}

int runCompare(const std::vector<std::string> &args, std::ostream &out)
{
    const Arguments arguments(args, {"a", "b", "gamma", "top", "format"}, {"json"});
    if (arguments.positionals().size() != 1)
        throw Error(ErrorKind::InvalidArgument,
                    "usage: hplx-cli compare DB --a ID --b ID [--format text|csv|json|latex] [--gamma 0.1]");
    const TableFormat format = tableFormat(arguments);
    const LandscapeDatabase db(arguments.positionals().front());
    const Landscape a = db.loadLandscape(arguments.landscapeId("a"));
    const Landscape b = db.loadLandscape(arguments.landscapeId("b"));
    if (a.info().spaceId != b.info().spaceId)
        throw Error(ErrorKind::InvalidArgument, db.path() + ": landscapes " + std::to_string(a.info().id) + " and "
                                                    + std::to_string(b.info().id)
                                                    + " are on different search spaces; similarity compares the same "
                                                      "configurations");
    SimilarityOptions options;
    options.gamma = arguments.number("gamma", options.gamma);
    options.shakeupTop = arguments.number("top", options.shakeupTop);
    const SimilarityResult r = compareLandscapes(a.losses(), b.losses(), options);
    if (format == TableFormat::Csv || format == TableFormat::Latex) {
        out << renderTable(similarityTable(r, tableDigits(format)), format,
                           "Similarity of landscape " + std::to_string(a.info().id) + " (" + a.info().key.describe()
                               + ") and landscape " + std::to_string(b.info().id) + " (" + b.info().key.describe()
                               + ")",
                           "tab:hplx-similarity-" + std::to_string(a.info().id) + "-" + std::to_string(b.info().id));
        return 0;
    }
    if (format == TableFormat::Json) {
        auto value = [](double v) { return std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(v); };
        const nlohmann::json doc = {
            {"a", describe(a.info())},
            {"b", describe(b.info())},
            {"configurations_compared", r.compared},
            {"spearman", value(r.spearman)},
            {"shakeup",
             {{"all", value(r.shakeupAll)}, {"top", value(r.shakeupTop)}, {"top_fraction", options.shakeupTop}}},
            {"gamma_set",
             {{"iou", value(r.gammaIoU)},
              {"overlap", value(r.gammaOverlap)},
              {"gamma", options.gamma},
              {"top_size", r.topSize}}}};
        out << doc.dump(2) << '\n';
        return 0;
    }
    out << "a: " << a.info().id << "  " << a.info().key.describe() << "\nb: " << b.info().id << "  "
        << b.info().key.describe() << "\n"
        << r.compared << " configurations compared\n"
        << "  spearman        " << shown(r.spearman) << '\n'
        << "  shakeup (all)   " << shown(r.shakeupAll) << '\n'
        << "  shakeup (top)   " << shown(r.shakeupTop) << "  top " << formatNumber(100 * options.shakeupTop)
        << " % of a\n"
        << "  gamma_set IoU   " << shown(r.gammaIoU) << "  gamma=" << formatNumber(options.gamma) << ", " << r.topSize
        << " configurations per top set\n"
        << "  gamma_set overlap " << shown(r.gammaOverlap) << '\n';
    return 0;
}

int runImportance(const std::vector<std::string> &args, std::ostream &out)
{
    const Arguments arguments(args, {"landscape", "scale", "format"}, {"json", "no-pairs"});
    if (arguments.positionals().size() != 1)
        throw Error(
            ErrorKind::InvalidArgument,
            "usage: hplx-cli importance DB --landscape ID [--scale raw|log|rank] [--format text|csv|json|latex]");
    const TableFormat format = tableFormat(arguments);
    const LandscapeDatabase db(arguments.positionals().front());
    const Landscape landscape = db.loadLandscape(arguments.landscapeId("landscape"));
    FanovaOptions options;
    const std::string scale = arguments.value("scale", "raw");
    if (scale == "log")
        options.scale = LossScale::Log;
    else if (scale == "rank")
        options.scale = LossScale::Rank;
    else if (scale != "raw")
        throw Error(ErrorKind::InvalidArgument, "--scale " + scale + ": expected raw, log or rank");
    options.pairs = !arguments.has("no-pairs");
    const FanovaResult r = functionalAnova(landscape, options);
    const SearchSpace &space = landscape.space();
    auto nameOf = [&](const FanovaTerm &term) {
        std::string name;
        for (std::size_t k = 0; k < term.hps.size(); ++k)
            name += (k ? " x " : "") + space.hp(term.hps[k]).name();
        return name;
    };
    if (format == TableFormat::Csv || format == TableFormat::Latex) {
        const std::int64_t id = landscape.info().id;
        out << renderTable(importanceTable(space, r, tableDigits(format)), format,
                           "Functional ANOVA of landscape " + std::to_string(id) + " ("
                               + landscape.info().key.describe() + "), " + toString(r.options.scale) + " scale",
                           "tab:hplx-importance-" + std::to_string(id));
        return 0;
    }
    if (format == TableFormat::Json) {
        nlohmann::json singles = nlohmann::json::array(), pairs = nlohmann::json::array();
        for (const auto &t : r.singles)
            singles.push_back({{"hp", space.hp(t.hps[0]).name()}, {"share", t.share}, {"variance", t.variance}});
        for (const auto &t : r.pairs)
            pairs.push_back({{"hps", {space.hp(t.hps[0]).name(), space.hp(t.hps[1]).name()}},
                             {"share", t.share},
                             {"variance", t.variance}});
        const nlohmann::json doc = {{"landscape", describe(landscape.info())},
                                    {"scale", toString(r.options.scale)},
                                    {"mean", r.mean},
                                    {"total_variance", r.totalVariance},
                                    {"constant", r.constant},
                                    {"singles", singles},
                                    {"pairs", pairs}};
        out << doc.dump(2) << '\n';
        return 0;
    }
    std::vector<FanovaTerm> terms = r.singles;
    terms.insert(terms.end(), r.pairs.begin(), r.pairs.end());
    std::stable_sort(terms.begin(), terms.end(),
                     [](const FanovaTerm &x, const FanovaTerm &y) { return x.share > y.share; });
    out << "Functional ANOVA of landscape " << landscape.info().id << " (" << landscape.info().key.describe() << "), "
        << toString(r.options.scale) << " scale, total variance " << shown(r.totalVariance)
        << (r.constant ? " (constant landscape: every share is 0)" : "") << '\n';
    double explained = 0.0;
    for (const auto &t : terms) {
        out << "  " << std::left << std::setw(40) << nameOf(t) << std::right << std::setw(8) << std::fixed
            << std::setprecision(2) << 100.0 * t.share << " %\n";
        explained += t.share;
    }
    out << "  " << std::left << std::setw(40) << "(higher-order interactions)" << std::right << std::setw(8)
        << std::fixed << std::setprecision(2) << (r.constant ? 0.0 : 100.0 * std::max(0.0, 1.0 - explained)) << " %\n";
    return 0;
}

int runLon(const std::vector<std::string> &args, std::ostream &out)
{
    const Arguments arguments(args, {"landscape", "out", "min-edge-freq"}, {"json"});
    if (arguments.positionals().size() != 1)
        throw Error(ErrorKind::InvalidArgument,
                    "usage: hplx-cli lon DB --landscape ID --out FILE.graphml [--min-edge-freq 3] [--json]");
    const std::string file = arguments.required("out");
    const LandscapeDatabase db(arguments.positionals().front());
    const Landscape landscape = db.loadLandscape(arguments.landscapeId("landscape"));
    LonOptions options;
    const auto frequency = arguments.integer("min-edge-freq").value_or(options.minEdgeFrequency);
    if (frequency < 1)
        throw Error(ErrorKind::InvalidArgument, "--min-edge-freq expects 1 or more");
    options.minEdgeFrequency = static_cast<std::uint32_t>(frequency);
    const NeighbourGraph graph = NeighbourGraph::build(landscape.space(), landscape.losses());
    const ImprovingGraph improving = analyseImproving(graph, landscape.losses());
    const LocalOptimaNetwork lon = buildLocalOptimaNetwork(landscape, improving, options);
    std::ofstream graphml(file);
    if (!graphml)
        throw Error(ErrorKind::Io, file + ": cannot open for writing");
    writeGraphMl(graphml, landscape, lon);
    graphml.close();
    if (!graphml)
        throw Error(ErrorKind::Io, file + ": write failed");
    if (arguments.has("json")) {
        const nlohmann::json doc = {{"landscape", describe(landscape.info())},
                                    {"out", file},
                                    {"nodes", lon.nodes.size()},
                                    {"edges", lon.edges.size()},
                                    {"monotonic_edges", lon.monotonicEdges},
                                    {"min_edge_freq", options.minEdgeFrequency},
                                    {"transitions", lon.transitions},
                                    {"self_transitions", lon.selfTransitions},
                                    {"escape_rate", lon.escapeRate},
                                    {"global_optimum", lon.nodes[lon.globalNode].config}};
        out << doc.dump(2) << '\n';
        return 0;
    }
    out << "Local optima network of landscape " << landscape.info().id << " (" << landscape.info().key.describe()
        << "): " << lon.nodes.size() << " nodes, " << lon.edges.size() << " edges (" << lon.monotonicEdges
        << " monotonic) reached at least " << options.minEdgeFrequency << " times; escape rate "
        << shown(lon.escapeRate) << " over " << lon.transitions << " 2-edit perturbations; written to " << file << '\n';
    return 0;
}

} // namespace hplx::cli
