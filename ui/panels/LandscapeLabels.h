// Short names of landscapes for combo boxes, axis titles, tables and details.
#pragma once

#include "space/Landscape.h"

#include <QString>

namespace hplx {

// "train · data_fraction = 0.25", or just "train" without a fidelity axis.
QString splitAndFidelity(const LandscapeKey &key);

// key named relative to reference: its split and fidelity, preceded by the
// dataset ("wine · test · data_fraction = 1") when that differs, and by
// model and dataset ("svm / wine · test") when the model or loss differs.
QString landscapeLabel(const LandscapeKey &key, const LandscapeKey &reference);

// "xgboost / wine / test", with " / data_fraction = 0.25" when there is a
// fidelity axis (figure titles).
QString figureLandscapeName(const LandscapeKey &key);

} // namespace hplx
