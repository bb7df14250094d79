// The bundled sample database (resources/samples/sample.db, built by
// resources/samples/build-sample.sh) holds what the builder issue promises:
// XGBoost with 5 HPs and >= 1,000 configurations, SVM over C x gamma with
// >= 400, a random forest and an MLP, each on >= 3 datasets x 3 fidelities x
// train/valid/test, with sane losses.
#include "store/LandscapeDatabase.h"

#include <QFileInfo>
#include <QtTest>

#include <cmath>
#include <map>
#include <set>

using namespace hplx;

class TestSample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsEveryLearner_data();
    void holdsEveryLearner();
    void lossesAreSane();
    void smallEnoughToCommit();
};

static const char *samplePath()
{
    return HPLX_SAMPLE_DB;
}

void TestSample::holdsEveryLearner_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("minConfigurations");
    QTest::addColumn<QStringList>("hps"); // at least these, in this order
    QTest::newRow("xgboost") << "xgboost" << 1000
                             << QStringList{"eta", "max_depth", "subsample", "colsample_bytree", "min_child_weight"};
    QTest::newRow("svm") << "svm" << 400 << QStringList{"C", "gamma"};
    QTest::newRow("random_forest") << "random_forest" << 100 << QStringList{"n_estimators", "max_depth"};
    QTest::newRow("mlp") << "mlp" << 50 << QStringList{"hidden_units", "hidden_layers"};
}

void TestSample::holdsEveryLearner()
{
    QFETCH(QString, model);
    QFETCH(int, minConfigurations);
    QFETCH(QStringList, hps);
    const LandscapeDatabase db(samplePath());
    std::set<std::string> datasets;
    std::set<double> fidelities;
    std::map<std::string, int> splits;
    std::int64_t spaceId = -1;
    for (const auto &info : db.landscapes()) {
        if (info.key.model != model.toStdString())
            continue;
        datasets.insert(info.key.dataset);
        QVERIFY(info.key.fidelityValue);
        fidelities.insert(*info.key.fidelityValue);
        ++splits[info.key.split];
        QVERIFY(spaceId < 0 || spaceId == info.spaceId); // one space per learner
        spaceId = info.spaceId;
        QCOMPARE(info.key.lossName, std::string("1-accuracy"));
        QVERIFY(info.attributes.find("\"protocol\"") != std::string::npos);
    }
    QVERIFY(datasets.size() >= 3);
    QVERIFY(fidelities.size() >= 3);
    const int perSplit = static_cast<int>(datasets.size() * fidelities.size());
    QCOMPARE(splits["train"], perSplit);
    QCOMPARE(splits["valid"], perSplit);
    QCOMPARE(splits["test"], perSplit);
    const SearchSpace &space = *db.space(spaceId).space;
    QVERIFY2(static_cast<int>(space.size()) >= minConfigurations, qPrintable(QString::number(space.size())));
    for (int h = 0; h < hps.size(); ++h)
        QCOMPARE(QString::fromStdString(space.hp(static_cast<std::size_t>(h)).name()), hps[h]);
}

void TestSample::lossesAreSane()
{
    // 1 - accuracy lies in [0, 1]; the best test loss of every full-data
    // landscape is far better than guessing; train <= test on average for
    // the flexible learners; fidelities differ.
    const LandscapeDatabase db(samplePath());
    std::map<std::string, std::map<std::string, double>> meanBySplit; // model/dataset/fidelity -> split -> mean
    for (const auto &info : db.landscapes()) {
        const Landscape landscape = db.loadLandscape(info.id);
        double sum = 0.0, best = 1.0;
        for (double loss : landscape.losses()) {
            if (std::isnan(loss))
                continue;
            QVERIFY(loss >= 0.0 && loss <= 1.0);
            sum += loss;
            best = std::min(best, loss);
        }
        const double mean = sum / static_cast<double>(landscape.evaluatedCount());
        if (info.key.split == "test" && *info.key.fidelityValue == 1.0)
            QVERIFY2(best < 0.15, info.key.describe().c_str());
        meanBySplit[info.key.model + "/" + info.key.dataset + "/" + std::to_string(*info.key.fidelityValue)]
                   [info.key.split] = mean;
    }
    int trainBelowTest = 0;
    for (const auto &[key, splits] : meanBySplit)
        trainBelowTest += splits.at("train") <= splits.at("test");
    // Fidelities differ: 10 % of the training data gives another landscape than all of it.
    for (const auto &[key, splits] : meanBySplit) {
        const auto cut = key.rfind('/');
        if (key.substr(cut + 1) != std::to_string(0.1))
            continue;
        const auto &full = meanBySplit.at(key.substr(0, cut + 1) + std::to_string(1.0));
        QVERIFY2(splits.at("valid") != full.at("valid"), key.c_str());
    }
    QVERIFY2(trainBelowTest >= static_cast<int>(meanBySplit.size() * 3 / 4),
             qPrintable(QStringLiteral("%1 of %2").arg(trainBelowTest).arg(meanBySplit.size())));
}

void TestSample::smallEnoughToCommit()
{
    QVERIFY(QFileInfo(QString::fromLatin1(samplePath())).size() < 8 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
