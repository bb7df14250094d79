// runBuild: the protocol computed independently from the split functions and
// the learner gives the same landscapes; any thread count gives bit-identical
// results; an interrupted build resumes from its journal to the same result.
#include "build/BuildJournal.h"
#include "build/BuildSpec.h"
#include "build/GridRunner.h"
#include "build/Split.h"
#include "core/build/BuildTestData.h"
#include "jobs/Feedback.h"
#include "support/TestDatabases.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>

using namespace hplx;
using namespace hplx::build;

class TestGridRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lossOfHandWorked();
    void matchesIndependentProtocol();
    void sameResultOnAnyThreadCount();
    void resumesFromJournal();
    void journalOfAnotherSpecIsRefused();

private:
    BuildSpec spec(const QByteArray &grid, const QByteArray &extra = {});
    QTemporaryDir m_dir;
};

namespace {

bool bitIdentical(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

} // namespace

void TestGridRunner::initTestCase()
{
    QVERIFY(test::writeBlobsCsv(m_dir.filePath(QStringLiteral("blobs.csv")), 80, 2.0));
}

BuildSpec TestGridRunner::spec(const QByteArray &grid, const QByteArray &extra)
{
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("spec%1.json").arg(++counter));
    test::writeFile(path, R"({"learner": "svm", "datasets": [{"csv": "blobs.csv", "target": "label"}],
                             "hyperparameters": )"
                              + grid + R"(, "fixed": {"kernel": "rbf"},
                             "fidelity": {"values": [0.5, 1.0]},
                             "protocol": {"test_fraction": 0.25, "folds": 3, "seed": 5})"
                              + extra + "}");
    return loadBuildSpec(path.toStdString());
}

void TestGridRunner::lossOfHandWorked()
{
    Dataset data;
    data.task = Task::Classification;
    data.y = {0, 1, 1, 0, 1};
    // Rows 0, 2, 4 predicted 0, 1, 0: row 4 is wrong, so 1/3.
    QCOMPARE(lossOf(data, {0, 2, 4}, {0, 1, 0}), 1.0 / 3.0);
    data.task = Task::Regression;
    data.y = {1.0, 2.0, 4.0};
    // Errors 1, -2 on rows 0 and 2: sqrt((1 + 4) / 2).
    QCOMPARE(lossOf(data, {0, 2}, {2.0, 2.0}), std::sqrt(2.5));
}

void TestGridRunner::matchesIndependentProtocol()
{
    const BuildSpec s = spec(R"({"C": [0.1, 10], "gamma": [0.1, 1]})");
    BuildOptions options;
    options.threads = 2;
    const BuildResult result = runBuild(s, options);
    QCOMPARE(result.evaluations, std::uint64_t(1 * 2 * 4 * 1 * (3 + 1)));
    QCOMPARE(result.failures, std::uint64_t(0));
    QCOMPARE(result.landscapes.size(), std::size_t(2 * 3)); // 2 fidelities x train/valid/test

    // The protocol by hand for every configuration and fidelity: fit the learner
    // on each fold's rows and on the whole kept training part, score with lossOf,
    // average. LIBSVM is deterministic, so the model seed does not matter.
    const Dataset &data = s.datasets[0];
    for (std::size_t f = 0; f < 2; ++f) {
        const ProtocolRows rows = protocolRows(s, 0, f, 0);
        QCOMPARE(rows.folds.size(), std::size_t(3));
        for (ConfigId c = 0; c < s.space->size(); ++c) {
            const Configuration config = s.configuration(c, s.fidelity.values[f]);
            double fitSum = 0, validSum = 0;
            for (const Fold &fold : rows.folds) {
                const auto model = s.learner->fit(data, fold.fit, config, 99);
                fitSum += lossOf(data, fold.fit, model->predict(data, fold.fit));
                validSum += lossOf(data, fold.validate, model->predict(data, fold.validate));
            }
            const auto refit = s.learner->fit(data, rows.train, config, 99);
            QCOMPARE(result.landscapes[3 * f + 0].loss[c], fitSum / 3.0);
            QCOMPARE(result.landscapes[3 * f + 1].loss[c], validSum / 3.0);
            QCOMPARE(result.landscapes[3 * f + 2].loss[c], lossOf(data, rows.test, refit->predict(data, rows.test)));
        }
    }
    // Half the data keeps half the training rows (stratified, so per class).
    QCOMPARE(protocolRows(s, 0, 0, 0).train.size() * 2, protocolRows(s, 0, 1, 0).train.size());
    for (const auto &landscape : result.landscapes) {
        for (double loss : landscape.loss)
            QVERIFY(loss >= 0.0 && loss <= 1.0);
    }

    // Train <= valid on average for this flexible model (C=10, gamma=1 overfits a little).
    const auto &train = result.landscapes[3].loss;
    const auto &valid = result.landscapes[4].loss;
    const auto &test = result.landscapes[5].loss;
    QCOMPARE(result.landscapes[3].split, std::string("train"));
    QCOMPARE(result.landscapes[4].split, std::string("valid"));
    QCOMPARE(result.landscapes[5].split, std::string("test"));
    QCOMPARE(result.landscapes[3].fidelity, 1.0);
    double trainMean = 0, validMean = 0;
    for (std::size_t c = 0; c < train.size(); ++c) {
        trainMean += train[c];
        validMean += valid[c];
    }
    QVERIFY(trainMean <= validMean);
    // The blobs are 2 standard deviations apart: some configuration classifies the
    // test rows well.
    QVERIFY(*std::min_element(test.begin(), test.end()) < 0.3);
}

void TestGridRunner::sameResultOnAnyThreadCount()
{
    const BuildSpec s = spec(R"({"C": [0.1, 1, 10], "gamma": [0.1, 1]})");
    BuildOptions one;
    one.threads = 1;
    BuildOptions two;
    two.threads = 2;
    BuildOptions three;
    three.threads = 3;
    const BuildResult a = runBuild(s, one);
    const BuildResult b = runBuild(s, two);
    const BuildResult c = runBuild(s, three);
    QCOMPARE(a.threads, 1);
    QCOMPARE(b.threads, 2);
    for (std::size_t l = 0; l < a.landscapes.size(); ++l) {
        QVERIFY(bitIdentical(a.landscapes[l].loss, b.landscapes[l].loss));
        QVERIFY(bitIdentical(a.landscapes[l].loss, c.landscapes[l].loss));
    }
}

void TestGridRunner::resumesFromJournal()
{
    // 20 x 20 configurations x 2 fidelities x 4 fits: long enough to interrupt.
    const QByteArray grid = R"({"C": [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100,
                                      200, 500, 1000, 2000],
                                "gamma": [0.0001, 0.00015, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1,
                                          0.2, 0.5, 1, 2, 5, 10, 20, 50, 100]})";
    const BuildSpec s = spec(grid);
    BuildOptions options;
    options.threads = 2;
    options.journalPath = m_dir.filePath(QStringLiteral("resume.build-journal")).toStdString();

    // Interrupted: a cancel stops the workers; what finished is kept.
    Feedback feedback;
    try {
        runBuild(s, options, &feedback, [&](const BuildProgress &) { feedback.cancel(); });
        qInfo("the whole build finished before the first progress report; interruption not exercised");
    } catch (const Error &error) {
        QVERIFY(error.kind() == ErrorKind::Cancelled);
        QVERIFY(QString::fromStdString(error.what()).contains(QStringLiteral("run the same build again to resume")));
    }
    BuildJournal(options.journalPath, s.text).remove();

    // Paused after exactly 100 evaluations.
    options.maxEvaluations = 100;
    try {
        runBuild(s, options);
        QFAIL("the build did not stop");
    } catch (const Error &error) {
        QVERIFY(error.kind() == ErrorKind::Cancelled);
        QVERIFY(QString::fromStdString(error.what()).startsWith(QStringLiteral("build paused after 100 of 3200")));
    }
    options.maxEvaluations = 0;
    const std::size_t journaled = BuildJournal(options.journalPath, s.text).load().size();
    QCOMPARE(journaled, std::size_t(100));

    const BuildResult resumed = runBuild(s, options);
    QCOMPARE(resumed.resumed, std::uint64_t(journaled));
    BuildOptions fresh;
    fresh.threads = 1;
    const BuildResult oneShot = runBuild(s, fresh);
    QCOMPARE(resumed.landscapes.size(), oneShot.landscapes.size());
    for (std::size_t l = 0; l < oneShot.landscapes.size(); ++l)
        QVERIFY(bitIdentical(resumed.landscapes[l].loss, oneShot.landscapes[l].loss));
}

void TestGridRunner::journalOfAnotherSpecIsRefused()
{
    const std::string journal = m_dir.filePath(QStringLiteral("other.build-journal")).toStdString();
    {
        BuildJournal first(journal, "spec A");
        first.append({{3, 0.1, 0.2, {}}});
    }
    try {
        BuildJournal second(journal, "spec B");
        QFAIL("no error");
    } catch (const Error &error) {
        QVERIFY(QString::fromStdString(error.what()).contains(QStringLiteral("another spec")));
    }
    BuildJournal same(journal, "spec A");
    const auto loaded = same.load();
    QCOMPARE(loaded.size(), std::size_t(1));
    QCOMPARE(loaded[0].unit, std::uint64_t(3));
    QCOMPARE(loaded[0].evalLoss, 0.2);
}

QTEST_GUILESS_MAIN(TestGridRunner)
#include "tst_gridrunner.moc"
