#include "metrics/GeneralisationGap.h"

#include "metrics/Statistics.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>

namespace hplx {

GeneralisationGap generalisationGap(const std::vector<double> &train, const std::vector<double> &test)
{
    if (train.size() != test.size())
        throw Error(ErrorKind::InvalidArgument,
                    "generalisation gap: the landscapes have " + std::to_string(train.size()) + " and "
                        + std::to_string(test.size()) + " configurations; they must share a search space");
    GeneralisationGap result;
    result.gap.assign(train.size(), std::nan(""));
    std::vector<double> gaps, a, b;
    for (std::size_t id = 0; id < train.size(); ++id) {
        if (std::isnan(train[id]) || std::isnan(test[id]))
            continue;
        result.gap[id] = test[id] - train[id];
        gaps.push_back(result.gap[id]);
        a.push_back(train[id]);
        b.push_back(test[id]);
    }
    if (gaps.empty())
        throw Error(ErrorKind::InvalidArgument, "generalisation gap: no configuration is evaluated in both landscapes");
    result.compared = gaps.size();
    double sum = 0.0;
    std::uint64_t positive = 0;
    for (double g : gaps) {
        sum += g;
        positive += g > 0.0 ? 1 : 0;
    }
    result.mean = sum / static_cast<double>(gaps.size());
    double squares = 0.0;
    for (double g : gaps)
        squares += (g - result.mean) * (g - result.mean);
    result.stddev = std::sqrt(squares / static_cast<double>(gaps.size()));
    result.positiveShare = static_cast<double>(positive) / static_cast<double>(gaps.size());
    result.spearman = spearman(a, b);
    std::sort(gaps.begin(), gaps.end());
    result.min = gaps.front();
    result.max = gaps.back();
    const std::size_t mid = gaps.size() / 2;
    result.median = gaps.size() % 2 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2.0;
    return result;
}

} // namespace hplx
