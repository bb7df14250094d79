// Learners: declarations are consistent, every learner fits easy data, fits are
// deterministic (also when run concurrently), invalid configurations are
// rejected naming the HP, and models outlive their training data. Also prints
// the time per fit with default values, for sizing sample grids.
#include "core/CoreTestHelpers.h"

#include "build/Learner.h"
#include "util/Format.h"

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <thread>

using namespace hplx;
using namespace hplx::build;

namespace {

// `classes` Gaussian blobs (sd 1) on a circle of radius `radius` in the
// first two features; further features are noise.
Dataset makeBlobs(std::size_t rows, std::size_t features, int classes, double radius, unsigned seed)
{
    Dataset data;
    data.name = "blobs";
    data.task = Task::Classification;
    data.rows = rows;
    data.features = features;
    data.classes = classes;
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    for (std::size_t r = 0; r < rows; ++r) {
        const int c = static_cast<int>(r % static_cast<std::size_t>(classes));
        const double angle = 2.0 * M_PI * c / classes;
        for (std::size_t j = 0; j < features; ++j) {
            double centre = 0.0;
            if (j == 0)
                centre = radius * std::cos(angle);
            else if (j == 1)
                centre = radius * std::sin(angle);
            data.x.push_back(static_cast<float>(centre + noise(rng)));
        }
        data.y.push_back(c);
    }
    for (std::size_t j = 0; j < features; ++j)
        data.featureNames.push_back("x" + std::to_string(j));
    return data;
}

// y = 3 x0 + 1 + noise(sd); further features are noise.
Dataset makeLine(std::size_t rows, std::size_t features, double sd, unsigned seed)
{
    Dataset data;
    data.name = "line";
    data.task = Task::Regression;
    data.rows = rows;
    data.features = features;
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> uniform(-2.0, 2.0);
    std::normal_distribution<double> noise(0.0, sd);
    for (std::size_t r = 0; r < rows; ++r) {
        const double x0 = uniform(rng);
        data.x.push_back(static_cast<float>(x0));
        for (std::size_t j = 1; j < features; ++j)
            data.x.push_back(static_cast<float>(uniform(rng)));
        data.y.push_back(3.0 * x0 + 1.0 + noise(rng));
    }
    for (std::size_t j = 0; j < features; ++j)
        data.featureNames.push_back("x" + std::to_string(j));
    return data;
}

std::vector<std::size_t> allRows(const Dataset &data)
{
    std::vector<std::size_t> rows(data.rows);
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = i;
    return rows;
}

Configuration defaults(const Learner &learner)
{
    Configuration config;
    for (const auto &hp : learner.hyperparameters())
        config[hp.name] = hp.defaultValue;
    return config;
}

// A configuration that uses each learner's randomness, where it has any.
Configuration randomised(const Learner &learner)
{
    Configuration config = defaults(learner);
    if (learner.name() == "xgboost") {
        config["subsample"] = "0.7";
        config["colsample_bytree"] = "0.5";
        config["n_estimators"] = "30";
    } else if (learner.name() == "random_forest") {
        config["n_estimators"] = "20";
        config["max_features"] = "0.5";
    } else if (learner.name() == "mlp") {
        config["epochs"] = "30";
    } else if (learner.name() == "logistic_regression") {
        config["train_method"] = "mini_batch";
        config["iterations"] = "200";
    }
    return config;
}

double accuracy(const std::vector<double> &predicted, const Dataset &data)
{
    std::size_t correct = 0;
    for (std::size_t i = 0; i < predicted.size(); ++i)
        correct += predicted[i] == data.y[i];
    return double(correct) / double(predicted.size());
}

double rmse(const std::vector<double> &predicted, const Dataset &data)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < predicted.size(); ++i)
        sum += (predicted[i] - data.y[i]) * (predicted[i] - data.y[i]);
    return std::sqrt(sum / double(predicted.size()));
}

double targetSd(const Dataset &data)
{
    double mean = 0.0;
    for (double y : data.y)
        mean += y;
    mean /= double(data.rows);
    double sum = 0.0;
    for (double y : data.y)
        sum += (y - mean) * (y - mean);
    return std::sqrt(sum / double(data.rows));
}

// Bitwise equality, so that -0.0 vs 0.0 or NaN payloads would also show.
bool identical(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](double x, double y) {
               return std::memcmp(&x, &y, sizeof x) == 0;
           });
}

std::vector<double> fitPredict(const Learner &learner, const Dataset &data, const Configuration &config,
                               std::uint64_t seed)
{
    const auto rows = allRows(data);
    return learner.fit(data, rows, config, seed)->predict(data, rows);
}

void addLearnerRows()
{
    QTest::addColumn<QString>("learner");
    for (const auto &name : learnerNames())
        QTest::newRow(name.c_str()) << QString::fromStdString(name);
}

std::unique_ptr<Learner> fetchLearner(const QString &name)
{
    auto learner = makeLearner(name.toStdString());
    if (!learner)
        qFatal("unknown learner %s", qPrintable(name));
    return learner;
}

} // namespace

class TestLearners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factory();
    void declarations_data() { addLearnerRows(); }
    void declarations();
    void fitsBlobs_data();
    void fitsBlobs();
    void fitsLine_data() { addLearnerRows(); }
    void fitsLine();
    void deterministic_data() { addLearnerRows(); }
    void deterministic();
    void concurrentFitsMatchSequential_data() { addLearnerRows(); }
    void concurrentFitsMatchSequential();
    void randomForestSeedsMatter();
    void invalidValues_data() { addLearnerRows(); }
    void invalidValues();
    void invalidRows_data() { addLearnerRows(); }
    void invalidRows();
    void modelOutlivesTrainingData_data() { addLearnerRows(); }
    void modelOutlivesTrainingData();
    void subsetMissingAClass_data() { addLearnerRows(); }
    void subsetMissingAClass();
    void extremeValues_data() { addLearnerRows(); }
    void extremeValues();
    void mlpActivations_data();
    void mlpActivations();
    void fitTimes();
};

void TestLearners::factory()
{
    const auto names = learnerNames();
    QCOMPARE(names.size(), std::size_t(5));
    for (const auto &name : names) {
        const auto learner = makeLearner(name);
        QVERIFY2(learner, name.c_str());
        QCOMPARE(learner->name(), name);
        QVERIFY(!learner->library().empty());
        QVERIFY(learner->supports(Task::Classification));
        qInfo("%s: %s", name.c_str(), learner->library().c_str());
    }
    QVERIFY(makeLearner("nope") == nullptr);
    QVERIFY(makeLearner("") == nullptr);
    QVERIFY(!makeLearner("logistic_regression")->supports(Task::Regression));
    QVERIFY(makeLearner("svm")->supports(Task::Regression));
}

void TestLearners::declarations()
{
    QFETCH(QString, learner);
    const auto l = fetchLearner(learner);
    const auto hps = l->hyperparameters();
    QVERIFY(!hps.empty());
    std::vector<std::string> names;
    for (const auto &hp : hps) {
        const QByteArray context = QByteArray::fromStdString(hp.name);
        QVERIFY2(!hp.name.empty(), context);
        names.push_back(hp.name);
        QVERIFY2(!hp.help.empty(), context);
        QVERIFY2(!hp.defaultGrid.empty(), context);
        auto valid = [&hp](const std::string &label) {
            if (hp.kind == HpKind::Categorical || !hp.choices.empty())
                return std::find(hp.choices.begin(), hp.choices.end(), label) != hp.choices.end();
            const auto v = parseNumber(label);
            return v && *v >= hp.min && *v <= hp.max && (!hp.integer || *v == std::floor(*v))
                   && (!hp.logScale || *v > 0.0 || label == hp.defaultValue);
        };
        if (hp.kind == HpKind::Categorical) {
            QVERIFY2(!hp.choices.empty(), context);
            QVERIFY2(!hp.logScale && !hp.integer, context);
        } else {
            QVERIFY2(hp.choices.empty(), context);
            QVERIFY2(hp.min < hp.max, context);
        }
        QVERIFY2(valid(hp.defaultValue), context + " default " + QByteArray::fromStdString(hp.defaultValue));
        for (const auto &label : hp.defaultGrid)
            QVERIFY2(valid(label), context + " grid value " + QByteArray::fromStdString(label));
        // The grid must be usable as a spec's value list: no duplicates.
        Hyperparameter built = Hyperparameter::fromObserved(hp.name, hp.kind, hp.defaultGrid);
        QCOMPARE(std::size_t(built.size()), hp.defaultGrid.size());
    }
    std::sort(names.begin(), names.end());
    QVERIFY(std::adjacent_find(names.begin(), names.end()) == names.end());
    // The defaults are a valid configuration.
    const Dataset data = makeBlobs(40, 2, 2, 4.0, 1);
    QVERIFY(l->fit(data, allRows(data), defaults(*l), 0));
}

void TestLearners::fitsBlobs_data()
{
    QTest::addColumn<QString>("learner");
    QTest::addColumn<int>("classes");
    for (const auto &name : learnerNames()) {
        for (int classes : {2, 3})
            QTest::addRow("%s %d classes", name.c_str(), classes) << QString::fromStdString(name) << classes;
    }
}

void TestLearners::fitsBlobs()
{
    QFETCH(QString, learner);
    QFETCH(int, classes);
    const auto l = fetchLearner(learner);
    const Dataset data = makeBlobs(200, 2, classes, 6.0, 7);
    const auto predicted = fitPredict(*l, data, defaults(*l), 1);
    QCOMPARE(predicted.size(), data.rows);
    const double acc = accuracy(predicted, data);
    qInfo("%s, %d classes: training accuracy %.3f", qPrintable(learner), classes, acc);
    QVERIFY2(acc >= 0.95, qPrintable(QString::number(acc)));
}

void TestLearners::fitsLine()
{
    QFETCH(QString, learner);
    const auto l = fetchLearner(learner);
    const Dataset data = makeLine(200, 2, 0.2, 11);
    if (!l->supports(Task::Regression)) {
        const auto error = hplxtest::errorFrom([&] { l->fit(data, allRows(data), defaults(*l), 1); });
        HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
        HPLX_VERIFY_MESSAGE(error, "regression");
        return;
    }
    const auto predicted = fitPredict(*l, data, defaults(*l), 1);
    const double sd = targetSd(data);
    const double r = rmse(predicted, data);
    qInfo("%s: training RMSE %.3f, target sd %.3f", qPrintable(learner), r, sd);
    QVERIFY2(r < 0.2 * sd, qPrintable(QString::number(r)));
}

void TestLearners::deterministic()
{
    QFETCH(QString, learner);
    const auto l = fetchLearner(learner);
    // Overlapping blobs and a noisy line, so that models are not trivial.
    const Dataset blobs = makeBlobs(150, 4, 3, 1.5, 3);
    QVERIFY(identical(fitPredict(*l, blobs, randomised(*l), 42), fitPredict(*l, blobs, randomised(*l), 42)));
    if (l->supports(Task::Regression)) {
        const Dataset line = makeLine(150, 3, 1.0, 5);
        QVERIFY(identical(fitPredict(*l, line, randomised(*l), 42), fitPredict(*l, line, randomised(*l), 42)));
    }
}

void TestLearners::concurrentFitsMatchSequential()
{
    QFETCH(QString, learner);
    const auto l = fetchLearner(learner);
    const Dataset data = l->supports(Task::Regression) ? makeLine(150, 3, 1.0, 5) : makeBlobs(150, 4, 3, 1.5, 3);
    const Configuration config = randomised(*l);
    constexpr int kFits = 4;
    std::vector<std::vector<double>> sequential[2];
    for (int t = 0; t < 2; ++t) {
        for (int k = 0; k < kFits; ++k)
            sequential[t].push_back(fitPredict(*l, data, config, std::uint64_t(100 * t + k)));
    }
    std::vector<std::vector<double>> concurrent[2];
    std::string failure[2];
    auto work = [&](int t) {
        try {
            for (int k = 0; k < kFits; ++k)
                concurrent[t].push_back(fitPredict(*l, data, config, std::uint64_t(100 * t + k)));
        } catch (const std::exception &e) {
            failure[t] = e.what();
        }
    };
    std::thread first(work, 0), second(work, 1);
    first.join();
    second.join();
    for (int t = 0; t < 2; ++t) {
        QVERIFY2(failure[t].empty(), failure[t].c_str());
        QCOMPARE(concurrent[t].size(), std::size_t(kFits));
        for (int k = 0; k < kFits; ++k)
            QVERIFY2(identical(sequential[t][k], concurrent[t][k]),
                     qPrintable(QStringLiteral("thread %1 fit %2").arg(t).arg(k)));
    }
}

void TestLearners::randomForestSeedsMatter()
{
    const auto l = makeLearner("random_forest");
    const Dataset data = makeLine(150, 3, 1.0, 5);
    const auto reference = fitPredict(*l, data, randomised(*l), 1);
    int differing = 0;
    for (std::uint64_t seed = 2; seed <= 5; ++seed)
        differing += !identical(reference, fitPredict(*l, data, randomised(*l), seed));
    // Bootstraps of 150 rows from different orders: any equal forest would be
    // an astonishing coincidence, but only "not all equal" must hold.
    QVERIFY(differing > 0);
    qInfo("random_forest: %d of 4 other seeds give other predictions", differing);

    // For the record: whether the seed changes the other learners' models.
    for (const auto &name : learnerNames()) {
        const auto other = makeLearner(name);
        const Dataset probe =
            other->supports(Task::Regression) ? makeLine(150, 3, 1.0, 5) : makeBlobs(150, 4, 3, 1.5, 3);
        const bool differs = !identical(fitPredict(*other, probe, randomised(*other), 1),
                                        fitPredict(*other, probe, randomised(*other), 2));
        qInfo("%s: seeds 1 and 2 give %s predictions", name.c_str(), differs ? "different" : "identical");
    }
}

void TestLearners::invalidValues()
{
    QFETCH(QString, learner);
    const auto l = fetchLearner(learner);
    const Dataset data = makeBlobs(40, 2, 2, 4.0, 1);
    const auto rows = allRows(data);
    auto expectError = [&](const Configuration &config, const std::string &part) {
        const auto error = hplxtest::errorFrom([&] { l->fit(data, rows, config, 0); });
        HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
        HPLX_VERIFY_MESSAGE(error, part);
        HPLX_VERIFY_MESSAGE(error, l->name() + ":");
    };
    for (const auto &hp : l->hyperparameters()) {
        const std::string quoted = "'" + hp.name + "'";
        std::vector<std::string> bad;
        if (hp.kind == HpKind::Categorical) {
            bad = {"nope", "", hp.choices.front() + " "};
        } else {
            bad = {"abc", "", formatNumber(hp.max * 2 + 1), formatNumber(hp.min - 1), "nan", "inf", "1,5"};
            if (hp.integer)
                bad.push_back(formatNumber(hp.min + 0.5));
        }
        for (const auto &value : bad) {
            Configuration config = defaults(*l);
            config[hp.name] = value;
            expectError(config, quoted + " = '" + value + "'");
            if (QTest::currentTestFailed())
                return;
        }
        Configuration missing = defaults(*l);
        missing.erase(hp.name);
        expectError(missing, quoted);
        if (QTest::currentTestFailed())
            return;
    }
    Configuration unknown = defaults(*l);
    unknown["no_such_hp"] = "1";
    expectError(unknown, "'no_such_hp'");
}

void TestLearners::invalidRows()
{
    QFETCH(QString, learner);
    const auto l = fetchLearner(learner);
    const Dataset data = makeBlobs(40, 2, 2, 4.0, 1);
    const Configuration config = defaults(*l);
    auto error = hplxtest::errorFrom([&] { l->fit(data, {}, config, 0); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    error = hplxtest::errorFrom([&] { l->fit(data, {0, 1, 40}, config, 0); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    HPLX_VERIFY_MESSAGE(error, "row 40");
    Dataset badLabel = data;
    badLabel.y[3] = 2.0;
    error = hplxtest::errorFrom([&] { l->fit(badLabel, allRows(badLabel), config, 0); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    HPLX_VERIFY_MESSAGE(error, "class index");

    const auto model = l->fit(data, allRows(data), config, 0);
    const Dataset wider = makeBlobs(10, 3, 2, 4.0, 1);
    error = hplxtest::errorFrom([&] { model->predict(wider, allRows(wider)); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    HPLX_VERIFY_MESSAGE(error, "features");
    error = hplxtest::errorFrom([&] { model->predict(data, {40}); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    QVERIFY(model->predict(data, {}).empty());
}

void TestLearners::modelOutlivesTrainingData()
{
    QFETCH(QString, learner);
    const auto l = fetchLearner(learner);
    const Dataset keep = makeBlobs(120, 3, 3, 1.5, 9);
    std::unique_ptr<Model> model;
    std::vector<double> before;
    {
        const Dataset temporary = keep; // the model must not point into this copy
        model = l->fit(temporary, allRows(temporary), defaults(*l), 3);
        before = model->predict(temporary, allRows(temporary));
    }
    QVERIFY(identical(before, model->predict(keep, allRows(keep))));
    // Odd row orders and repeats predict row by row.
    const std::vector<std::size_t> some = {5, 0, 5, 119};
    const auto picked = model->predict(keep, some);
    for (std::size_t i = 0; i < some.size(); ++i)
        QCOMPARE(picked[i], before[some[i]]);
}

void TestLearners::subsetMissingAClass()
{
    // Training rows of a CV fold may lack a class of the dataset; predictions
    // must still be class indices of the dataset.
    QFETCH(QString, learner);
    const auto l = fetchLearner(learner);
    const Dataset data = makeBlobs(90, 2, 3, 6.0, 4);
    std::vector<std::size_t> rows;
    for (std::size_t r = 0; r < data.rows; ++r) {
        if (data.y[r] != 1.0)
            rows.push_back(r);
    }
    const auto predicted = l->fit(data, rows, defaults(*l), 0)->predict(data, rows);
    std::size_t correct = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        QVERIFY(predicted[i] == 0.0 || predicted[i] == 1.0 || predicted[i] == 2.0);
        correct += predicted[i] == data.y[rows[i]];
    }
    QVERIFY2(correct >= rows.size() * 95 / 100, qPrintable(QString::number(correct)));
}

void TestLearners::extremeValues()
{
    // Each HP at its declared bounds (the others at their defaults) must give
    // a model or an hplx::Error, never another exception or a crash. Prints
    // what happens, for the docs.
    QFETCH(QString, learner);
    const auto l = fetchLearner(learner);
    std::vector<const Dataset *> sets;
    const Dataset blobs = makeBlobs(60, 3, 3, 1.5, 13);
    const Dataset line = makeLine(60, 3, 0.5, 14);
    sets.push_back(&blobs);
    if (l->supports(Task::Regression))
        sets.push_back(&line);
    for (const auto &hp : l->hyperparameters()) {
        const std::vector<std::string> values =
            hp.choices.empty() ? std::vector<std::string>{formatNumber(hp.min), formatNumber(hp.max)} : hp.choices;
        for (const auto &value : values) {
            Configuration config = defaults(*l);
            config[hp.name] = value;
            for (const Dataset *data : sets) {
                QElapsedTimer timer;
                timer.start();
                std::string outcome;
                try {
                    const auto predicted = fitPredict(*l, *data, config, 1);
                    const bool finite =
                        std::all_of(predicted.begin(), predicted.end(), [](double v) { return std::isfinite(v); });
                    outcome = data->task == Task::Classification
                                  ? "accuracy " + formatNumber(std::round(accuracy(predicted, *data) * 100) / 100)
                                  : "rmse " + formatNumber(std::round(rmse(predicted, *data) * 100) / 100);
                    if (!finite)
                        outcome += " (non-finite predictions)";
                } catch (const Error &error) {
                    outcome = std::string("Error: ") + error.what();
                }
                qInfo("%s %s=%s on %s: %s, %.0f ms", qPrintable(learner), hp.name.c_str(), value.c_str(),
                      data->name.c_str(), outcome.c_str(), double(timer.nsecsElapsed()) / 1e6);
            }
        }
    }
}

void TestLearners::mlpActivations_data()
{
    QTest::addColumn<QString>("activation");
    for (const auto &hp : makeLearner("mlp")->hyperparameters()) {
        if (hp.name == "activation") {
            for (const auto &choice : hp.choices)
                QTest::newRow(choice.c_str()) << QString::fromStdString(choice);
        }
    }
}

void TestLearners::mlpActivations()
{
    // OpenCV's output scaling is broken for RELU/LEAKYRELU (NaN); every
    // activation must train with the default learning rate.
    QFETCH(QString, activation);
    const auto l = makeLearner("mlp");
    Configuration config = defaults(*l);
    config["activation"] = activation.toStdString();
    const Dataset blobs = makeBlobs(200, 2, 3, 6.0, 7);
    const double acc = accuracy(fitPredict(*l, blobs, config, 1), blobs);
    const Dataset line = makeLine(200, 2, 0.2, 11);
    const double r = rmse(fitPredict(*l, line, config, 1), line);
    qInfo("mlp %s: blobs accuracy %.3f, line RMSE %.3f (target sd %.3f)", qPrintable(activation), acc, r,
          targetSd(line));
    QVERIFY2(acc >= 0.95, qPrintable(QString::number(acc)));
    QVERIFY2(r < 0.2 * targetSd(line), qPrintable(QString::number(r)));
}

void TestLearners::fitTimes()
{
    const Dataset blobs = makeBlobs(500, 10, 3, 2.0, 21);
    const Dataset line = makeLine(500, 10, 1.0, 22);
    const auto rows = allRows(blobs);
    for (const auto &name : learnerNames()) {
        const auto l = makeLearner(name);
        for (const Dataset *data : {&blobs, &line}) {
            if (!l->supports(data->task))
                continue;
            std::vector<double> ms;
            for (int k = 0; k < 3; ++k) {
                QElapsedTimer timer;
                timer.start();
                l->fit(*data, rows, defaults(*l), std::uint64_t(k));
                ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            std::sort(ms.begin(), ms.end());
            qInfo("fit time %-20s %-14s 500 rows x 10 features, defaults: median %.1f ms (min %.1f, max %.1f)",
                  name.c_str(), data->task == Task::Classification ? "3 classes" : "regression", ms[1], ms[0], ms[2]);
        }
    }
}

QTEST_GUILESS_MAIN(TestLearners)
#include "tst_learners.moc"
