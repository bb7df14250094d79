// computeMetrics on landscapes worked out by hand, closed forms and edge
// cases; generalisationGap by hand.
#include "metrics/GeneralisationGap.h"
#include "metrics/LandscapeMetrics.h"
#include "support/TestLandscapes.h"
#include "util/Error.h"

#include <QtTest>

#include <cmath>
#include <memory>

using namespace hplx;
using namespace hplx::test;

namespace {

// The 3 x 3 grid of the comments below: id = 3a + b.
//
//         b=0  b=1  b=2        steepest descent       greedy basins
//   a=0    1    3    4          0*  <-1  <-2           0 0 0
//   a=1    2    5    6          ^0   ->3  ->8          0 0 8
//   a=2    9    7    0          ^3   ->8   8*          0 8 8
//
// Local optima: 0 (loss 1) and 8 (loss 0, global). Basin sizes 6 and 3.
// All 12 neighbour pairs have different losses, so 12 improving edges whose
// drops sum to 36: gradient 3. Distances to 8 = (2-a) + (2-b): 4 3 2 / 3 2 1 /
// 2 1 0, mean 2. Accessible basin of 8: 8, 5, 7 (higher than 0) and 6 (9 > 7
// on 7's side): 4 of 9.
Landscape grid3x3()
{
    return makeLandscape({numbered("a", 3), numbered("b", 3)}, {1, 3, 4, 2, 5, 6, 9, 7, 0});
}

double value(const LandscapeMetrics &m, const char *key)
{
    return m.get(key).value;
}

} // namespace

class TestLandscapeMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handWorkedGrid();
    void neutralityWithEps();
    void assortativityVariants();
    void alternatingChainAutocorrelation();
    void convexChainFlattening();
    void constantLandscape();
    void singleConfiguration();
    void partialLandscapeIsNoted();
    void invalidOptions();
    void deterministicForSeed();
    void rankOnlyMetricsIgnoreMonotoneTransforms();
    void generalisationGapByHand();
};

void TestLandscapeMetrics::handWorkedGrid()
{
    const LandscapeMetrics m = computeMetrics(grid3x3());
    QCOMPARE(m.graph.evaluated, std::uint64_t(9));
    QCOMPARE(m.graph.edges, std::uint64_t(12));
    QCOMPARE(m.graph.improvingEdges, std::uint64_t(12));
    QCOMPARE(m.graph.localOptima, std::uint64_t(2));
    QCOMPARE(m.graph.globalOptimum, ConfigId(8));
    QCOMPARE(m.graph.globalTies, std::uint64_t(1));
    QCOMPARE(value(m, "n_lo"), 2.0);
    QCOMPARE(value(m, "n_lo_ratio"), 2.0 / 9.0);
    QCOMPARE(value(m, "s_b"), 4.5);
    QCOMPARE(value(m, "s_b_fraction"), 0.5);
    QCOMPARE(value(m, "go_basin_share"), 3.0 / 9.0);
    QCOMPARE(value(m, "gradient"), 3.0);
    QCOMPARE(value(m, "mean_dist_go"), 2.0);
    QCOMPARE(value(m, "go_access"), 4.0 / 9.0);
    // Independent computation (a few lines of Python over the table above):
    // spearman(distance, loss) = -0.27359422722270776.
    QCOMPARE(value(m, "fdc"), -0.27359422722270776);
    // Two optima: bigger basin (6) at the worse loss (1) -> +1.
    QCOMPARE(value(m, "basin_fit_corr"), 1.0);
    // eps = 0.01 and all neighbour differences >= 1: nothing is neutral.
    QCOMPARE(value(m, "nu"), 0.0);
    QVERIFY(std::isnan(value(m, "ndc")));
    QVERIFY(!m.get("ndc").note.empty());
    // The optimum's basin holds only 2-node paths (5 -> 8, 7 -> 8).
    QVERIFY(std::isnan(value(m, "ffi")));
    QVERIFY(m.get("ffi").note.find("no greedy path") != std::string::npos);
    QCOMPARE(m.get("l_ast").variant, std::string("directed"));
    const double rho = value(m, "rho_a");
    QVERIFY(rho >= -1.0 && rho <= 1.0);
}

void TestLandscapeMetrics::neutralityWithEps()
{
    // eps = 1: the pairs (0,3), (1,2), (4,5) differ by exactly 1. Shares:
    // 1/2, 1/3, 1/2, 1/3, 1/4, 1/3, 0, 0, 0 -> mean 2.25 / 9 = 0.25.
    MetricOptions options;
    options.neutralityEps = 1.0;
    const LandscapeMetrics m = computeMetrics(grid3x3(), options);
    QCOMPARE(value(m, "nu"), 0.25);
    // Independent computation: spearman(neutrality, distance) = 0.6400568964751979.
    QCOMPARE(value(m, "ndc"), 0.6400568964751979);
    QCOMPARE(m.get("nu").variant, std::string("absolute"));

    // Relative: 0.1 of the range 9 is 0.9 < 1: nothing neutral again.
    options.neutralityEps = 0.1;
    options.neutralityRelative = true;
    const LandscapeMetrics relative = computeMetrics(grid3x3(), options);
    QCOMPARE(value(relative, "nu"), 0.0);
    QCOMPARE(relative.get("nu").variant, std::string("relative"));
    options.neutralityEps = 1.0 / 9.0; // exactly 1
    QCOMPARE(value(computeMetrics(grid3x3(), options), "nu"), 0.25);
}

void TestLandscapeMetrics::assortativityVariants()
{
    // Pairs (worse, better) over the 12 improving edges; Pearson computed
    // independently: directed 0.4342290104173857; both ways -0.06070287539936102.
    QCOMPARE(value(computeMetrics(grid3x3()), "l_ast"), 0.4342290104173857);
    MetricOptions options;
    options.assortativity = "undirected";
    const LandscapeMetrics m = computeMetrics(grid3x3(), options);
    QCOMPARE(value(m, "l_ast"), -0.06070287539936102);
    QCOMPARE(m.get("l_ast").variant, std::string("undirected"));
}

void TestLandscapeMetrics::alternatingChainAutocorrelation()
{
    // A chain whose loss alternates 0, 1, 0, 1, ...: every step flips the loss,
    // so each walk of even length 20 has mean 1/2 and lag-1 autocorrelation
    // sum(-1/4 x 19) / (20 x 1/4) = -0.95, in both variants.
    std::vector<double> loss(40);
    for (std::size_t i = 0; i < loss.size(); ++i)
        loss[i] = static_cast<double>(i % 2);
    const Landscape chain = makeLandscape({numbered("x", 40)}, loss);
    QCOMPARE(value(computeMetrics(chain), "rho_a"), -0.95);
    MetricOptions pooled;
    pooled.autocorrelation = "pooled";
    QCOMPARE(value(computeMetrics(chain, pooled), "rho_a"), -0.95);
}

void TestLandscapeMetrics::convexChainFlattening()
{
    // L(i) = (4 - i)^2 on a 5-chain: one optimum at 4; from 0, 1 and 2 the greedy
    // paths have shrinking drops (7,5,3,1 / 5,3,1 / 3,1): spearman -1 each.
    const Landscape chain = makeLandscape({numbered("x", 5)}, {16, 9, 4, 1, 0});
    const LandscapeMetrics m = computeMetrics(chain);
    QCOMPARE(value(m, "ffi"), -1.0);
    QCOMPARE(m.get("ffi").parameters, std::string("paths=3"));
    QCOMPARE(value(m, "n_lo"), 1.0);
    QCOMPARE(value(m, "s_b"), 5.0);
    QCOMPARE(value(m, "go_access"), 1.0);
    QCOMPARE(value(m, "fdc"), 1.0); // farther is worse, strictly
    QVERIFY(std::isnan(value(m, "basin_fit_corr")));
    QCOMPARE(m.get("basin_fit_corr").note, std::string("undefined: a single local optimum"));
}

void TestLandscapeMetrics::constantLandscape()
{
    // METRICS/issue closed form: nu = 1 and every configuration a local optimum.
    const Landscape flat = makeLandscape({numbered("a", 3), numbered("b", 4)}, std::vector<double>(12, 0.5));
    const LandscapeMetrics m = computeMetrics(flat);
    QCOMPARE(value(m, "nu"), 1.0);
    QCOMPARE(value(m, "n_lo"), 12.0);
    QCOMPARE(value(m, "s_b"), 1.0);
    QCOMPARE(m.graph.globalTies, std::uint64_t(12));
    QCOMPARE(m.graph.globalOptimum, ConfigId(0));
    QCOMPARE(m.graph.improvingEdges, std::uint64_t(0));
    QVERIFY(std::isnan(value(m, "gradient")));
    QVERIFY(std::isnan(value(m, "l_ast")));
    QVERIFY(std::isnan(value(m, "fdc")));
    for (const auto &metric : m.values) {
        if (std::isnan(metric.value))
            QVERIFY2(!metric.note.empty(), metric.key.c_str()); // undefined always says why
    }
}

void TestLandscapeMetrics::singleConfiguration()
{
    const Landscape one = makeLandscape({numbered("a", 1)}, {0.3});
    const LandscapeMetrics m = computeMetrics(one);
    QCOMPARE(value(m, "n_lo"), 1.0);
    QCOMPARE(value(m, "go_access"), 1.0);
    QCOMPARE(value(m, "mean_dist_go"), 0.0);
    QVERIFY(std::isnan(value(m, "rho_a")));
    QVERIFY(std::isnan(value(m, "nu")));
    for (const auto &metric : m.values) {
        if (std::isnan(metric.value))
            QVERIFY2(!metric.note.empty(), metric.key.c_str());
    }
}

void TestLandscapeMetrics::partialLandscapeIsNoted()
{
    // Remove the middle row of the 3 x 3 grid: the evaluated part splits into two
    // rows with no neighbours between them. Row a=0 (1, 3, 4) has optimum 0; row
    // a=2 (9, 7, 0) has optimum 8.
    const double nan = std::nan("");
    const Landscape partial = makeLandscape({numbered("a", 3), numbered("b", 3)}, {1, 3, 4, nan, nan, nan, 9, 7, 0});
    const LandscapeMetrics m = computeMetrics(partial);
    QVERIFY(m.graph.partial);
    QCOMPARE(m.graph.evaluated, std::uint64_t(6));
    QCOMPARE(m.graph.edges, std::uint64_t(4));
    QCOMPARE(value(m, "n_lo"), 2.0);
    QCOMPARE(value(m, "go_access"), 3.0 / 6.0);
    QVERIFY(m.get("n_lo").note.find("partial landscape") != std::string::npos);
}

void TestLandscapeMetrics::invalidOptions()
{
    MetricOptions options;
    options.assortativity = "sideways";
    QVERIFY_THROWS_EXCEPTION(Error, computeMetrics(grid3x3(), options));
    options = {};
    options.lag = 20;
    QVERIFY_THROWS_EXCEPTION(Error, computeMetrics(grid3x3(), options));
    const Landscape empty = makeLandscape({numbered("a", 2)}, {std::nan(""), std::nan("")});
    QVERIFY_THROWS_EXCEPTION(Error, computeMetrics(empty));
}

void TestLandscapeMetrics::deterministicForSeed()
{
    std::vector<double> loss(64);
    for (std::size_t i = 0; i < loss.size(); ++i)
        loss[i] = std::sin(static_cast<double>(i) * 1.7) + static_cast<double>(i % 5);
    const Landscape l = makeLandscape({numbered("a", 4), numbered("b", 4), numbered("c", 4)}, loss);
    MetricOptions options;
    options.seed = 7;
    const double first = value(computeMetrics(l, options), "rho_a");
    QCOMPARE(value(computeMetrics(l, options), "rho_a"), first);
    options.seed = 8;
    QVERIFY(value(computeMetrics(l, options), "rho_a") != first);
}

void TestLandscapeMetrics::rankOnlyMetricsIgnoreMonotoneTransforms()
{
    // Metrics built from loss order alone must not change under a strictly
    // increasing transform (here exp(3x) + x): steepest descent moves to the
    // lowest neighbour, so optima and basins are rank-only. ffi and gradient
    // use the sizes of the drops and may change.
    std::vector<double> loss(60);
    for (std::size_t i = 0; i < loss.size(); ++i)
        loss[i] = std::fmod(static_cast<double>(i) * 0.618, 1.0) + 0.1 * static_cast<double>(i % 4);
    std::vector<double> transformed(loss.size());
    for (std::size_t i = 0; i < loss.size(); ++i)
        transformed[i] = std::exp(3.0 * loss[i]) + loss[i];
    auto hps = [] { return std::vector<Hyperparameter>{numbered("a", 3), numbered("b", 4), numbered("c", 5)}; };
    const LandscapeMetrics a = computeMetrics(makeLandscape(hps(), loss));
    const LandscapeMetrics b = computeMetrics(makeLandscape(hps(), transformed));
    for (const char *key : {"n_lo", "s_b", "go_basin_share", "fdc", "mean_dist_go", "go_access", "basin_fit_corr"}) {
        const double x = value(a, key), y = value(b, key);
        QVERIFY2((std::isnan(x) && std::isnan(y)) || x == y, key);
    }
    QCOMPARE(a.graph.globalOptimum, b.graph.globalOptimum);
    QVERIFY(value(a, "gradient") != value(b, "gradient")); // a value-based metric does change
}

void TestLandscapeMetrics::generalisationGapByHand()
{
    const double nan = std::nan("");
    // gaps 0.2, -0.1, (missing), 0: mean 0.1/3, median 0, range [-0.1, 0.2], 1 of 3 positive.
    const GeneralisationGap g = generalisationGap({0.1, 0.2, nan, 0.4}, {0.3, 0.1, 0.5, 0.4});
    QCOMPARE(g.compared, std::uint64_t(3));
    QVERIFY(std::fabs(g.mean - 0.1 / 3.0) < 1e-15);
    QCOMPARE(g.median, 0.0);
    QVERIFY(std::fabs(g.min + 0.1) < 1e-15);
    QVERIFY(std::fabs(g.max - 0.2) < 1e-15);
    QCOMPARE(g.positiveShare, 1.0 / 3.0);
    const double m = 0.1 / 3.0;
    QVERIFY(std::fabs(g.stddev - std::sqrt(((0.2 - m) * (0.2 - m) + (-0.1 - m) * (-0.1 - m) + m * m) / 3.0)) < 1e-15);
    QVERIFY(std::isnan(g.gap[2]));
    QVERIFY_THROWS_EXCEPTION(Error, generalisationGap({0.1}, {0.1, 0.2}));
    QVERIFY_THROWS_EXCEPTION(Error, generalisationGap({nan}, {0.1}));
}

QTEST_GUILESS_MAIN(TestLandscapeMetrics)
#include "tst_landscapemetrics.moc"
