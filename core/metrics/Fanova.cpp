#include "metrics/Fanova.h"

#include "metrics/Statistics.h"
#include "util/Error.h"
#include "util/Format.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace hplx {

namespace {

std::vector<double> scaledLosses(const Landscape &landscape, LossScale scale)
{
    const std::vector<double> &loss = landscape.losses();
    switch (scale) {
    case LossScale::Raw:
        return loss;
    case LossScale::Log: {
        const auto smallest = std::min_element(loss.begin(), loss.end());
        if (smallest != loss.end() && !(*smallest > 0.0)) {
            const auto id = static_cast<ConfigId>(smallest - loss.begin());
            throw Error(ErrorKind::InvalidData,
                        "functional ANOVA on the log scale needs every loss > 0, but landscape '"
                            + landscape.info().key.describe() + "' has a smallest loss of " + formatNumber(*smallest)
                            + " at " + landscape.space().describe(id) + "; use the raw or rank scale");
        }
        std::vector<double> result(loss.size());
        std::transform(loss.begin(), loss.end(), result.begin(), [](double v) { return std::log(v); });
        return result;
    }
    case LossScale::Rank:
        return averageRanks(loss);
    }
    return loss;
}

// Sums of values over every configuration with HP h at each of its values. The
// ids are the row-major tensor [outer, size(h), stride(h)], so one sequential
// scan without divisions visits them in order.
std::vector<double> singleSums(const std::vector<double> &values, const SearchSpace &space, std::size_t h)
{
    const std::size_t size = space.hp(h).size();
    const std::size_t inner = space.stride(h);
    const std::size_t outer = values.size() / (size * inner);
    std::vector<double> sums(size, 0.0);
    const double *value = values.data();
    for (std::size_t o = 0; o < outer; ++o) {
        for (std::size_t v = 0; v < size; ++v) {
            double sum = 0.0;
            for (std::size_t c = 0; c < inner; ++c)
                sum += *value++;
            sums[v] += sum;
        }
    }
    return sums;
}

// Sums over every configuration with HPs i < j at each value pair (row-major
// table size(i) x size(j)); the ids are the tensor [outer, size(i), between,
// size(j), stride(j)], again scanned once in id order.
std::vector<double> pairSums(const std::vector<double> &values, const SearchSpace &space, std::size_t i, std::size_t j)
{
    const std::size_t sizeI = space.hp(i).size();
    const std::size_t sizeJ = space.hp(j).size();
    const std::size_t inner = space.stride(j);
    const std::size_t between = space.stride(i) / (sizeJ * inner);
    const std::size_t outer = values.size() / (sizeI * space.stride(i));
    std::vector<double> sums(sizeI * sizeJ, 0.0);
    const double *value = values.data();
    for (std::size_t o = 0; o < outer; ++o) {
        for (std::size_t vi = 0; vi < sizeI; ++vi) {
            double *row = sums.data() + vi * sizeJ;
            for (std::size_t b = 0; b < between; ++b) {
                for (std::size_t vj = 0; vj < sizeJ; ++vj) {
                    double sum = 0.0;
                    for (std::size_t c = 0; c < inner; ++c)
                        sum += *value++;
                    row[vj] += sum;
                }
            }
        }
    }
    return sums;
}

double meanOfSquares(const std::vector<double> &values)
{
    double sum = 0.0;
    for (double v : values)
        sum += v * v;
    return sum / static_cast<double>(values.size());
}

} // namespace

FanovaResult functionalAnova(const Landscape &landscape, const FanovaOptions &options)
{
    const SearchSpace &space = landscape.space();
    if (!landscape.isComplete())
        throw Error(ErrorKind::InvalidData,
                    "the exact functional ANOVA needs every configuration of the grid, but landscape '"
                        + landscape.info().key.describe() + "' has " + std::to_string(landscape.evaluatedCount())
                        + " of " + std::to_string(space.size())
                        + " configurations evaluated; it is not available on partial data");

    FanovaResult result;
    result.options = options;
    const std::size_t d = space.dimension();
    for (std::size_t h = 0; h < d; ++h)
        result.singles.push_back({{h}, 0.0, 0.0});
    if (options.pairs) {
        for (std::size_t i = 0; i < d; ++i)
            for (std::size_t j = i + 1; j < d; ++j)
                result.pairs.push_back({{i, j}, 0.0, 0.0});
    }

    std::vector<double> values = scaledLosses(landscape, options.scale);
    const double n = static_cast<double>(values.size());
    result.mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    // Every effect below is a mean of centred values: the marginals of the
    // centred landscape are the effects themselves and lose no digits to f0.
    if (std::all_of(values.begin(), values.end(), [&](double v) { return v == values.front(); })) {
        result.mean = values.front();
        result.constant = true;
        return result;
    }
    for (double &v : values)
        v -= result.mean;
    result.totalVariance = meanOfSquares(values);
    // Relative 1e-300 of the squared scale, compared on the root: mean^2 can overflow.
    if (!(std::sqrt(result.totalVariance) > 1e-150 * std::max(1.0, std::abs(result.mean)))) {
        result.totalVariance = 0.0;
        result.constant = true;
        return result;
    }

    // f_h(v): mean of the centred values with HP h at value v.
    std::vector<std::vector<double>> effects(d);
    for (std::size_t h = 0; h < d; ++h) {
        const std::uint32_t size = space.hp(h).size();
        if (size == 1) {
            effects[h].assign(1, 0.0); // the whole landscape: exactly 0 once centred
            continue;
        }
        effects[h] = singleSums(values, space, h);
        const double cell = n / size;
        for (double &sum : effects[h])
            sum /= cell;
        result.singles[h].variance = meanOfSquares(effects[h]);
    }

    for (FanovaTerm &term : result.pairs) {
        const std::size_t i = term.hps[0];
        const std::size_t j = term.hps[1];
        const std::uint32_t sizeI = space.hp(i).size();
        const std::uint32_t sizeJ = space.hp(j).size();
        if (sizeI == 1 || sizeJ == 1)
            continue; // the pair marginal is a main effect: no interaction
        std::vector<double> interaction = pairSums(values, space, i, j);
        const double cell = n / (static_cast<double>(sizeI) * sizeJ);
        for (std::uint32_t vi = 0; vi < sizeI; ++vi)
            for (std::uint32_t vj = 0; vj < sizeJ; ++vj) {
                double &f = interaction[std::size_t{vi} * sizeJ + vj];
                f = f / cell - effects[i][vi] - effects[j][vj];
            }
        term.variance = meanOfSquares(interaction);
    }

    for (FanovaTerm &term : result.singles)
        term.share = term.variance / result.totalVariance;
    for (FanovaTerm &term : result.pairs)
        term.share = term.variance / result.totalVariance;
    return result;
}

std::string toString(LossScale scale)
{
    switch (scale) {
    case LossScale::Raw:
        return "raw";
    case LossScale::Log:
        return "log";
    case LossScale::Rank:
        return "rank";
    }
    return "?";
}

} // namespace hplx
