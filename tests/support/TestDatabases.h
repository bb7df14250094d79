// Small databases and files built in tests, so fixtures stay readable in code.
#pragma once

#include "space/SearchSpace.h"
#include "store/DatabaseWriter.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <cmath>
#include <string>
#include <vector>

namespace hplx::test {

// A 3 x 2 grid (lr ordinal 0.01/0.1/1, booster categorical gbtree/dart) with two
// landscapes: train (loss = id / 10) and a partial test landscape (ids 0..3).
inline void writeSmallDatabase(const QString &path)
{
    SearchSpace space({Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.1", "1"}),
                       Hyperparameter("booster", HpKind::Categorical, {"gbtree", "dart"})});
    DatabaseWriter writer(path.toStdString());
    writer.begin();
    const auto spaceId = writer.addSpace(space, "xgb-small");
    std::vector<double> train(space.size()), test(space.size(), std::nan(""));
    for (ConfigId id = 0; id < space.size(); ++id) {
        train[id] = id / 10.0;
        if (id < 4)
            test[id] = 0.5 + id / 10.0;
    }
    LandscapeKey key{"xgboost", "wine", "", std::nullopt, "train", "1-accuracy"};
    writer.addLandscape(spaceId, key, train, "test");
    key.split = "test";
    writer.addLandscape(spaceId, key, test, "test");
    writer.commit();
}

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace hplx::test
