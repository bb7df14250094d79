#include "export/ResultTables.h"

#include "metrics/Fanova.h"
#include "metrics/GeneralisationGap.h"
#include "metrics/LandscapeMetrics.h"
#include "metrics/Similarity.h"
#include "space/SearchSpace.h"
#include "util/Format.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>

namespace hplx {

std::string tableNumber(double value, int digits)
{
    if (std::isnan(value))
        return {};
    if (digits <= 0)
        return formatNumber(value);
    std::ostringstream out;
    out << std::setprecision(digits) << value;
    return out.str();
}

TextTable metricsTable(const LandscapeMetrics &metrics, const GeneralisationGap *gap, std::int64_t gapWith, int digits)
{
    TextTable table;
    table.columns = {"metric", "value", "variant", "parameters", "note"};
    for (const auto &m : metrics.values)
        table.rows.push_back({m.key, tableNumber(m.value, digits), m.variant, m.parameters, m.note});
    const std::string variant = "test - train, mean over configurations";
    if (gap)
        table.rows.push_back(
            {"delta_l", tableNumber(gap->mean, digits), variant,
             "with landscape " + std::to_string(gapWith) + ", " + std::to_string(gap->compared) + " configurations",
             ""});
    else
        table.rows.push_back({"delta_l", "", variant, "", "no train/test counterpart of this landscape"});
    return table;
}

TextTable similarityTable(const SimilarityResult &r, int digits)
{
    const std::string compared = "compared=" + std::to_string(r.compared);
    const std::string top = "gamma=" + formatNumber(r.options.gamma) + ", top_size=" + std::to_string(r.topSize);
    TextTable table;
    table.columns = {"measure", "value", "parameters"};
    table.rows = {{"spearman", tableNumber(r.spearman, digits), compared},
                  {"shakeup_all", tableNumber(r.shakeupAll, digits), compared},
                  {"shakeup_top", tableNumber(r.shakeupTop, digits), "top=" + formatNumber(r.options.shakeupTop)},
                  {"gamma_set_iou", tableNumber(r.gammaIoU, digits), top},
                  {"gamma_set_overlap", tableNumber(r.gammaOverlap, digits), top}};
    return table;
}

TextTable importanceTable(const SearchSpace &space, const FanovaResult &r, int digits)
{
    TextTable table;
    table.columns = {"term", "share", "variance"};
    double share = 0.0, variance = 0.0;
    // Terms below 1e-12 of the total variance are rounding noise of an exact zero.
    const double noise = 1e-12 * r.totalVariance;
    auto add = [&](const FanovaTerm &term) {
        std::string name;
        for (std::size_t k = 0; k < term.hps.size(); ++k)
            name += (k ? " x " : "") + space.hp(term.hps[k]).name();
        const bool zero = std::fabs(term.variance) <= noise;
        table.rows.push_back(
            {name, tableNumber(zero ? 0.0 : term.share, digits), tableNumber(zero ? 0.0 : term.variance, digits)});
        share += term.share;
        variance += term.variance;
    };
    std::for_each(r.singles.begin(), r.singles.end(), add);
    std::for_each(r.pairs.begin(), r.pairs.end(), add);
    if (r.options.pairs) {
        const double rest = r.totalVariance - variance;
        const bool zero = r.constant || rest <= noise;
        table.rows.push_back({"(higher-order interactions)", tableNumber(zero ? 0.0 : 1.0 - share, digits),
                              tableNumber(zero ? 0.0 : rest, digits)});
    }
    return table;
}

} // namespace hplx
