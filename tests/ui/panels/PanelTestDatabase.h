// A small database for the chart panel tests, with losses simple enough to
// work the expected values out by hand.
#pragma once

#include "space/SearchSpace.h"
#include "store/DatabaseWriter.h"

#include <QString>

#include <cmath>
#include <vector>

namespace hplxtest {

// Space: eta {0.1, 0.3} x max_depth {2, 4, 8}, both ordinal, id = eta * 3 + max_depth:
//   id 0 (0.1, 2)  1 (0.1, 4)  2 (0.1, 8)  3 (0.3, 2)  4 (0.3, 4)  5 (0.3, 8)
// xgboost / wine / 1-accuracy at data_fraction 0.1, 0.25 and 1, train and test
// (stored highest fidelity first, so catalogue order is not fidelity order):
//   id 1: 1    test  [1, 3, 5, 2, 4, 9]
//   id 2: 1    train [0, 1, 2, 3, 4, 5] / 10   (a zero loss: no log scale)
//   id 3: 0.1  test  [1, 3, 5, 2, 9, 4]
//   id 4: 0.1  train
//   id 5: 0.25 test  [9, 4, 2, 5, 3, 1]
//   id 6: 0.25 train
// and svm / wine / test without a fidelity axis, partial (id 2 missing):
//   id 7: [0.2, 0.3, NaN, 0.4, 0.5, 0.6]
inline void writePanelDatabase(const QString &path)
{
    using namespace hplx;
    SearchSpace space({Hyperparameter("eta", HpKind::Ordinal, {"0.1", "0.3"}),
                       Hyperparameter("max_depth", HpKind::Ordinal, {"2", "4", "8"})});
    DatabaseWriter writer(path.toStdString());
    writer.begin();
    const auto spaceId = writer.addSpace(space, "xgb-tiny");
    const std::vector<double> train = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5};
    auto add = [&](double fidelity, const std::vector<double> &test) {
        LandscapeKey key{"xgboost", "wine", "data_fraction", fidelity, "test", "1-accuracy"};
        writer.addLandscape(spaceId, key, test, "test");
        key.split = "train";
        writer.addLandscape(spaceId, key, train, "test");
    };
    add(1.0, {1, 3, 5, 2, 4, 9});
    add(0.1, {1, 3, 5, 2, 9, 4});
    add(0.25, {9, 4, 2, 5, 3, 1});
    LandscapeKey svm{"svm", "wine", "", std::nullopt, "test", "1-accuracy"};
    writer.addLandscape(spaceId, svm, {0.2, 0.3, std::nan(""), 0.4, 0.5, 0.6}, "test");
    writer.commit();
}

} // namespace hplxtest
