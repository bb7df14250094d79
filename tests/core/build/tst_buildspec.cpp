// loadBuildSpec: a valid spec gives the grid, fixed values, fidelities and
// protocol it states; every kind of mistake is an Error naming the spec and
// the JSON key before anything is trained.
#include "build/BuildSpec.h"
#include "core/build/BuildTestData.h"
#include "support/TestDatabases.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace hplx;
using namespace hplx::build;

class TestBuildSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validSpec();
    void defaultsAndDataFractionOrder();
    void badSpecs_data();
    void badSpecs();

private:
    QString writeSpec(const QByteArray &json);
    QTemporaryDir m_dir;
};

void TestBuildSpec::initTestCase()
{
    QVERIFY(test::writeBlobsCsv(m_dir.filePath(QStringLiteral("blobs.csv"))));
    QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("text.csv")), "x1,label\n1.5,a\nhigh,b\n"));
    // 20 rows of class a, 2 of class b: the test split takes one b, leaving one.
    QByteArray rare = "x1,label\n";
    for (int r = 0; r < 22; ++r)
        rare += QByteArray::number(r) + (r < 20 ? ",a\n" : ",b\n");
    QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("rare.csv")), rare));
}

QString TestBuildSpec::writeSpec(const QByteArray &json)
{
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("spec%1.json").arg(++counter));
    test::writeFile(path, json);
    return path;
}

void TestBuildSpec::validSpec()
{
    const QString path = writeSpec(R"({
        "learner": "svm",
        "datasets": [{"csv": "blobs.csv", "target": "label", "name": "blobs"}],
        "hyperparameters": {"gamma": [1, 0.01, 0.1], "C": [10, 1]},
        "fixed": {"kernel": "rbf"},
        "fidelity": {"name": "data_fraction", "values": [1.0, 0.5]},
        "protocol": {"test_fraction": 0.25, "folds": 3, "seed": 11}
    })");
    const BuildSpec spec = loadBuildSpec(path.toStdString());
    QCOMPARE(spec.learner->name(), std::string("svm"));
    QCOMPARE(spec.model, std::string("svm"));
    QVERIFY(spec.task == Task::Classification);
    QCOMPARE(spec.lossName(), std::string("1-accuracy"));
    // HPs in the spec's order, numeric values sorted: gamma then C.
    QCOMPARE(spec.space->dimension(), std::size_t(2));
    QCOMPARE(spec.space->hp(0).name(), std::string("gamma"));
    QCOMPARE(spec.space->hp(0).labels(), (std::vector<std::string>{"0.01", "0.1", "1"}));
    QCOMPARE(spec.space->hp(1).labels(), (std::vector<std::string>{"1", "10"}));
    QCOMPARE(spec.space->size(), ConfigId(6));
    QCOMPARE(spec.fidelity.values, (std::vector<double>{0.5, 1.0}));
    QCOMPARE(spec.protocol.folds, 3);
    QCOMPARE(spec.protocol.seed, std::uint64_t(11));
    QCOMPARE(spec.protocol.testFraction, 0.25);
    QCOMPARE(spec.datasets.size(), std::size_t(1));
    QCOMPARE(spec.datasets[0].name, std::string("blobs"));
    QCOMPARE(spec.datasets[0].rows, std::size_t(80));
    QCOMPARE(spec.datasets[0].features, std::size_t(3));

    // Configuration 5 = (gamma index 2, C index 1) = gamma 1, C 10, plus the fixed kernel.
    const Configuration config = spec.configuration(5, 1.0);
    QCOMPARE(config.at("gamma"), std::string("1"));
    QCOMPARE(config.at("C"), std::string("10"));
    QCOMPARE(config.at("kernel"), std::string("rbf"));
    // Every other declared HP is set to its default.
    for (const auto &hp : spec.learner->hyperparameters())
        QVERIFY2(config.count(hp.name), hp.name.c_str());
}

void TestBuildSpec::defaultsAndDataFractionOrder()
{
    const QString path = writeSpec(R"({
        "learner": "svm",
        "datasets": [{"csv": "blobs.csv", "target": "label"}],
        "hyperparameters": {"C": "default"}
    })");
    const BuildSpec spec = loadBuildSpec(path.toStdString());
    const auto declarations = spec.learner->hyperparameters();
    const auto c =
        std::find_if(declarations.begin(), declarations.end(), [](const HpDeclaration &hp) { return hp.name == "C"; });
    QVERIFY(c != declarations.end());
    QCOMPARE(spec.space->size(), ConfigId(c->defaultGrid.size()));
    QCOMPARE(spec.fidelity.name, std::string("data_fraction"));
    QCOMPARE(spec.fidelity.values, std::vector<double>{1.0});
    QCOMPARE(spec.protocol.folds, 5);
    QCOMPARE(spec.datasets[0].name, std::string("blobs")); // the file stem
}

void TestBuildSpec::badSpecs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray data = R"("datasets": [{"csv": "blobs.csv", "target": "label"}])";
    auto spec = [&](const QByteArray &body) { return "{" + body + "}"; };
    QTest::newRow("not json") << QByteArray("{\"learner\": ") << "not valid JSON";
    QTest::newRow("unknown learner") << spec(R"("learner": "deep_forest", )" + data
                                             + R"(, "hyperparameters": {"C": [1]})")
                                     << "learner: unknown learner 'deep_forest' (known:";
    QTest::newRow("unknown key") << spec(R"("learner": "svm", "epochs": 3, )" + data
                                         + R"(, "hyperparameters": {"C": [1]})")
                                 << "top level: unknown key 'epochs'";
    QTest::newRow("unknown hp") << spec(R"("learner": "svm", )" + data + R"(, "hyperparameters": {"depth": [1]})")
                                << "hyperparameters.depth: unknown hyperparameter of svm (it has:";
    QTest::newRow("value out of range") << spec(R"("learner": "svm", )" + data
                                                + R"(, "hyperparameters": {"C": [1, -5]})")
                                        << "hyperparameters.C[1]: '-5' is outside the range of C";
    QTest::newRow("text for a number") << spec(R"("learner": "svm", )" + data
                                               + R"(, "hyperparameters": {"C": ["big"]})")
                                       << "hyperparameters.C[0]: 'big' is not a number";
    QTest::newRow("bad choice") << spec(R"("learner": "svm", )" + data
                                        + R"(, "hyperparameters": {"kernel": ["rbf", "cubic"]})")
                                << "'cubic' is not a choice of kernel";
    QTest::newRow("empty grid") << spec(R"("learner": "svm", )" + data + R"(, "hyperparameters": {"C": []})")
                                << "hyperparameters.C: expected a non-empty list";
    QTest::newRow("fixed and varied") << spec(R"("learner": "svm", )" + data
                                              + R"(, "hyperparameters": {"C": [1]}, "fixed": {"C": 2})")
                                      << "fixed.C: is also in \"hyperparameters\"";
    QTest::newRow("missing dataset file") << spec(
        R"("learner": "svm", "datasets": [{"csv": "nope.csv", "target": "label"}], "hyperparameters": {"C": [1]})")
                                          << "nope.csv";
    QTest::newRow("missing target column") << spec(
        R"("learner": "svm", "datasets": [{"csv": "blobs.csv", "target": "class"}], "hyperparameters": {"C": [1]})")
                                           << "class";
    QTest::newRow("non-numeric cell") << spec(
        R"("learner": "svm", "datasets": [{"csv": "text.csv", "target": "label"}], "hyperparameters": {"C": [1]})")
                                      << "line 3";
    QTest::newRow("no datasets") << spec(R"("learner": "svm", "hyperparameters": {"C": [1]})")
                                 << "datasets: expected a non-empty list";
    QTest::newRow("fraction zero") << spec(R"("learner": "svm", )" + data
                                           + R"(, "hyperparameters": {"C": [1]}, "fidelity": {"values": [0, 1]})")
                                   << "fidelity.values[0]: 0 is not a data fraction in (0, 1]";
    QTest::newRow("one fold") << spec(R"("learner": "svm", )" + data
                                      + R"(, "hyperparameters": {"C": [1]}, "protocol": {"folds": 1})")
                              << "protocol.folds: expected 2 to 100 folds";
    QTest::newRow("too few rows for the folds")
        << spec(R"("learner": "svm", )" + data + R"(, "hyperparameters": {"C": [1]}, "fidelity": {"values": [0.02]})")
        << "protocol.folds: 'blobs' has only 4 training rows at the smallest fidelity, too few for 5 folds";
    QTest::newRow("too few rows of a class") << spec(
        R"("learner": "svm", "datasets": [{"csv": "rare.csv", "target": "label"}], "hyperparameters": {"C": [1]},
                   "protocol": {"folds": 2})")
                                             << "'rare' keeps 1 row(s) of class 1";
    QTest::newRow("unsupported task") << spec(R"("learner": "logistic_regression", "task": "regression", )" + data
                                              + R"(, "hyperparameters": {"learning_rate": [0.1]})")
                                      << "task: logistic_regression does not do regression";
}

void TestBuildSpec::badSpecs()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString path = writeSpec(json);
    try {
        loadBuildSpec(path.toStdString());
        QFAIL("no error");
    } catch (const Error &error) {
        const QString message = QString::fromStdString(error.what());
        QVERIFY2(message.contains(expected), qPrintable(message));
        // Errors about the spec itself name it; dataset errors name the data file.
        QVERIFY2(message.contains(path) || message.contains(QStringLiteral(".csv")), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestBuildSpec)
#include "tst_buildspec.moc"
