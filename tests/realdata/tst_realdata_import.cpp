// Imports every CSV of the shared real-data folder (../shared/data) the way a
// researcher would, then checks counts and losses against numbers read by hand
// from the raw files (each expected value names the CSV line it comes from;
// "line" counts the header as line 1). Exits 77 (skipped) without the folder.
#include "import/CsvImport.h"
#include "realdata/RealData.h"
#include "space/Landscape.h"
#include "space/SearchSpace.h"
#include "store/LandscapeDatabase.h"
#include "util/Error.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace hplx;

namespace {

std::string dataFile(const char *name)
{
    return QDir(test::sharedDataDir()).filePath(QString::fromLatin1(name)).toStdString();
}

// The files this test imports; everyCsvIsImported() keeps the list honest.
const std::set<QString> kImportedFiles = {
    QStringLiteral("logreg_mnist_grid.csv"),
    QStringLiteral("fcnet_naval_propulsion.csv"),
    QStringLiteral("fcnet_protein_structure.csv"),
    QStringLiteral("hpobench_mlp_car.csv"),
    QStringLiteral("hpobench_mlp_credit_g.csv"),
    QStringLiteral("nasbench201_cifar10.csv"),
    QStringLiteral("nmt_hpo_grid.csv"),
};

const ImportedLandscape *findImported(const CsvImportReport &report, const std::string &description)
{
    for (const auto &landscape : report.landscapes) {
        if (landscape.description == description)
            return &landscape;
    }
    return nullptr;
}

QString mismatch(const Landscape &landscape, ConfigId id, double expected)
{
    return QStringLiteral("%1 at config %2 (%3): loaded %4, expected %5")
        .arg(QString::fromStdString(landscape.info().key.describe()))
        .arg(id)
        .arg(QString::fromStdString(landscape.space().describe(id)))
        .arg(landscape.loss(id), 0, 'g', 17)
        .arg(expected, 0, 'g', 17);
}

} // namespace

// Exact equality on purpose: a CSV number parses to one double, SQLite stores REAL
// losslessly, and a score transform is the same double subtraction written here.
#define CHECK_LOSS(landscape, id, expected)                                                                            \
    do {                                                                                                               \
        const Landscape &checked_ = (landscape);                                                                       \
        if (checked_.loss(id) != (expected))                                                                           \
            QFAIL(qPrintable(mismatch(checked_, (id), (expected))));                                                   \
    } while (false)

// A helper's failed QCOMPARE returns from the helper only; stop the caller too.
#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class RealDataImportTest : public QObject
{
    Q_OBJECT

private:
    CsvImportReport import(CsvImportOptions options, const char *file);
    void checkReadBack(const CsvImportReport &report);
    Landscape load(const CsvImportReport &report, const std::string &description);
    void checkLogregMnistGrid();
    void checkFcnetNavalPropulsion();
    void checkFcnetProteinStructure();
    void checkHpobenchMlpCar();
    void checkHpobenchMlpCreditG();
    void checkNasbench201Cifar10();
    void checkNmtHpoGrid();

    QTemporaryDir m_dir;

private slots:
    void initTestCase();
    void everyCsvIsImported();
    void logregMnistGrid() { QVERIFY_THROWS_NO_EXCEPTION(checkLogregMnistGrid()); }
    void fcnetNavalPropulsion() { QVERIFY_THROWS_NO_EXCEPTION(checkFcnetNavalPropulsion()); }
    void fcnetProteinStructure() { QVERIFY_THROWS_NO_EXCEPTION(checkFcnetProteinStructure()); }
    void hpobenchMlpCar() { QVERIFY_THROWS_NO_EXCEPTION(checkHpobenchMlpCar()); }
    void hpobenchMlpCreditG() { QVERIFY_THROWS_NO_EXCEPTION(checkHpobenchMlpCreditG()); }
    void nasbench201Cifar10() { QVERIFY_THROWS_NO_EXCEPTION(checkNasbench201Cifar10()); }
    void nmtHpoGrid() { QVERIFY_THROWS_NO_EXCEPTION(checkNmtHpoGrid()); }
};

CsvImportReport RealDataImportTest::import(CsvImportOptions options, const char *file)
{
    options.csvPath = dataFile(file);
    options.dbPath =
        QDir(m_dir.path()).filePath(QFileInfo(QString::fromLatin1(file)).completeBaseName() + ".db").toStdString();
    QElapsedTimer timer;
    timer.start();
    CsvImportReport report = importCsv(options); // an Error fails the slot with its message
    qInfo("%s: %llu rows, %zu landscapes in %lld ms", file, static_cast<unsigned long long>(report.rows),
          report.landscapes.size(), static_cast<long long>(timer.elapsed()));
    return report;
}

// The database, opened read-only afresh, must say what the import report said, and
// every stored landscape must load with the evaluated count both of them state.
void RealDataImportTest::checkReadBack(const CsvImportReport &report)
{
    const LandscapeDatabase db(report.dbPath);
    QCOMPARE(db.spaces().size(), report.spaces.size());
    for (const ImportedSpace &imported : report.spaces) {
        const SpaceInfo &space = db.space(imported.id);
        QCOMPARE(static_cast<std::uint64_t>(space.space->size()), imported.size);
        std::vector<std::string> summaries;
        for (const auto &hp : space.space->hyperparameters())
            summaries.push_back(hp.name() + " (" + std::string(toString(hp.kind())) + ", " + std::to_string(hp.size())
                                + " values)");
        QCOMPARE(summaries, imported.hpSummaries);
    }

    std::vector<const ImportedLandscape *> stored;
    for (const auto &landscape : report.landscapes) {
        if (landscape.id != 0)
            stored.push_back(&landscape);
    }
    QCOMPARE(db.landscapes().size(), stored.size());
    for (std::size_t k = 0; k < stored.size(); ++k) {
        const LandscapeInfo &info = db.landscapes()[k];
        const ImportedLandscape &imported = *stored[k];
        QCOMPARE(info.id, imported.id);
        QCOMPARE(info.spaceId, imported.spaceId);
        QCOMPARE(info.key.describe(), imported.description);
        QCOMPARE(info.evaluated, imported.evaluated);
        const QJsonObject attributes = QJsonDocument::fromJson(QByteArray::fromStdString(info.attributes)).object();
        QCOMPARE(attributes.value("source_column").toString().toStdString(), imported.column);
        QCOMPARE(static_cast<std::uint64_t>(attributes.value("missing_rows").toDouble()), imported.missingRows);

        const Landscape landscape = db.loadLandscape(info.id);
        QCOMPARE(landscape.evaluatedCount(), imported.evaluated);
        QCOMPARE(landscape.info().key, info.key);
        QCOMPARE(static_cast<std::uint64_t>(landscape.losses().size()), imported.gridSize);
    }
}

Landscape RealDataImportTest::load(const CsvImportReport &report, const std::string &description)
{
    const ImportedLandscape *imported = findImported(report, description);
    if (!imported || imported->id == 0)
        throw Error(ErrorKind::InvalidArgument, "no stored landscape '" + description + "' in the import report");
    return LandscapeDatabase(report.dbPath).loadLandscape(imported->id);
}

void RealDataImportTest::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void RealDataImportTest::everyCsvIsImported()
{
    // A new CSV in the folder should get its own import here, not go untested.
    const QStringList found = QDir(test::sharedDataDir()).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QVERIFY(!found.isEmpty());
    for (const QString &name : found)
        QVERIFY2(kImportedFiles.count(name) == 1, qPrintable(name + " is not covered by tst_realdata_import"));
}

void RealDataImportTest::checkLogregMnistGrid()
{
    CsvImportOptions options;
    options.hps = {"lrate_index", "l2_reg", "batchsize"};
    options.fidelity = "n_epochs";
    options.lossColumns = {"valid_error", "test_error"};
    options.model = "logreg";
    options.dataset = "mnist";
    const CsvImportReport report = import(options, "logreg_mnist_grid.csv");

    QCOMPARE(report.rows, std::uint64_t(9680));
    // 11 x 11 x 8: l2_reg is written "0"/"1" in most rows but "0.0"/"1.0" for
    // lrate_index 10 (lines 8802..9681); equal values must merge into one label.
    QCOMPARE(report.spaces.at(0).size, std::uint64_t(968));
    QCOMPARE(report.spaces.at(0).hpSummaries,
             (std::vector<std::string>{"lrate_index (ordinal, 11 values)", "l2_reg (ordinal, 11 values)",
                                       "batchsize (ordinal, 8 values)"}));
    QCOMPARE(report.ignoredColumns, std::vector<std::string>{"runtime_s"});
    QCOMPARE(report.landscapes.size(), std::size_t(20)); // 10 n_epochs x 2 losses
    for (const auto &landscape : report.landscapes) {
        QVERIFY(landscape.id != 0);
        QCOMPARE(landscape.evaluated, std::uint64_t(968));
        QCOMPARE(landscape.missingRows, std::uint64_t(0));
        QCOMPARE(landscape.duplicateRows, std::uint64_t(0));
    }
    CHECKED(checkReadBack(report));

    const LandscapeDatabase db(report.dbPath);
    const SearchSpace &space = *db.space(report.spaces.at(0).id).space;
    QCOMPARE(space.hp(1).label(0), std::string("0")); // first seen on line 2, not "0.0" of line 8802
    QCOMPARE(space.hp(1).label(10), std::string("1"));
    QCOMPARE(space.hp(2).label(7), std::string("2560"));

    // Strides: lrate_index 88, l2_reg 8, batchsize 1.
    const Landscape valid5 = load(report, "logreg / mnist / n_epochs=5 / valid / valid_error");
    const Landscape test5 = load(report, "logreg / mnist / n_epochs=5 / test / test_error");
    QVERIFY(valid5.isComplete());
    // line 2: 0,0,20,5,0.0906,0.0954 -> indices (0,0,0), id 0
    QCOMPARE(space.encode({0, 0, 0}), ConfigId(0));
    CHECK_LOSS(valid5, 0, 0.0906);
    CHECK_LOSS(test5, 0, 0.0954);
    // line 8802: 10,0.0,20,5,0.2301,0.237 -> indices (10,0,0), id 880
    QCOMPARE(space.encode({10, 0, 0}), ConfigId(880));
    CHECK_LOSS(valid5, 880, 0.2301);
    CHECK_LOSS(test5, 880, 0.237);

    // line 4689: 5,0.3,320,640,0.171069,0.180141 -> indices (5,3,4), id 468
    QCOMPARE(space.encode({5, 3, 4}), ConfigId(468));
    CHECK_LOSS(load(report, "logreg / mnist / n_epochs=640 / valid / valid_error"), 468, 0.171069);
    CHECK_LOSS(load(report, "logreg / mnist / n_epochs=640 / test / test_error"), 468, 0.180141);
    // line 3221: 3,0.7,40,2560,0.2643,0.27 -> indices (3,7,1), id 321
    // line 9681: 10,1.0,2560,2560,0.267318,0.277214 -> indices (10,10,7), id 967
    QCOMPARE(space.encode({3, 7, 1}), ConfigId(321));
    QCOMPARE(space.encode({10, 10, 7}), ConfigId(967));
    const Landscape valid2560 = load(report, "logreg / mnist / n_epochs=2560 / valid / valid_error");
    const Landscape test2560 = load(report, "logreg / mnist / n_epochs=2560 / test / test_error");
    CHECK_LOSS(valid2560, 321, 0.2643);
    CHECK_LOSS(test2560, 321, 0.27);
    CHECK_LOSS(valid2560, 967, 0.267318);
    CHECK_LOSS(test2560, 967, 0.277214);

    // README: 388 settings have the same valid_error at every n_epochs (awk over the
    // file: 388 for valid_error, 387 for test_error).
    std::vector<Landscape> byEpochs;
    for (const char *epochs : {"5", "10", "20", "40", "80", "160", "320", "640", "1280", "2560"})
        byEpochs.push_back(load(report, std::string("logreg / mnist / n_epochs=") + epochs + " / valid / valid_error"));
    int plateaus = 0;
    for (ConfigId id = 0; id < space.size(); ++id) {
        bool same = true;
        for (const auto &landscape : byEpochs)
            same = same && landscape.loss(id) == byEpochs.front().loss(id);
        plateaus += same ? 1 : 0;
    }
    QCOMPARE(plateaus, 388);
}

namespace {

CsvImportOptions fcnetOptions()
{
    CsvImportOptions options;
    options.hps = {"activation_fn_1", "activation_fn_2", "batch_size", "dropout_1", "dropout_2",
                   "init_lr",         "lr_schedule",     "n_units_1",  "n_units_2"};
    options.categorical = {"activation_fn_1", "activation_fn_2", "lr_schedule"};
    options.groupBy = "dataset";
    options.lossColumns = {"valid_mse_epoch100_seed0", "valid_mse_epoch100_seed1", "valid_mse_epoch100_seed2",
                           "valid_mse_epoch100_seed3", "valid_mse_epoch100_mean"};
    options.model = "fcnet";
    return options;
}

// 2 x 2 x 4 x 3 x 3 x 6 x 2 x 6 x 6; strides 31104, 15552, 3888, 1296, 432, 72, 36, 6, 1.
// Value indices equal the digits of the file's config_id column (lr_schedule:
// cosine first, as it first appears).
void checkFcnetReport(const CsvImportReport &report, const std::string &dataset)
{
    QCOMPARE(report.rows, std::uint64_t(62208));
    QCOMPARE(report.spaces.at(0).size, std::uint64_t(62208));
    QCOMPARE(report.spaces.at(0).hpSummaries,
             (std::vector<std::string>{"activation_fn_1 (categorical, 2 values)",
                                       "activation_fn_2 (categorical, 2 values)", "batch_size (ordinal, 4 values)",
                                       "dropout_1 (ordinal, 3 values)", "dropout_2 (ordinal, 3 values)",
                                       "init_lr (ordinal, 6 values)", "lr_schedule (categorical, 2 values)",
                                       "n_units_1 (ordinal, 6 values)", "n_units_2 (ordinal, 6 values)"}));
    QCOMPARE(report.ignoredColumns, std::vector<std::string>{"config_id"});
    QCOMPARE(report.landscapes.size(), std::size_t(5));
    for (const auto &landscape : report.landscapes) {
        QVERIFY(landscape.id != 0);
        QCOMPARE(landscape.evaluated, std::uint64_t(62208));
        QCOMPARE(landscape.missingRows, std::uint64_t(0));
        QVERIFY(landscape.description.rfind("fcnet / " + dataset + " / valid / valid_mse_epoch100_", 0) == 0);
    }
}

} // namespace

void RealDataImportTest::checkFcnetNavalPropulsion()
{
    const CsvImportReport report = import(fcnetOptions(), "fcnet_naval_propulsion.csv");
    CHECKED(checkFcnetReport(report, "naval_propulsion"));
    CHECKED(checkReadBack(report));

    const LandscapeDatabase db(report.dbPath);
    const SearchSpace &space = *db.space(report.spaces.at(0).id).space;
    QCOMPARE(space.hp(6).labels(), (std::vector<std::string>{"cosine", "const"}));
    const Landscape mean = load(report, "fcnet / naval_propulsion / valid / valid_mse_epoch100_mean");
    const Landscape seed3 = load(report, "fcnet / naval_propulsion / valid / valid_mse_epoch100_seed3");
    QVERIFY(mean.isComplete());
    // line 2: config_id 000000000, mean 0.0020512545306701213, seed3 0.0016481878701597452
    CHECK_LOSS(mean, 0, 0.0020512545306701213);
    CHECK_LOSS(seed3, 0, 0.0016481878701597452);
    // line 31339: 100003025 tanh,relu,8,0.0,0.0,0.01,cosine,64,512 -> id 31337
    QCOMPARE(space.encode({1, 0, 0, 0, 0, 3, 0, 2, 5}), ConfigId(31337));
    CHECK_LOSS(mean, 31337, 0.00022127510601421818);
    CHECK_LOSS(seed3, 31337, 0.00022424965573009104);
    // line 46224: 103215154 tanh,relu,64,0.6,0.3,0.1,const,512,256 -> id 46222; the
    // heavy tail: seed3 diverged to 28107.0625, so the mean is 7028.198110312223
    QCOMPARE(space.encode({1, 0, 3, 2, 1, 5, 1, 5, 4}), ConfigId(46222));
    CHECK_LOSS(seed3, 46222, 28107.0625);
    CHECK_LOSS(mean, 46222, 7028.198110312223);
    // line 62209: 113225155, the last configuration -> id 62207
    QCOMPARE(space.encode({1, 1, 3, 2, 2, 5, 1, 5, 5}), ConfigId(62207));
    CHECK_LOSS(mean, 62207, 4.575990587472916);
    CHECK_LOSS(seed3, 62207, 8.955530166625977);
    // Largest mean of the file (awk max over column 16) is that line 46224 value.
    double largest = 0.0;
    for (double loss : mean.losses())
        largest = std::max(largest, loss);
    QCOMPARE(largest, 7028.198110312223);
}

void RealDataImportTest::checkFcnetProteinStructure()
{
    const CsvImportReport report = import(fcnetOptions(), "fcnet_protein_structure.csv");
    CHECKED(checkFcnetReport(report, "protein_structure"));
    CHECKED(checkReadBack(report));

    const Landscape mean = load(report, "fcnet / protein_structure / valid / valid_mse_epoch100_mean");
    const Landscape seed0 = load(report, "fcnet / protein_structure / valid / valid_mse_epoch100_seed0");
    // line 2: config_id 000000000, seed0 0.341951459646225, mean 0.3402157574892044
    CHECK_LOSS(seed0, 0, 0.341951459646225);
    CHECK_LOSS(mean, 0, 0.3402157574892044);
    // line 40002: 102023104 tanh,relu,32,0.0,0.6,0.01,const,16,256 -> id 40000
    QCOMPARE(mean.space().encode({1, 0, 2, 0, 2, 3, 1, 0, 4}), ConfigId(40000));
    CHECK_LOSS(seed0, 40000, 0.38233688473701477);
    CHECK_LOSS(mean, 40000, 0.37924596667289734);
    // line 62209: 113225155 -> id 62207
    CHECK_LOSS(seed0, 62207, 2.3042681217193604);
    CHECK_LOSS(mean, 62207, 2.1271700263023376);
}

namespace {

CsvImportOptions hpobenchOptions()
{
    CsvImportOptions options;
    options.hps = {"alpha", "batch_size", "depth", "learning_rate_init", "width"};
    options.groupBy = "dataset";
    for (const char *column : {"valid_balanced_acc_budget243_seed0", "valid_balanced_acc_budget243_seed1",
                               "valid_balanced_acc_budget243_seed2", "valid_balanced_acc_budget243_seed3",
                               "valid_balanced_acc_budget243_seed4", "valid_balanced_acc_budget243_mean"})
        options.scoreColumns.push_back({column, 1.0}); // --maximize COL:1-x
    options.model = "mlp";
    return options;
}

// 10 x 10 x 3 x 10 x 10; strides 3000, 300, 100, 10, 1; indices = config_id digits.
void checkHpobenchReport(const CsvImportReport &report, const std::string &dataset)
{
    QCOMPARE(report.rows, std::uint64_t(30000));
    QCOMPARE(report.spaces.at(0).size, std::uint64_t(30000));
    QCOMPARE(report.spaces.at(0).hpSummaries,
             (std::vector<std::string>{"alpha (ordinal, 10 values)", "batch_size (ordinal, 10 values)",
                                       "depth (ordinal, 3 values)", "learning_rate_init (ordinal, 10 values)",
                                       "width (ordinal, 10 values)"}));
    QCOMPARE(report.ignoredColumns, std::vector<std::string>{"config_id"});
    QCOMPARE(report.landscapes.size(), std::size_t(6));
    for (const auto &landscape : report.landscapes) {
        QVERIFY(landscape.id != 0);
        QCOMPARE(landscape.evaluated, std::uint64_t(30000));
        QCOMPARE(landscape.missingRows, std::uint64_t(0));
    }
    QCOMPARE(report.landscapes.back().description,
             "mlp / " + dataset + " / valid / 1-valid_balanced_acc_budget243_mean");
    const LandscapeDatabase db(report.dbPath);
    const QJsonObject attributes =
        QJsonDocument::fromJson(QByteArray::fromStdString(db.landscapes().back().attributes)).object();
    QCOMPARE(attributes.value("transform").toString(), QStringLiteral("1-x"));
}

} // namespace

void RealDataImportTest::checkHpobenchMlpCar()
{
    const CsvImportReport report = import(hpobenchOptions(), "hpobench_mlp_car.csv");
    CHECKED(checkHpobenchReport(report, "car"));
    CHECKED(checkReadBack(report));

    const Landscape mean = load(report, "mlp / car / valid / 1-valid_balanced_acc_budget243_mean");
    const Landscape seed0 = load(report, "mlp / car / valid / 1-valid_balanced_acc_budget243_seed0");
    // line 2: config_id 00000, seed0 0.4440058479532164, mean 0.4503143274853801
    CHECK_LOSS(seed0, 0, 1.0 - 0.4440058479532164);
    CHECK_LOSS(mean, 0, 1.0 - 0.4503143274853801);
    // line 12347: 41045 3.5938137e-05,6,1,0.0016681006,161 -> id 12345
    QCOMPARE(mean.space().encode({4, 1, 0, 4, 5}), ConfigId(12345));
    CHECK_LOSS(seed0, 12345, 1.0 - 0.9978070175438596);
    CHECK_LOSS(mean, 12345, 1.0 - 0.9966520467836257);
    // line 30001: 99299 1,256,3,1,1024 -> id 29999
    QCOMPARE(mean.space().encode({9, 9, 2, 9, 9}), ConfigId(29999));
    CHECK_LOSS(seed0, 29999, 1.0 - 0.24930555555555556);
    CHECK_LOSS(mean, 29999, 1.0 - 0.31823099415204675);
}

void RealDataImportTest::checkHpobenchMlpCreditG()
{
    const CsvImportReport report = import(hpobenchOptions(), "hpobench_mlp_credit_g.csv");
    CHECKED(checkHpobenchReport(report, "credit_g"));
    CHECKED(checkReadBack(report));

    const Landscape mean = load(report, "mlp / credit_g / valid / 1-valid_balanced_acc_budget243_mean");
    const Landscape seed4 = load(report, "mlp / credit_g / valid / 1-valid_balanced_acc_budget243_seed4");
    // line 2: config_id 00000, seed4 0.6469047104580813, mean 0.6425939930855662
    CHECK_LOSS(seed4, 0, 1.0 - 0.6469047104580813);
    CHECK_LOSS(mean, 0, 1.0 - 0.6425939930855662);
    // line 23458: 78056 0.016681006,161,1,0.0059948424,256 -> id 23456
    QCOMPARE(mean.space().encode({7, 8, 0, 5, 6}), ConfigId(23456));
    CHECK_LOSS(seed4, 23456, 1.0 - 0.8604148660328436);
    CHECK_LOSS(mean, 23456, 1.0 - 0.8632994814174589);
    // line 30001: 99299 -> id 29999; seed4 exactly 0.5
    CHECK_LOSS(seed4, 29999, 0.5);
    CHECK_LOSS(mean, 29999, 1.0 - 0.5015989628349179);
}

void RealDataImportTest::checkNasbench201Cifar10()
{
    CsvImportOptions options;
    options.hps = {"edge0", "edge1", "edge2", "edge3", "edge4", "edge5"};
    options.categorical = options.hps;
    options.groupBy = "dataset";
    for (const char *column : {"valid_acc_epoch200_seed0", "valid_acc_epoch200_seed1", "valid_acc_epoch200_seed2",
                               "valid_acc_epoch200_mean"})
        options.scoreColumns.push_back({column, 100.0}); // percent: --maximize COL:100-x
    options.model = "nasbench201";
    const CsvImportReport report = import(options, "nasbench201_cifar10.csv");

    QCOMPARE(report.rows, std::uint64_t(15625));
    QCOMPARE(report.spaces.at(0).size, std::uint64_t(15625)); // 5^6
    QCOMPARE(report.ignoredColumns, std::vector<std::string>{"config_id"});
    QCOMPARE(report.landscapes.size(), std::size_t(4));
    // awk -F, -v RS='\r\n' 'NR>1 && $11==""' counts 7456 rows without seed2; the
    // other score columns are never empty. ("none" is an operation here, not a
    // missing value: the edge columns hold it 3125 times each.)
    const std::map<std::string, std::uint64_t> missing = {{"valid_acc_epoch200_seed0", 0},
                                                          {"valid_acc_epoch200_seed1", 0},
                                                          {"valid_acc_epoch200_seed2", 7456},
                                                          {"valid_acc_epoch200_mean", 0}};
    for (const auto &landscape : report.landscapes) {
        QVERIFY(landscape.id != 0);
        QCOMPARE(landscape.missingRows, missing.at(landscape.column));
        QCOMPARE(landscape.evaluated, 15625 - landscape.missingRows);
    }
    CHECKED(checkReadBack(report));

    const Landscape seed0 = load(report, "nasbench201 / cifar10 / valid / 100-valid_acc_epoch200_seed0");
    const Landscape seed2 = load(report, "nasbench201 / cifar10 / valid / 100-valid_acc_epoch200_seed2");
    const Landscape mean = load(report, "nasbench201 / cifar10 / valid / 100-valid_acc_epoch200_mean");
    QCOMPARE(seed2.evaluatedCount(), std::uint64_t(8169));
    QVERIFY(!seed2.isComplete());
    QVERIFY(mean.isComplete());
    QCOMPARE(mean.space().hp(0).labels(),
             (std::vector<std::string>{"none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3"}));
    // Strides 3125, 625, 125, 25, 5, 1; indices = config_id digits.
    // line 2: 000000, all edges none: seed0 9.711999999389649, seed2 9.712000000305176
    CHECK_LOSS(seed0, 0, 100.0 - 9.711999999389649);
    CHECK_LOSS(seed2, 0, 100.0 - 9.712000000305176);
    // line 29: 000102 none,none,none,skip_connect,none,nor_conv_1x1 -> id 27; seed2 empty
    QCOMPARE(mean.space().encode({0, 0, 0, 1, 0, 2}), ConfigId(27));
    CHECK_LOSS(seed0, 27, 100.0 - 84.28799998046875);
    QVERIFY(!seed2.isEvaluated(27));
    CHECK_LOSS(mean, 27, 100.0 - 84.196);
    // line 7779: 222102 -> id 7777: seed0 88.45599999267579, mean 88.40399999023438
    QCOMPARE(mean.space().encode({2, 2, 2, 1, 0, 2}), ConfigId(7777));
    CHECK_LOSS(seed0, 7777, 100.0 - 88.45599999267579);
    CHECK_LOSS(mean, 7777, 100.0 - 88.40399999023438);
    // line 15626: 444444, all avg_pool_3x3 -> id 15624: mean 37.34800000610352
    CHECK_LOSS(mean, 15624, 100.0 - 37.34800000610352);
}

void RealDataImportTest::checkNmtHpoGrid()
{
    CsvImportOptions options;
    options.hps = {"bpe_symbols",           "num_layers",        "num_embed",
                   "transformer_ff_hidden", "transformer_heads", "initial_lr"};
    options.groupBy = "lang_pair";
    options.lossColumns = {"dev_ppl"};
    options.scoreColumns = {{"dev_bleu", std::nullopt}}; // --maximize dev_bleu: loss = -bleu
    options.model = "transformer";
    const CsvImportReport report = import(options, "nmt_hpo_grid.csv");

    QCOMPARE(report.rows, std::uint64_t(1983));
    // Each pair's grid holds the values that pair ran (python over the raw CSV):
    // zh-en, ru-en, ja-en, en-ja: bpe {10k,30k,50k} x layers {2,4} x 3 x 2 x 2 x 3 = 216
    // (one space, stored once); sw-en: bpe {1k..32k} (6) x layers {1,2,4,6} x 3 x 2 x 2 x 3 = 864;
    // so-en: 6 x layers {1,2,4} x 3 x 2 x 2 x 3 = 648.
    QCOMPARE(report.spaces.size(), std::size_t(3));
    QCOMPARE(report.spaces[0].size, std::uint64_t(216));
    QCOMPARE(report.spaces[0].groups, (std::vector<std::string>{"zh-en", "ru-en", "ja-en", "en-ja"}));
    QCOMPARE(report.spaces[1].size, std::uint64_t(864));
    QCOMPARE(report.spaces[1].groups, std::vector<std::string>{"sw-en"});
    QCOMPARE(report.spaces[2].size, std::uint64_t(648));
    QCOMPARE(report.spaces[2].groups, std::vector<std::string>{"so-en"});
    QCOMPARE(report.spaces[1].hpSummaries,
             (std::vector<std::string>{"bpe_symbols (ordinal, 6 values)", "num_layers (ordinal, 4 values)",
                                       "num_embed (ordinal, 3 values)", "transformer_ff_hidden (ordinal, 2 values)",
                                       "transformer_heads (ordinal, 2 values)", "initial_lr (ordinal, 3 values)"}));
    QCOMPARE(report.ignoredColumns,
             (std::vector<std::string>{"dev_gpu_time", "num_updates", "gpu_memory", "num_param"}));

    // awk -F, 'NR>1{n[$1]++}': rows per lang_pair, in order of first appearance,
    // and the grid of each pair; the README's "55-94 % filled" is rows / grid.
    const std::vector<std::tuple<std::string, std::uint64_t, std::uint64_t>> rowsPerPair = {
        {"zh-en", 118, 216}, {"ru-en", 176, 216}, {"ja-en", 150, 216},
        {"en-ja", 168, 216}, {"sw-en", 767, 864}, {"so-en", 604, 648}};
    QCOMPARE(report.landscapes.size(), std::size_t(12)); // 6 pairs x (dev_ppl, -dev_bleu)
    for (std::size_t p = 0; p < rowsPerPair.size(); ++p) {
        const auto &[pair, rows, grid] = rowsPerPair[p];
        const ImportedLandscape &ppl = report.landscapes[2 * p];
        const ImportedLandscape &bleu = report.landscapes[2 * p + 1];
        QCOMPARE(ppl.description, "transformer / " + pair + " / valid / dev_ppl");
        QCOMPARE(bleu.description, "transformer / " + pair + " / valid / -dev_bleu");
        for (const ImportedLandscape *landscape : {&ppl, &bleu}) {
            QVERIFY(landscape->id != 0);
            QCOMPARE(landscape->evaluated, rows); // no repeats, no empty cells
            QCOMPARE(landscape->gridSize, grid);
            QCOMPARE(landscape->missingRows, std::uint64_t(0));
            QCOMPARE(landscape->duplicateRows, std::uint64_t(0));
            const double filled = static_cast<double>(rows) / static_cast<double>(grid);
            QVERIFY(filled >= 0.54 && filled <= 0.94); // partial, as the data README says
        }
    }
    CHECKED(checkReadBack(report));

    const Landscape zhBleu = load(report, "transformer / zh-en / valid / -dev_bleu");
    const Landscape zhPpl = load(report, "transformer / zh-en / valid / dev_ppl");
    QVERIFY(!zhBleu.isComplete());
    // zh-en strides 72, 36, 12, 6, 3, 1.
    // line 2: zh-en,30000.0,2.0,512.0,2048.0,16.0,0.0003 -> (1,0,1,1,1,0), id 72+12+6+3 = 93;
    // bleu 13.93, ppl 28.177334
    QCOMPARE(zhBleu.space().encode({1, 0, 1, 1, 1, 0}), ConfigId(93));
    CHECK_LOSS(zhBleu, 93, -13.93);
    CHECK_LOSS(zhPpl, 93, 28.177334);
    // sw-en strides 144, 36, 12, 6, 3, 1.
    // line 614: sw-en,4000.0,1.0,256.0,1024.0,8.0,0.001 -> (2,0,0,0,0,2), id 288+2 = 290; bleu 22.29, ppl 14.036172
    const Landscape swBleu = load(report, "transformer / sw-en / valid / -dev_bleu");
    QCOMPARE(swBleu.space().encode({2, 0, 0, 0, 0, 2}), ConfigId(290));
    CHECK_LOSS(swBleu, 290, -22.29);
    CHECK_LOSS(load(report, "transformer / sw-en / valid / dev_ppl"), 290, 14.036172);
    // so-en strides 108, 36, 12, 6, 3, 1.
    // line 1984: so-en,16000.0,2.0,512.0,2048.0,8.0,0.001 -> (4,1,1,1,0,2), id 432+36+12+6+2 = 488;
    // bleu 7.52, ppl 97.684797
    const Landscape soBleu = load(report, "transformer / so-en / valid / -dev_bleu");
    QCOMPARE(soBleu.space().encode({4, 1, 1, 1, 0, 2}), ConfigId(488));
    CHECK_LOSS(soBleu, 488, -7.52);
    CHECK_LOSS(load(report, "transformer / so-en / valid / dev_ppl"), 488, 97.684797);
}

HPLX_REALDATA_MAIN(RealDataImportTest)

#include "tst_realdata_import.moc"
