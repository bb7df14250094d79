// importCsv: grids, fidelities, groups, scores, missing cells, duplicates, value
// orders, error messages, and that a failed import leaves the files as they were.
#include "core/CoreTestHelpers.h"

#include "import/CsvImport.h"
#include "jobs/Feedback.h"
#include "store/DatabaseWriter.h"
#include "store/LandscapeDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace hplx;
using hplxtest::errorFrom;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

QString fixture(const char *name)
{
    return QStringLiteral(HPLX_TEST_FIXTURES "/") + QLatin1String(name);
}

// The landscape of a database with this split, fidelity value and dataset.
const LandscapeInfo *findLandscape(const LandscapeDatabase &db, const std::string &split,
                                   std::optional<double> fidelity = {}, const std::string &dataset = {})
{
    const LandscapeInfo *found = nullptr;
    for (const auto &info : db.landscapes()) {
        if (info.key.split == split && info.key.fidelityValue == fidelity
            && (dataset.empty() || info.key.dataset == dataset)) {
            if (found)
                return nullptr; // ambiguous: the test expects one
            found = &info;
        }
    }
    return found;
}

// NaN-aware exact comparison with a readable failure message.
bool sameLosses(const std::vector<double> &got, const std::vector<double> &expected, QByteArray *why)
{
    if (got.size() != expected.size()) {
        *why = "size " + QByteArray::number(qulonglong(got.size()))
               + " != " + QByteArray::number(qulonglong(expected.size()));
        return false;
    }
    for (std::size_t id = 0; id < got.size(); ++id) {
        const bool same = std::isnan(expected[id]) ? std::isnan(got[id]) : got[id] == expected[id];
        if (!same) {
            *why = "config " + QByteArray::number(qulonglong(id)) + ": got " + QByteArray::number(got[id], 'g', 17)
                   + ", expected " + QByteArray::number(expected[id], 'g', 17);
            return false;
        }
    }
    return true;
}

#define COMPARE_LOSSES(got, expected)                                                                                  \
    do {                                                                                                               \
        QByteArray why;                                                                                                \
        QVERIFY2(sameLosses(got, expected, &why), why.constData());                                                    \
    } while (false)

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void gridWithFidelity();
    void scores_data();
    void scores();
    void groupBy();
    void groupsGetTheirOwnSpaces();
    void groupsAndFidelities();
    void missingCells();
    void partialGrid();
    void emptyColumnIsReportedNotStored();
    void equalNumbersMerge();
    void duplicatesError();
    void duplicatesMean();
    void duplicatesFirst();
    void valueOrder();
    void valueOrderRejectsUnlistedValue();
    void categoricalKeepsFirstSeenOrder();
    void namesAndSplitOverrides();
    void blankLinesCrlfAndQuotes();
    void errors_data();
    void errors();
    void failedImportLeavesNoNewFile();
    void failedImportLeavesExistingFileIdentical_data();
    void failedImportLeavesExistingFileIdentical();
    void importIntoExistingFileAddsLandscapes();
    void guessSplit_data();
    void guessSplit();

private:
    QString writeCsv(const QByteArray &bytes, const QString &name = QStringLiteral("runs.csv"));
    CsvImportOptions options(const QString &csv, const QString &db = QString());
    QString dbPath() const { return m_dir->filePath(QStringLiteral("out.hplx")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCsvImport::writeCsv(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    hplxtest::writeFile(path, bytes);
    return path;
}

CsvImportOptions TestCsvImport::options(const QString &csv, const QString &db)
{
    CsvImportOptions result;
    result.csvPath = csv.toStdString();
    result.dbPath = (db.isEmpty() ? dbPath() : db).toStdString();
    return result;
}

void TestCsvImport::gridWithFidelity()
{
    auto opts = options(fixture("grid_2x3_fidelity.csv"));
    opts.hps = {"lr", "depth"};
    opts.lossColumns = {"train_error", "test_error"};
    opts.fidelity = "epochs";
    const auto report = importCsv(opts);

    QCOMPARE(report.rows, std::uint64_t(12));
    QCOMPARE(report.spaces.at(0).size, std::uint64_t(6));
    QCOMPARE(report.spaces.at(0).hpSummaries,
             (std::vector<std::string>{"lr (ordinal, 2 values)", "depth (ordinal, 3 values)"}));
    QCOMPARE(report.ignoredColumns, std::vector<std::string>{"seed"});
    QCOMPARE(report.landscapes.size(), std::size_t(4));
    // Groups, then fidelity values ascending, then loss columns in the given order.
    QCOMPARE(report.landscapes[0].description,
             std::string("grid_2x3_fidelity / grid_2x3_fidelity / epochs=10 / train / train_error"));
    QCOMPARE(report.landscapes[1].description,
             std::string("grid_2x3_fidelity / grid_2x3_fidelity / epochs=10 / test / test_error"));
    QCOMPARE(report.landscapes[2].description,
             std::string("grid_2x3_fidelity / grid_2x3_fidelity / epochs=20 / train / train_error"));
    QCOMPARE(report.landscapes[3].column, std::string("test_error"));
    for (const auto &landscape : report.landscapes) {
        QCOMPARE(landscape.evaluated, std::uint64_t(6));
        QCOMPARE(landscape.missingRows, std::uint64_t(0));
        QCOMPARE(landscape.duplicateRows, std::uint64_t(0));
    }

    const LandscapeDatabase db(dbPath().toStdString());
    QCOMPARE(db.spaces().size(), std::size_t(1));
    QCOMPARE(db.spaces()[0].id, report.spaces.at(0).id);
    QCOMPARE(db.spaces()[0].name, std::string("grid_2x3_fidelity"));
    const SearchSpace &space = *db.spaces()[0].space;
    // lr first appears as 0.1 but is sorted: id = lr index * 3 + depth index.
    QCOMPARE(space.hp(0).labels(), (std::vector<std::string>{"0.01", "0.1"}));
    QCOMPARE(space.hp(1).labels(), (std::vector<std::string>{"1", "2", "3"}));
    QVERIFY(space.hp(0).kind() == HpKind::Ordinal);
    QCOMPARE(space.describe(3), std::string("lr=0.1, depth=1"));

    struct Expected
    {
        const char *split;
        double epochs;
        std::vector<double> loss;
    };
    const Expected expected[] = {
        {"train", 10, {0.50, 0.45, 0.40, 0.30, 0.20, 0.10}},
        {"test", 10, {0.55, 0.50, 0.45, 0.40, 0.35, 0.30}},
        {"train", 20, {0.48, 0.43, 0.38, 0.28, 0.18, 0.08}},
        {"test", 20, {0.53, 0.48, 0.43, 0.38, 0.33, 0.28}},
    };
    QCOMPARE(db.landscapes().size(), std::size_t(4));
    for (const auto &e : expected) {
        const auto *info = findLandscape(db, e.split, e.epochs);
        QVERIFY2(info, e.split);
        QCOMPARE(info->key.model, std::string("grid_2x3_fidelity"));
        QCOMPARE(info->key.dataset, std::string("grid_2x3_fidelity"));
        QCOMPARE(info->key.fidelityName, std::string("epochs"));
        QCOMPARE(info->key.lossName, std::string(e.split) + "_error");
        QCOMPARE(info->source, std::string("csv:grid_2x3_fidelity.csv"));
        QVERIFY(hplxtest::contains(info->attributes, "\"source_column\":\"" + std::string(e.split) + "_error\""));
        QVERIFY(!hplxtest::contains(info->attributes, "transform"));
        COMPARE_LOSSES(db.loadLandscape(info->id).losses(), e.loss);
    }
}

void TestCsvImport::scores_data()
{
    QTest::addColumn<bool>("bounded");
    QTest::addColumn<double>("bound");
    QTest::addColumn<QString>("lossName");
    QTest::addColumn<QString>("transform");
    QTest::addColumn<QList<double>>("loss"); // for scores 0.8, 0.75, 0.5 (ids 0, 1, 2)
    QTest::newRow("1-x") << true << 1.0 << "1-test_accuracy"
                         << "1-x" << QList<double>{1.0 - 0.8, 0.25, 0.5};
    QTest::newRow("100-x") << true << 100.0 << "100-test_accuracy"
                           << "100-x" << QList<double>{99.2, 99.25, 99.5};
    QTest::newRow("-x") << false << 0.0 << "-test_accuracy"
                        << "-x" << QList<double>{-0.8, -0.75, -0.5};
}

void TestCsvImport::scores()
{
    QFETCH(bool, bounded);
    QFETCH(double, bound);
    QFETCH(QString, lossName);
    QFETCH(QString, transform);
    QFETCH(QList<double>, loss);
    auto opts = options(writeCsv("c,test_accuracy\nx,0.8\ny,0.75\nz,0.5\n"));
    opts.hps = {"c"};
    opts.categorical = {"c"};
    opts.scoreColumns = {{"test_accuracy", bounded ? std::optional<double>(bound) : std::nullopt}};
    const auto report = importCsv(opts);
    QCOMPARE(report.landscapes.size(), std::size_t(1));
    const LandscapeDatabase db(dbPath().toStdString());
    const auto &info = db.landscapes().front();
    QCOMPARE(QString::fromStdString(info.key.lossName), lossName);
    QCOMPARE(info.key.split, std::string("test"));
    QVERIFY(hplxtest::contains(info.attributes, "\"transform\":\"" + transform.toStdString() + "\""));
    const auto losses = db.loadLandscape(info.id).losses();
    // 100 - 0.8 is not exactly 99.2 in binary: compare with the closed form where it matters.
    const std::vector<double> expected = bounded && bound == 100.0
                                             ? std::vector<double>{100.0 - 0.8, 100.0 - 0.75, 100.0 - 0.5}
                                             : std::vector<double>(loss.begin(), loss.end());
    COMPARE_LOSSES(losses, expected);
}

void TestCsvImport::groupBy()
{
    // Two datasets; iris lacks one configuration.
    auto opts = options(writeCsv("dataset,opt,valid_error\n"
                                 "wine,sgd,0.3\n"
                                 "iris,sgd,0.1\n"
                                 "wine,adam,0.2\n")); // iris has no adam row
    opts.hps = {"opt"};
    opts.categorical = {"opt"};
    opts.lossColumns = {"valid_error"};
    opts.groupBy = "dataset";
    opts.sharedSpace = true; // one space from both groups' values
    opts.model = "mlp";
    const auto report = importCsv(opts);
    QCOMPARE(report.landscapes.size(), std::size_t(2));
    QCOMPARE(report.landscapes[0].description, std::string("mlp / wine / valid / valid_error"));
    QCOMPARE(report.landscapes[1].description, std::string("mlp / iris / valid / valid_error"));
    QVERIFY(report.ignoredColumns.empty());

    const LandscapeDatabase db(dbPath().toStdString());
    QCOMPARE(db.spaces().size(), std::size_t(1));
    QCOMPARE(db.spaces()[0].name, std::string("mlp")); // space name defaults to the model
    const auto *wine = findLandscape(db, "valid", {}, "wine");
    const auto *iris = findLandscape(db, "valid", {}, "iris");
    QVERIFY(wine && iris);
    QCOMPARE(wine->spaceId, iris->spaceId);
    QCOMPARE(wine->key.model, std::string("mlp"));
    // opt is categorical: first-seen order sgd, adam.
    COMPARE_LOSSES(db.loadLandscape(wine->id).losses(), (std::vector<double>{0.3, 0.2}));
    COMPARE_LOSSES(db.loadLandscape(iris->id).losses(), (std::vector<double>{0.1, kNaN}));
    QCOMPARE(iris->evaluated, std::uint64_t(1));
}

void TestCsvImport::groupsGetTheirOwnSpaces()
{
    // Without sharedSpace each group's space holds the values that group has:
    // wine and iris both ran lr {0.1, 1} (one shared space, stored once), kaggle
    // ran lr {0.01, 1}: two spaces of two values each.
    auto opts = options(writeCsv("dataset,lr,valid_error\n"
                                 "wine,1,0.3\n"
                                 "wine,0.1,0.2\n"
                                 "iris,0.1,0.6\n"
                                 "kaggle,0.01,0.9\n"
                                 "iris,1.0,0.5\n"
                                 "kaggle,1,0.7\n"));
    opts.hps = {"lr"};
    opts.lossColumns = {"valid_error"};
    opts.groupBy = "dataset";
    const auto report = importCsv(opts);
    QCOMPARE(report.spaces.size(), std::size_t(2));
    QCOMPARE(report.spaces[0].size, std::uint64_t(2));
    QCOMPARE(report.spaces[0].groups, (std::vector<std::string>{"wine", "iris"}));
    QCOMPARE(report.spaces[1].size, std::uint64_t(2));
    QCOMPARE(report.spaces[1].groups, std::vector<std::string>{"kaggle"});
    QCOMPARE(report.landscapes.size(), std::size_t(3));
    QCOMPARE(report.landscapes[2].spaceId, report.spaces[1].id);

    const LandscapeDatabase db(dbPath().toStdString());
    QCOMPARE(db.spaces().size(), std::size_t(2));
    const auto *wine = findLandscape(db, "valid", {}, "wine");
    const auto *iris = findLandscape(db, "valid", {}, "iris");
    const auto *kaggle = findLandscape(db, "valid", {}, "kaggle");
    QVERIFY(wine && iris && kaggle);
    QCOMPARE(wine->spaceId, iris->spaceId);
    QVERIFY(kaggle->spaceId != wine->spaceId);
    // Sorted numerically: id 0 is lr=0.1, id 1 is lr=1 (kaggle: 0.01, 1); iris's
    // "1.0" is the file's first spelling of that value, "1".
    COMPARE_LOSSES(db.loadLandscape(wine->id).losses(), (std::vector<double>{0.2, 0.3}));
    COMPARE_LOSSES(db.loadLandscape(iris->id).losses(), (std::vector<double>{0.6, 0.5}));
    COMPARE_LOSSES(db.loadLandscape(kaggle->id).losses(), (std::vector<double>{0.9, 0.7}));
    QCOMPARE(db.space(wine->spaceId).space->hp(0).labels(), (std::vector<std::string>{"0.1", "1"}));

    // sharedSpace puts all three on one space of the three values.
    QVERIFY(QFile::remove(dbPath()));
    opts.sharedSpace = true;
    const auto shared = importCsv(opts);
    QCOMPARE(shared.spaces.size(), std::size_t(1));
    QCOMPARE(shared.spaces[0].size, std::uint64_t(3));
    const LandscapeDatabase sharedDb(dbPath().toStdString());
    COMPARE_LOSSES(sharedDb.loadLandscape(findLandscape(sharedDb, "valid", {}, "wine")->id).losses(),
                   (std::vector<double>{kNaN, 0.2, 0.3}));
}

void TestCsvImport::groupsAndFidelities()
{
    // wine ran at epochs 10 and 20, iris only at 10: three landscapes, not four.
    auto opts = options(writeCsv("dataset,a,ep,test_error\n"
                                 "wine,1,10,0.1\n"
                                 "wine,2,10,0.2\n"
                                 "wine,1,20,0.05\n"
                                 "iris,1,10,0.3\n"));
    opts.hps = {"a"};
    opts.lossColumns = {"test_error"};
    opts.groupBy = "dataset";
    opts.sharedSpace = true;
    opts.fidelity = "ep";
    const auto report = importCsv(opts);
    QCOMPARE(report.landscapes.size(), std::size_t(3));
    QCOMPARE(report.landscapes[0].description, std::string("runs / wine / ep=10 / test / test_error"));
    QCOMPARE(report.landscapes[1].description, std::string("runs / wine / ep=20 / test / test_error"));
    QCOMPARE(report.landscapes[2].description, std::string("runs / iris / ep=10 / test / test_error"));
    const LandscapeDatabase db(dbPath().toStdString());
    QCOMPARE(db.landscapes().size(), std::size_t(3));
    COMPARE_LOSSES(db.loadLandscape(findLandscape(db, "test", 10.0, "wine")->id).losses(),
                   (std::vector<double>{0.1, 0.2}));
    COMPARE_LOSSES(db.loadLandscape(findLandscape(db, "test", 20.0, "wine")->id).losses(),
                   (std::vector<double>{0.05, kNaN}));
    COMPARE_LOSSES(db.loadLandscape(findLandscape(db, "test", 10.0, "iris")->id).losses(),
                   (std::vector<double>{0.3, kNaN}));
    QVERIFY(!findLandscape(db, "test", 20.0, "iris"));
}

void TestCsvImport::missingCells()
{
    // Grid a in {1,2,3}; the test column misses four cells written four ways.
    auto opts = options(writeCsv("a,train_loss,test_loss\n"
                                 "1,0.1,\n"
                                 "2,0.2,NA\n"
                                 "3,0.3,nan\n"
                                 "4,0.4,  \n"
                                 "5,N/A,0.5\n"
                                 "6,0.6,NaN\n"));
    opts.hps = {"a"};
    opts.lossColumns = {"train_loss", "test_loss"};
    const auto report = importCsv(opts);
    QCOMPARE(report.landscapes.size(), std::size_t(2));
    QCOMPARE(report.landscapes[0].evaluated, std::uint64_t(5));
    QCOMPARE(report.landscapes[0].missingRows, std::uint64_t(1));
    QCOMPARE(report.landscapes[1].evaluated, std::uint64_t(1));
    QCOMPARE(report.landscapes[1].missingRows, std::uint64_t(5));

    const LandscapeDatabase db(dbPath().toStdString());
    const auto *train = findLandscape(db, "train");
    const auto *test = findLandscape(db, "test");
    QVERIFY(train && test);
    COMPARE_LOSSES(db.loadLandscape(train->id).losses(), (std::vector<double>{0.1, 0.2, 0.3, 0.4, kNaN, 0.6}));
    COMPARE_LOSSES(db.loadLandscape(test->id).losses(), (std::vector<double>{kNaN, kNaN, kNaN, kNaN, 0.5, kNaN}));
    QVERIFY(hplxtest::contains(test->attributes, "\"missing_rows\":5"));
}

void TestCsvImport::partialGrid()
{
    // The grid is built from the values that occur: a in {1,2}, b in {z,x}; (1,z) has no row.
    auto opts = options(writeCsv("a,b,test_error\n2,z,0.9\n1,x,0.1\n2,x,0.4\n"));
    opts.hps = {"a", "b"};
    opts.lossColumns = {"test_error"};
    const auto report = importCsv(opts);
    QCOMPARE(report.spaces.at(0).size, std::uint64_t(4));
    QCOMPARE(report.landscapes.front().evaluated, std::uint64_t(3));
    const LandscapeDatabase db(dbPath().toStdString());
    // b is ordinal text: first-seen order z, x. Ids: (1,z)=0 (1,x)=1 (2,z)=2 (2,x)=3.
    const SearchSpace &space = *db.spaces()[0].space;
    QCOMPARE(space.hp(1).labels(), (std::vector<std::string>{"z", "x"}));
    QCOMPARE(space.size(), ConfigId(4));
    const auto landscape = db.loadLandscape(db.landscapes().front().id);
    COMPARE_LOSSES(landscape.losses(), (std::vector<double>{kNaN, 0.1, 0.9, 0.4}));
    QVERIFY(!landscape.isComplete());
}

void TestCsvImport::emptyColumnIsReportedNotStored()
{
    auto opts = options(writeCsv("a,train_loss,test_loss\n1,0.1,\n2,0.2,\n"));
    opts.hps = {"a"};
    opts.lossColumns = {"train_loss", "test_loss"};
    const auto report = importCsv(opts);
    QCOMPARE(report.landscapes.size(), std::size_t(2));
    QCOMPARE(report.landscapes[1].id, std::int64_t(0));
    QVERIFY(hplxtest::contains(report.landscapes[1].description, "not stored"));
    QCOMPARE(report.landscapes[1].missingRows, std::uint64_t(2));
    const LandscapeDatabase db(dbPath().toStdString());
    QCOMPARE(db.landscapes().size(), std::size_t(1));
    QCOMPARE(db.landscapes()[0].key.split, std::string("train"));
}

void TestCsvImport::equalNumbersMerge()
{
    // "1" and "1.0" are one ordinal value, so the second row repeats a configuration.
    auto opts = options(writeCsv("a,test_error\n1,0.25\n2,0.5\n1.0,0.75\n"));
    opts.hps = {"a"};
    opts.lossColumns = {"test_error"};
    opts.duplicates = DuplicatePolicy::Mean;
    const auto report = importCsv(opts);
    QCOMPARE(report.spaces.at(0).size, std::uint64_t(2));
    QCOMPARE(report.landscapes.front().duplicateRows, std::uint64_t(1));
    const LandscapeDatabase db(dbPath().toStdString());
    QCOMPARE(db.spaces()[0].space->hp(0).labels(), (std::vector<std::string>{"1", "2"}));
    COMPARE_LOSSES(db.loadLandscape(db.landscapes().front().id).losses(), (std::vector<double>{0.5, 0.5}));
}

void TestCsvImport::duplicatesError()
{
    auto opts = options(writeCsv("a,b,test_error\n"
                                 "1,x,0.1\n"
                                 "2,x,0.2\n"
                                 "1,y,0.3\n"
                                 "2,x,0.4\n"));
    opts.hps = {"a", "b"};
    opts.lossColumns = {"test_error"};
    const auto error = errorFrom([&] { importCsv(opts); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    // Row 2,x is on lines 3 and 5.
    HPLX_VERIFY_MESSAGE(error, "runs.csv, line 5");
    HPLX_VERIFY_MESSAGE(error, "on line 3");
    HPLX_VERIFY_MESSAGE(error, "a=2, b=x");
    HPLX_VERIFY_MESSAGE(error, "'test_error'");
    HPLX_VERIFY_MESSAGE(error, "--duplicates");
    QVERIFY(!QFileInfo::exists(dbPath()));

    // A repeat whose earlier cell was missing is not a duplicate.
    auto holes = options(writeCsv("a,test_error\n1,\n1,0.5\n2,0.25\n"));
    holes.hps = {"a"};
    holes.lossColumns = {"test_error"};
    const auto report = importCsv(holes);
    QCOMPARE(report.landscapes.front().duplicateRows, std::uint64_t(0));
    QCOMPARE(report.landscapes.front().missingRows, std::uint64_t(1));
}

void TestCsvImport::duplicatesMean()
{
    auto opts = options(writeCsv("a,test_error,train_error\n"
                                 "1,0.25,1\n"
                                 "2,3,0.5\n"
                                 "1,0.5,\n"
                                 "1,0.75,2\n"));
    opts.hps = {"a"};
    opts.lossColumns = {"test_error", "train_error"};
    opts.duplicates = DuplicatePolicy::Mean;
    const auto report = importCsv(opts);
    // test: a=1 has (0.25 + 0.5 + 0.75) / 3 = 0.5; train: a=1 has (1 + 2) / 2 = 1.5.
    QCOMPARE(report.landscapes[0].duplicateRows, std::uint64_t(2));
    QCOMPARE(report.landscapes[1].duplicateRows, std::uint64_t(1));
    QCOMPARE(report.landscapes[1].missingRows, std::uint64_t(1));
    const LandscapeDatabase db(dbPath().toStdString());
    COMPARE_LOSSES(db.loadLandscape(findLandscape(db, "test")->id).losses(), (std::vector<double>{0.5, 3.0}));
    COMPARE_LOSSES(db.loadLandscape(findLandscape(db, "train")->id).losses(), (std::vector<double>{1.5, 0.5}));
    QVERIFY(hplxtest::contains(findLandscape(db, "test")->attributes, "\"duplicates\":\"mean\""));
    QVERIFY(hplxtest::contains(findLandscape(db, "test")->attributes, "\"duplicate_rows\":2"));
}

void TestCsvImport::duplicatesFirst()
{
    auto opts = options(writeCsv("a,test_error\n1,0.25\n2,3\n1,0.5\n1,0.75\n"));
    opts.hps = {"a"};
    opts.lossColumns = {"test_error"};
    opts.duplicates = DuplicatePolicy::First;
    const auto report = importCsv(opts);
    QCOMPARE(report.landscapes[0].duplicateRows, std::uint64_t(2));
    const LandscapeDatabase db(dbPath().toStdString());
    COMPARE_LOSSES(db.loadLandscape(db.landscapes().front().id).losses(), (std::vector<double>{0.25, 3.0}));
    QVERIFY(hplxtest::contains(db.landscapes().front().attributes, "\"duplicates\":\"first\""));
}

void TestCsvImport::valueOrder()
{
    // The stated order wins over first appearance and over numeric sorting, and
    // may list values no row uses (a partial grid).
    auto opts = options(writeCsv("schedule,width,test_error\n"
                                 "const,64,0.1\n"
                                 "cosine,32,0.2\n"
                                 "const,32,0.3\n"));
    opts.hps = {"schedule", "width"};
    opts.categorical = {"schedule"};
    opts.valueOrder = {{"schedule", {"cosine", "const", "step"}}, {"width", {"64", "32"}}};
    opts.lossColumns = {"test_error"};
    importCsv(opts);
    const LandscapeDatabase db(dbPath().toStdString());
    const SearchSpace &space = *db.spaces()[0].space;
    QCOMPARE(space.hp(0).labels(), (std::vector<std::string>{"cosine", "const", "step"}));
    QCOMPARE(space.hp(1).labels(), (std::vector<std::string>{"64", "32"}));
    QVERIFY(space.hp(0).kind() == HpKind::Categorical);
    QVERIFY(space.hp(1).kind() == HpKind::Ordinal);
    // id = schedule index * 2 + width index.
    COMPARE_LOSSES(db.loadLandscape(db.landscapes().front().id).losses(),
                   (std::vector<double>{kNaN, 0.2, 0.1, 0.3, kNaN, kNaN}));
}

void TestCsvImport::valueOrderRejectsUnlistedValue()
{
    auto opts = options(writeCsv("schedule,test_error\nconst,0.1\ncosine,0.2\nstep,0.3\nstep,0.4\n"));
    opts.hps = {"schedule"};
    opts.valueOrder = {{"schedule", {"const", "cosine"}}};
    opts.lossColumns = {"test_error"};
    const auto error = errorFrom([&] { importCsv(opts); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    HPLX_VERIFY_MESSAGE(error, "runs.csv, line 4, column 'schedule'");
    HPLX_VERIFY_MESSAGE(error, "'step'");
    HPLX_VERIFY_MESSAGE(error, "const, cosine");
    QVERIFY(!QFileInfo::exists(dbPath()));
}

void TestCsvImport::categoricalKeepsFirstSeenOrder()
{
    auto opts = options(writeCsv("n,test_error\n10,0.1\n2,0.2\n10,\n1,0.3\n"));
    opts.hps = {"n"};
    opts.categorical = {"n"};
    opts.lossColumns = {"test_error"};
    const auto report = importCsv(opts);
    QCOMPARE(report.spaces.at(0).hpSummaries, std::vector<std::string>{"n (categorical, 3 values)"});
    const LandscapeDatabase db(dbPath().toStdString());
    QCOMPARE(db.spaces()[0].space->hp(0).labels(), (std::vector<std::string>{"10", "2", "1"}));
    COMPARE_LOSSES(db.loadLandscape(db.landscapes().front().id).losses(), (std::vector<double>{0.1, 0.2, 0.3}));
}

void TestCsvImport::namesAndSplitOverrides()
{
    auto opts = options(writeCsv("a,score,err\n1,0.5,0.25\n2,0.75,0.5\n"));
    opts.hps = {"a"};
    opts.lossColumns = {"err"};
    opts.scoreColumns = {{"score", 1.0}};
    opts.splitOf = {{"err", "train"}, {"score", "valid"}};
    opts.model = "resnet";
    opts.dataset = "cifar";
    opts.spaceName = "resnet grid";
    const auto report = importCsv(opts);
    QCOMPARE(report.landscapes.size(), std::size_t(2));
    QCOMPARE(report.landscapes[0].description, std::string("resnet / cifar / train / err"));
    QCOMPARE(report.landscapes[1].description, std::string("resnet / cifar / valid / 1-score"));
    const LandscapeDatabase db(dbPath().toStdString());
    QCOMPARE(db.spaces()[0].name, std::string("resnet grid"));
    COMPARE_LOSSES(db.loadLandscape(findLandscape(db, "valid")->id).losses(), (std::vector<double>{0.5, 0.25}));
}

void TestCsvImport::blankLinesCrlfAndQuotes()
{
    auto opts = options(writeCsv("\xEF\xBB\xBF\"a\", opt ,test_error\r\n"
                                 "\r\n"
                                 "1,\"sgd, momentum\",0.5\r\n"
                                 "2,adam, 0.25 \r\n"
                                 "\r\n"));
    opts.hps = {"a", "opt"};
    opts.categorical = {"opt"};
    opts.lossColumns = {"test_error"};
    const auto report = importCsv(opts);
    QCOMPARE(report.rows, std::uint64_t(2));
    const LandscapeDatabase db(dbPath().toStdString());
    QCOMPARE(db.spaces()[0].space->hp(1).labels(), (std::vector<std::string>{"sgd, momentum", "adam"}));
    // ids: (1, sgd..) = 0, (1, adam) = 1, (2, sgd..) = 2, (2, adam) = 3.
    COMPARE_LOSSES(db.loadLandscape(db.landscapes().front().id).losses(), (std::vector<double>{0.5, kNaN, kNaN, 0.25}));
}

void TestCsvImport::errors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("hps");
    QTest::addColumn<QStringList>("losses");
    QTest::addColumn<QString>("extra"); // one more option, "name=value"
    QTest::addColumn<hplx::ErrorKind>("kind");
    QTest::addColumn<QStringList>("parts");

    const QByteArray good("a,b,test_error,train_error\n1,x,0.1,0.2\n2,y,0.3,0.4\n");
    const QStringList ab{"a", "b"};
    const QStringList test{"test_error"};
    QTest::newRow("unknown hp column") << good << QStringList{"a", "depth"} << test << QString()
                                       << ErrorKind::InvalidArgument
                                       << QStringList{"runs.csv", "no column 'depth'", "--hps",
                                                      "a, b, test_error, train_error"};
    QTest::newRow("unknown loss column") << good << ab << QStringList{"valid_error"} << QString()
                                         << ErrorKind::InvalidArgument
                                         << QStringList{"no column 'valid_error'", "--loss", "a, b, test_error"};
    QTest::newRow("unknown fidelity column") << good << ab << test << "fidelity=epochs" << ErrorKind::InvalidArgument
                                             << QStringList{"no column 'epochs'", "--fidelity"};
    QTest::newRow("column in two roles") << good << QStringList{"a", "test_error"} << test << QString()
                                         << ErrorKind::InvalidArgument
                                         << QStringList{"'test_error'", "named twice (by --hps and --loss)"};
    QTest::newRow("no hps") << good << QStringList{} << test << QString() << ErrorKind::InvalidArgument
                            << QStringList{"--hps"};
    QTest::newRow("no losses") << good << ab << QStringList{} << QString() << ErrorKind::InvalidArgument
                               << QStringList{"--loss"};
    QTest::newRow("categorical not an hp")
        << good << ab << test << "categorical=c" << ErrorKind::InvalidArgument << QStringList{"--categorical", "'c'"};
    QTest::newRow("order not an hp") << good << ab << test << "order=c" << ErrorKind::InvalidArgument
                                     << QStringList{"--order", "'c'"};
    QTest::newRow("group and dataset") << good << ab << test << "group+dataset" << ErrorKind::InvalidArgument
                                       << QStringList{"--group-by", "--dataset"};
    QTest::newRow("split unknown") << QByteArray("a,score\n1,2\n") << QStringList{"a"} << QStringList{"score"}
                                   << QString() << ErrorKind::InvalidArgument
                                   << QStringList{"split of column 'score'", "--split-of score="};
    QTest::newRow("split word invalid") << good << ab << test << "split=holdout" << ErrorKind::InvalidArgument
                                        << QStringList{"--split-of test_error=holdout"};
    QTest::newRow("split of unused column") << good << ab << test << "splitof=train_error" << ErrorKind::InvalidArgument
                                            << QStringList{"--split-of", "'train_error'"};
    QTest::newRow("non-numeric loss") << QByteArray("a,b,test_error\n1,x,0.1\n2,y,low\n") << ab << test << QString()
                                      << ErrorKind::InvalidData
                                      << QStringList{"runs.csv, line 3, column 'test_error'", "'low'", "not a number"};
    QTest::newRow("decimal comma loss") << QByteArray("a,b,test_error\n1,x,\"0,5\"\n") << ab << test << QString()
                                        << ErrorKind::InvalidData
                                        << QStringList{"line 2, column 'test_error'", "'0,5'"};
    QTest::newRow("inf loss") << QByteArray("a,b,test_error\n1,x,0.1\n2,y,0.2\n1,y,inf\n") << ab << test << QString()
                              << ErrorKind::InvalidData
                              << QStringList{"line 4, column 'test_error'", "'inf'", "not finite"};
    QTest::newRow("-inf loss") << QByteArray("a,b,test_error\n1,x,-inf\n") << ab << test << QString()
                               << ErrorKind::InvalidData << QStringList{"line 2, column 'test_error'", "not finite"};
    QTest::newRow("too few fields") << QByteArray("a,b,test_error\n1,x,0.1\n2,y\n") << ab << test << QString()
                                    << ErrorKind::InvalidData
                                    << QStringList{"runs.csv, line 3", "2 fields", "header has 3"};
    QTest::newRow("too many fields") << QByteArray("a,b,test_error\n1,x,0.1,9\n") << ab << test << QString()
                                     << ErrorKind::InvalidData << QStringList{"line 2", "4 fields", "header has 3"};
    QTest::newRow("field count after multi-line field")
        << QByteArray("a,b,test_error\n1,\"x\ny\",0.1\n2,y\n") << ab << test << QString() << ErrorKind::InvalidData
        << QStringList{"line 4", "2 fields"};
    QTest::newRow("empty file") << QByteArray() << ab << test << QString() << ErrorKind::InvalidData
                                << QStringList{"runs.csv", "empty"};
    QTest::newRow("only a blank line") << QByteArray("\n") << ab << test << QString() << ErrorKind::InvalidData
                                       << QStringList{"runs.csv", "empty"};
    QTest::newRow("header only") << QByteArray("a,b,test_error\n") << ab << test << QString() << ErrorKind::InvalidData
                                 << QStringList{"runs.csv", "no data rows"};
    QTest::newRow("header and blank lines") << QByteArray("a,b,test_error\n\n\n") << ab << test << QString()
                                            << ErrorKind::InvalidData << QStringList{"no data rows"};
    QTest::newRow("empty hp cell") << QByteArray("a,b,test_error\n1,x,0.1\n,y,0.2\n") << ab << test << QString()
                                   << ErrorKind::InvalidData << QStringList{"runs.csv, line 3, column 'a'", "empty"};
    QTest::newRow("blank hp cell") << QByteArray("a,b,test_error\n1,  ,0.1\n") << ab << test << QString()
                                   << ErrorKind::InvalidData << QStringList{"line 2, column 'b'", "empty"};
    QTest::newRow("empty group cell") << QByteArray("g,a,b,test_error\nw,1,x,0.1\n,2,y,0.2\n") << ab << test
                                      << "group=g" << ErrorKind::InvalidData
                                      << QStringList{"line 3, column 'g'", "group"};
    QTest::newRow("bad fidelity") << QByteArray("a,b,ep,test_error\n1,x,10,0.1\n2,y,many,0.2\n") << ab << test
                                  << "fidelity=ep" << ErrorKind::InvalidData
                                  << QStringList{"line 3, column 'ep'", "'many'"};
    QTest::newRow("missing fidelity") << QByteArray("a,b,ep,test_error\n1,x,,0.1\n") << ab << test << "fidelity=ep"
                                      << ErrorKind::InvalidData << QStringList{"line 2, column 'ep'"};
    QTest::newRow("duplicate header") << QByteArray("a,b,a,test_error\n1,x,1,0.1\n") << ab << test << QString()
                                      << ErrorKind::InvalidData << QStringList{"line 1", "'a' appears twice"};
    QTest::newRow("unterminated quote") << QByteArray("a,b,test_error\n1,x,0.1\n2,\"y,0.2\n") << ab << test << QString()
                                        << ErrorKind::InvalidData << QStringList{"runs.csv, line 3", "never closed"};
    QTest::newRow("duplicate value in order")
        << good << ab << test << "order=a:1,1" << ErrorKind::InvalidData << QStringList{"'1' twice"};
}

void TestCsvImport::errors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, hps);
    QFETCH(QStringList, losses);
    QFETCH(QString, extra);
    QFETCH(hplx::ErrorKind, kind);
    QFETCH(QStringList, parts);
    auto opts = options(writeCsv(csv));
    for (const auto &hp : hps)
        opts.hps.push_back(hp.toStdString());
    for (const auto &loss : losses)
        opts.lossColumns.push_back(loss.toStdString());
    const auto name = extra.section(QLatin1Char('='), 0, 0);
    const std::string value = extra.section(QLatin1Char('='), 1).toStdString();
    if (name == QLatin1String("fidelity"))
        opts.fidelity = value;
    else if (name == QLatin1String("categorical"))
        opts.categorical = {value};
    else if (name == QLatin1String("order") && value == "c")
        opts.valueOrder = {{"c", {"1"}}};
    else if (name == QLatin1String("order"))
        opts.valueOrder = {{"a", {"1", "1"}}};
    else if (name == QLatin1String("group+dataset"))
        opts.groupBy = "b", opts.dataset = "d";
    else if (name == QLatin1String("split"))
        opts.splitOf = {{"test_error", value}};
    else if (name == QLatin1String("splitof"))
        opts.splitOf = {{value, "train"}};
    else if (name == QLatin1String("group"))
        opts.groupBy = value;

    const auto error = errorFrom([&] { importCsv(opts); });
    HPLX_VERIFY_ERROR(error, kind);
    for (const auto &part : parts)
        HPLX_VERIFY_MESSAGE(error, part.toStdString());
    QVERIFY(!QFileInfo::exists(dbPath()));
}

void TestCsvImport::failedImportLeavesNoNewFile()
{
    // Cancelled while writing: the error comes from inside the database transaction,
    // after the file was created.
    auto opts = options(fixture("grid_2x3_fidelity.csv"));
    opts.hps = {"lr", "depth"};
    opts.lossColumns = {"train_error", "test_error"};
    opts.fidelity = "epochs";
    Feedback feedback;
    feedback.cancel();
    const auto error = errorFrom([&] { importCsv(opts, &feedback); });
    HPLX_VERIFY_ERROR(error, ErrorKind::Cancelled);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    // The same import without cancelling works and reports progress up to 1.
    std::vector<double> reported;
    Feedback progress([&](double fraction, const std::string &) { reported.push_back(fraction); },
                      std::chrono::milliseconds(0));
    importCsv(opts, &progress);
    QVERIFY(QFileInfo::exists(dbPath()));
    QVERIFY(!reported.empty());
    QCOMPARE(reported.back(), 1.0);
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));
}

void TestCsvImport::failedImportLeavesExistingFileIdentical_data()
{
    // 0: bad CSV, 1: landscape already stored, 2: cancelled, 3: not an HPLX db,
    // 4: cancelled while writing into an existing empty (0-byte) file
    QTest::addColumn<int>("failure");
    QTest::newRow("bad csv") << 0;
    QTest::newRow("second landscape already stored") << 1;
    QTest::newRow("cancelled while writing") << 2;
    QTest::newRow("foreign database") << 3;
    QTest::newRow("empty file, cancelled while writing") << 4;
}

void TestCsvImport::failedImportLeavesExistingFileIdentical()
{
    QFETCH(int, failure);
    const QString db = dbPath();
    if (failure == 3) {
        hplxtest::writeFile(db, QByteArray("not a database, just text\n").repeated(50));
    } else if (failure == 4) {
        hplxtest::writeFile(db, QByteArray()); // the schema must not be left behind either
    } else {
        // An existing database holding the test_error landscapes.
        auto first = options(fixture("grid_2x3_fidelity.csv"));
        first.hps = {"lr", "depth"};
        first.lossColumns = {"test_error"};
        first.fidelity = "epochs";
        importCsv(first);
    }
    const QString badCsv = writeCsv("lr,depth,epochs,train_error,test_error\n0.1,1,10,x,0.4\n");
    const QByteArray before = hplxtest::readFile(db);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);

    auto second = options(fixture("grid_2x3_fidelity.csv"));
    second.hps = {"lr", "depth"};
    // train_error is new and is written first; test_error then collides.
    second.lossColumns = {"train_error", "test_error"};
    second.fidelity = "epochs";
    Feedback feedback;
    if (failure == 0)
        second.csvPath = badCsv.toStdString();
    if (failure == 2 || failure == 4) {
        second.lossColumns = {"train_error"};
        feedback.cancel();
    }
    const auto error = errorFrom([&] { importCsv(second, &feedback); });
    QVERIFY(error);
    qInfo("%s", error->what());
    QVERIFY(hplxtest::readFile(db) == before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
    if (failure == 4)
        QCOMPARE(QFileInfo(db).size(), qint64(0));
    else if (failure != 3)
        QCOMPARE(LandscapeDatabase(db.toStdString()).landscapes().size(), std::size_t(2));
}

void TestCsvImport::importIntoExistingFileAddsLandscapes()
{
    auto first = options(fixture("grid_2x3_fidelity.csv"));
    first.hps = {"lr", "depth"};
    first.lossColumns = {"test_error"};
    first.fidelity = "epochs";
    const auto one = importCsv(first);
    auto second = first;
    second.lossColumns = {"train_error"};
    const auto two = importCsv(second);
    QCOMPARE(two.spaces.at(0).id, one.spaces.at(0).id); // the same grid is stored once
    const LandscapeDatabase db(dbPath().toStdString());
    QCOMPARE(db.spaces().size(), std::size_t(1));
    QCOMPARE(db.landscapes().size(), std::size_t(4));
}

void TestCsvImport::guessSplit_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("split"); // "" = no guess
    QTest::newRow("valid_error") << "valid_error"
                                 << "valid";
    QTest::newRow("test_error") << "test_error"
                                << "test";
    QTest::newRow("dev_bleu") << "dev_bleu"
                              << "valid";
    QTest::newRow("train_loss") << "train_loss"
                                << "train";
    QTest::newRow("valid_mse_epoch100_mean") << "valid_mse_epoch100_mean"
                                             << "valid";
    QTest::newRow("score") << "score"
                           << "";
    QTest::newRow("val_acc") << "val_acc"
                             << "valid";
    QTest::newRow("validation accuracy") << "validation accuracy"
                                         << "valid";
    QTest::newRow("Test-Accuracy") << "Test-Accuracy"
                                   << "test";
    QTest::newRow("training.loss") << "training.loss"
                                   << "train";
    QTest::newRow("final_TEST") << "final_TEST"
                                << "test";
    QTest::newRow("first word wins") << "train_minus_test"
                                     << "train";
    QTest::newRow("no substring match: contest") << "contest_score"
                                                 << "";
    QTest::newRow("no substring match: trainer") << "trainer_id"
                                                 << "";
    QTest::newRow("no substring match: devices") << "devices"
                                                 << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCsvImport::guessSplit()
{
    QFETCH(QString, column);
    QFETCH(QString, split);
    const auto guess = hplx::guessSplit(column.toStdString());
    if (split.isEmpty())
        QVERIFY2(!guess, guess ? guess->c_str() : "");
    else
        QCOMPARE(QString::fromStdString(guess.value_or("(none)")), split);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
