// The CLI's result tables (metrics, similarity, functional ANOVA) as
// TextTables, so one builder serves CSV, JSON and LaTeX output alike.
#pragma once

#include "export/TextTable.h"

#include <cstdint>
#include <string>

namespace hplx {

class SearchSpace;
struct FanovaResult;
struct GeneralisationGap;
struct LandscapeMetrics;
struct SimilarityResult;

// A number as a table cell: digits significant digits, or with digits = 0
// the shortest text that reads back to the same double; NaN gives "".
std::string tableNumber(double value, int digits = 0);

// Columns metric, value, variant, parameters, note; one row per metric in
// METRICS.md order, then delta_l (gap against landscape gapWith, or an empty
// value with a note when gap is null).
TextTable metricsTable(const LandscapeMetrics &metrics, const GeneralisationGap *gap, std::int64_t gapWith,
                       int digits = 0);

// Columns measure, value, parameters: spearman, shakeup_all, shakeup_top,
// gamma_set_iou, gamma_set_overlap.
TextTable similarityTable(const SimilarityResult &result, int digits = 0);

// Columns term, share, variance: every HP, then every pair ("a x b") and,
// when pairs were computed, the rest "(higher-order interactions)". Terms
// below 1e-12 of the total variance (rounding noise) are shown as 0.
TextTable importanceTable(const SearchSpace &space, const FanovaResult &result, int digits = 0);

} // namespace hplx
