#include "metrics/LandscapeMetrics.h"

#include "graph/ImprovingGraph.h"
#include "graph/NeighbourGraph.h"
#include "jobs/Feedback.h"
#include "metrics/Statistics.h"
#include "util/Error.h"
#include "util/Format.h"
#include "util/Random.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hplx {

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Pearson correlation of pairs streamed in one pass (Welford-style co-moments):
// the assortativity has one pair per edge, too many to copy for large grids.
class RunningCorrelation
{
public:
    void add(double x, double y)
    {
        ++m_n;
        const double dx = x - m_meanX;
        const double dy = y - m_meanY;
        m_meanX += dx / static_cast<double>(m_n);
        m_meanY += dy / static_cast<double>(m_n);
        m_cxx += dx * (x - m_meanX);
        m_cyy += dy * (y - m_meanY);
        m_cxy += dx * (y - m_meanY);
    }
    double value() const
    {
        if (m_n < 2 || m_cxx <= 0.0 || m_cyy <= 0.0)
            return kNaN;
        return m_cxy / std::sqrt(m_cxx * m_cyy);
    }
    std::uint64_t count() const { return m_n; }

private:
    std::uint64_t m_n = 0;
    double m_meanX = 0.0, m_meanY = 0.0, m_cxx = 0.0, m_cyy = 0.0, m_cxy = 0.0;
};

double median(std::vector<double> values)
{
    if (values.empty())
        return kNaN;
    const auto mid = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    if (values.size() % 2 == 1)
        return *mid;
    const double upper = *mid;
    const double lower = *std::max_element(values.begin(), mid);
    return (lower + upper) / 2.0;
}

// Lag-k autocorrelation of one series around its own mean; NaN when constant.
double autocorrelation(const std::vector<double> &series, int lag)
{
    const std::size_t n = series.size();
    if (n <= static_cast<std::size_t>(lag) + 1)
        return kNaN;
    double mean = 0.0;
    for (double v : series)
        mean += v;
    mean /= static_cast<double>(n);
    double num = 0.0, den = 0.0;
    for (std::size_t t = 0; t < n; ++t) {
        den += (series[t] - mean) * (series[t] - mean);
        if (t + static_cast<std::size_t>(lag) < n)
            num += (series[t] - mean) * (series[t + static_cast<std::size_t>(lag)] - mean);
    }
    return den > 0.0 ? num / den : kNaN;
}

std::string walkParameters(const MetricOptions &o)
{
    return "walks=" + std::to_string(o.walks) + ", length=" + std::to_string(o.walkLength)
           + ", lag=" + std::to_string(o.lag) + ", seed=" + std::to_string(o.seed);
}

} // namespace

void MetricOptions::validate() const
{
    if (assortativity != "directed" && assortativity != "undirected")
        throw Error(ErrorKind::InvalidArgument,
                    "assortativity variant '" + assortativity + "': expected directed or undirected");
    if (autocorrelation != "median" && autocorrelation != "pooled")
        throw Error(ErrorKind::InvalidArgument,
                    "autocorrelation variant '" + autocorrelation + "': expected median or pooled");
    if (walks < 1 || walkLength < 2 || lag < 1 || lag >= walkLength)
        throw Error(ErrorKind::InvalidArgument, "random walks: expected walks >= 1, length >= 2 and 1 <= lag < length"
                                                " (got walks="
                                                    + std::to_string(walks) + ", length=" + std::to_string(walkLength)
                                                    + ", lag=" + std::to_string(lag) + ")");
    if (!(neutralityEps >= 0.0) || !std::isfinite(neutralityEps))
        throw Error(ErrorKind::InvalidArgument, "neutrality eps must be a finite number >= 0");
}

const MetricValue &LandscapeMetrics::get(const std::string &key) const
{
    for (const auto &value : values) {
        if (value.key == key)
            return value;
    }
    throw Error(ErrorKind::InvalidArgument, "no metric '" + key + "'");
}

LandscapeMetrics computeMetrics(const Landscape &landscape, const MetricOptions &options, Feedback *feedback)
{
    options.validate();
    const SearchSpace &space = landscape.space();
    const std::vector<double> &loss = landscape.losses();
    if (landscape.evaluatedCount() == 0)
        throw Error(ErrorKind::InvalidData,
                    "landscape '" + landscape.info().key.describe() + "' has no evaluated configurations");
    auto progress = [&](double fraction, const char *step) {
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setProgress(fraction, step);
        }
    };

    progress(0.0, "neighbour graph");
    const NeighbourGraph graph = NeighbourGraph::build(space, loss, feedback);
    progress(0.2, "local optima and basins");
    const ImprovingGraph improving = analyseImproving(graph, loss, feedback);
    const ConfigId n = space.size();
    const double evaluated = static_cast<double>(landscape.evaluatedCount());
    const ConfigId best = improving.globalOptimum;

    LandscapeMetrics result;
    result.options = options;
    result.graph.gridSize = n;
    result.graph.evaluated = landscape.evaluatedCount();
    result.graph.partial = !landscape.isComplete();
    result.graph.edges = graph.edgeCount();
    result.graph.improvingEdges = improving.improvingEdges;
    result.graph.localOptima = improving.localOptima.size();
    result.graph.globalOptimum = best;
    result.graph.globalTies = improving.globalTies;
    result.graph.globalLoss = loss[best];
    const std::string partialNote =
        result.graph.partial ? "partial landscape: computed on the neighbour graph of the evaluated configurations"
                             : "";
    auto add = [&](const std::string &key, double value, const std::string &variant, const std::string &parameters,
                   std::string note = {}) {
        if (note.empty())
            note = partialNote;
        result.values.push_back({key, value, variant, parameters, note});
    };

    // l_ast: loss correlation across edges.
    progress(0.3, "assortativity");
    RunningCorrelation assort;
    for (ConfigId u = 0; u < n; ++u) {
        for (const ConfigId *v = graph.begin(u); v != graph.end(u); ++v) {
            if (options.assortativity == "undirected")
                assort.add(loss[u], loss[*v]);
            else if (loss[*v] < loss[u])
                assort.add(loss[u], loss[*v]);
        }
    }
    add("l_ast", assort.value(), options.assortativity, {},
        assort.count() < 2 ? "undefined: fewer than two edges"
                           : (std::isnan(assort.value()) ? "undefined: constant losses on the edges" : ""));

    // rho_a: random walks over neighbours.
    progress(0.4, "random walks");
    std::vector<ConfigId> starts;
    for (ConfigId id = 0; id < n; ++id) {
        if (graph.isPresent(id) && graph.degree(id) > 0)
            starts.push_back(id);
    }
    double rho = kNaN;
    std::string rhoNote;
    if (starts.empty()) {
        rhoNote = "undefined: no configuration has a neighbour";
    } else {
        Shuffler rng(mixSeed(options.seed, 0x72686f61 /* "rhoa" */));
        std::vector<double> perWalk;
        std::vector<double> series;
        double num = 0.0, den = 0.0, grand = 0.0;
        std::vector<std::vector<double>> all;
        for (int w = 0; w < options.walks; ++w) {
            series.clear();
            ConfigId at = starts[rng.below(starts.size())];
            series.push_back(loss[at]);
            for (int step = 1; step < options.walkLength; ++step) {
                at = graph.begin(at)[rng.below(graph.degree(at))];
                series.push_back(loss[at]);
            }
            const double r = autocorrelation(series, options.lag);
            if (!std::isnan(r))
                perWalk.push_back(r);
            if (options.autocorrelation == "pooled") {
                for (double v : series)
                    grand += v;
                all.push_back(series);
            }
        }
        if (options.autocorrelation == "median") {
            rho = median(perWalk);
            if (perWalk.size() < static_cast<std::size_t>(options.walks))
                rhoNote = std::to_string(options.walks - static_cast<int>(perWalk.size()))
                          + " walks with constant losses left out of the median";
        } else {
            grand /= static_cast<double>(options.walks) * options.walkLength;
            for (const auto &s : all) {
                for (std::size_t t = 0; t < s.size(); ++t) {
                    den += (s[t] - grand) * (s[t] - grand);
                    if (t + static_cast<std::size_t>(options.lag) < s.size())
                        num += (s[t] - grand) * (s[t + static_cast<std::size_t>(options.lag)] - grand);
                }
            }
            rho = den > 0.0 ? num / den : kNaN;
        }
        if (std::isnan(rho) && rhoNote.empty())
            rhoNote = "undefined: every walk saw constant losses";
    }
    add("rho_a", rho, options.autocorrelation, walkParameters(options), rhoNote);

    // nu and ndc: neutrality and its correlation with the distance to the optimum.
    progress(0.5, "neutrality");
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : loss) {
        if (!std::isnan(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    const double eps = options.neutralityRelative ? options.neutralityEps * (hi - lo) : options.neutralityEps;
    const std::vector<std::uint32_t> distance = distancesTo(space, best);
    std::vector<double> neutrality, neutralDistance;
    for (ConfigId u = 0; u < n; ++u) {
        if (!graph.isPresent(u) || graph.degree(u) == 0)
            continue;
        std::uint32_t neutral = 0;
        for (const ConfigId *v = graph.begin(u); v != graph.end(u); ++v)
            neutral += std::fabs(loss[u] - loss[*v]) <= eps ? 1 : 0;
        neutrality.push_back(static_cast<double>(neutral) / graph.degree(u));
        neutralDistance.push_back(distance[u]);
    }
    double nuMean = kNaN;
    if (!neutrality.empty()) {
        nuMean = 0.0;
        for (double v : neutrality)
            nuMean += v;
        nuMean /= static_cast<double>(neutrality.size());
    }
    const std::string epsText = "eps=" + formatNumber(options.neutralityEps)
                                + (options.neutralityRelative ? " of the loss range (" + formatNumber(eps) + ")" : "");
    add("nu", nuMean, options.neutralityRelative ? "relative" : "absolute", epsText,
        neutrality.empty() ? "undefined: no configuration has a neighbour" : "");
    const double ndc = spearman(neutrality, neutralDistance);
    add("ndc", ndc, "spearman", epsText, std::isnan(ndc) ? "undefined: neutrality or distance is constant" : "");

    // n_lo and s_b.
    progress(0.6, "basins");
    const double nLo = static_cast<double>(improving.localOptima.size());
    add("n_lo", nLo, "count", {});
    add("n_lo_ratio", nLo / evaluated, "n_lo / evaluated configurations", {});
    double basinSum = 0.0;
    for (auto size : improving.basinSize)
        basinSum += static_cast<double>(size);
    const double sb = basinSum / nLo;
    add("s_b", sb, "greedy basins, mean over local optima", {});
    add("s_b_fraction", sb / evaluated, "s_b / evaluated configurations", {});
    const auto goIndex = improving.optimumIndex(best);
    add("go_basin_share", static_cast<double>(improving.basinSize[static_cast<std::size_t>(goIndex)]) / evaluated,
        "greedy basin of the global optimum / evaluated configurations", {});

    // fdc and mean distance to the optimum.
    progress(0.7, "fitness-distance correlation");
    std::vector<double> evaluatedLoss, evaluatedDistance;
    evaluatedLoss.reserve(landscape.evaluatedCount());
    evaluatedDistance.reserve(landscape.evaluatedCount());
    for (ConfigId u = 0; u < n; ++u) {
        if (!std::isnan(loss[u])) {
            evaluatedLoss.push_back(loss[u]);
            evaluatedDistance.push_back(distance[u]);
        }
    }
    const double fdc = spearman(evaluatedDistance, evaluatedLoss);
    add("fdc", fdc, "spearman", {}, std::isnan(fdc) ? "undefined: loss or distance is constant" : "");

    // ffi: along greedy paths into the global optimum with >= 3 nodes, the
    // Spearman correlation of step index and successive loss drop, averaged.
    progress(0.75, "fitness flattening");
    double ffiSum = 0.0;
    std::uint64_t ffiPaths = 0;
    std::vector<double> steps, drops;
    for (ConfigId u = 0; u < n; ++u) {
        if (improving.attractor[u] != best || u == best
            || improving.steepest[improving.steepest[u]] == improving.steepest[u])
            continue; // not in the optimum's basin, or a path of fewer than 3 nodes
        steps.clear();
        drops.clear();
        for (ConfigId at = u; improving.steepest[at] != at; at = improving.steepest[at]) {
            steps.push_back(static_cast<double>(steps.size()));
            drops.push_back(loss[at] - loss[improving.steepest[at]]);
        }
        const double r = spearman(steps, drops);
        if (!std::isnan(r)) {
            ffiSum += r;
            ++ffiPaths;
        }
    }
    add("ffi", ffiPaths ? ffiSum / static_cast<double>(ffiPaths) : kNaN, "spearman(step, drop), mean over paths",
        "paths=" + std::to_string(ffiPaths),
        ffiPaths ? "" : "undefined: no greedy path of 3 or more configurations ends at the global optimum");

    double distanceSum = 0.0;
    for (double d : evaluatedDistance)
        distanceSum += d;
    add("mean_dist_go", distanceSum / evaluated, "mean over evaluated configurations", {});

    add("gradient",
        improving.improvingEdges ? improving.totalDrop / static_cast<double>(improving.improvingEdges) : kNaN,
        "mean loss drop over improving edges", {}, improving.improvingEdges ? "" : "undefined: no improving edge");

    progress(0.85, "accessibility");
    const std::vector<char> access = accessibleBasin(graph, loss, best);
    double accessible = 0.0;
    for (char a : access)
        accessible += a ? 1.0 : 0.0;
    add("go_access", accessible / evaluated, "accessible basin of the global optimum / evaluated configurations", {});

    std::vector<double> basinSizes, optimumLoss;
    for (std::size_t k = 0; k < improving.localOptima.size(); ++k) {
        basinSizes.push_back(static_cast<double>(improving.basinSize[k]));
        optimumLoss.push_back(loss[improving.localOptima[k]]);
    }
    const double bfc = spearman(basinSizes, optimumLoss);
    add("basin_fit_corr", bfc, "spearman", {},
        improving.localOptima.size() < 2
            ? "undefined: a single local optimum"
            : (std::isnan(bfc) ? "undefined: basin sizes or optimum losses are constant" : ""));
    progress(1.0, "metrics");
    return result;
}

} // namespace hplx
