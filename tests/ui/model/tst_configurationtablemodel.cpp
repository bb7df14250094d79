// The configuration table: columns, display and raw roles, ranks with ties,
// sorting with missing values last, the filter language and its errors, the
// row <-> configuration maps, and a million rows sorted in one go.
//
// The small fixture: lr {0.01, 0.1, 1} (ordinal) x booster {gbtree, dart}
// (categorical), id = 2 * lr index + booster index:
//   id      0      1      2      3      4      5
//   lr      0.01   0.01   0.1    0.1    1      1
//   booster gbtree dart   gbtree dart   gbtree dart
//   test    0.3    0.1    0.3    -      0.2    0.1    (primary)
//   train   0.05   0      0.1    0.2    0.15   -      (fraction = 0.25)
// Ranks in test (ties averaged): 0.1 twice -> 1.5, 0.2 -> 3, 0.3 twice -> 4.5.
// Local optima of test: 1 (neighbours 0: 0.3; 3 missing) and 5 (neighbour
// 4: 0.2); steepest descent: 0 -> 1, 2 -> 4 -> 5.
#include "graph/ImprovingGraph.h"
#include "model/ConfigurationTableModel.h"
#include "support/TestLandscapes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

#include <cmath>

using namespace hplx;

namespace {

const double kMissing = std::nan("");

std::shared_ptr<const SearchSpace> smallSpace()
{
    return std::make_shared<const SearchSpace>(
        std::vector<Hyperparameter>{Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.1", "1"}),
                                    Hyperparameter("booster", HpKind::Categorical, {"gbtree", "dart"})});
}

std::shared_ptr<const Landscape> landscape(std::shared_ptr<const SearchSpace> space, const std::string &dataset,
                                           const std::string &split, std::optional<double> fraction,
                                           std::vector<double> loss)
{
    LandscapeInfo info;
    info.key = {"xgboost", dataset, fraction ? "fraction" : "", fraction, split, "1-accuracy"};
    return std::make_shared<const Landscape>(std::move(space), info, std::move(loss));
}

std::vector<ConfigId> shownIds(const ConfigurationTableModel &model)
{
    std::vector<ConfigId> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.configAt(row));
    return ids;
}

using Ids = std::vector<ConfigId>;

} // namespace

class TestConfigurationTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void columnsAndHeaders();
    void displayAndRoles();
    void ranksAverageTies();
    void sorting_data();
    void sorting();
    void filters_data();
    void filters();
    void filterErrors_data();
    void filterErrors();
    void filterWordsInTheUsersLanguage();
    void rowOfIsTheInverseOfConfigAt();
    void duplicateHeadersNameTheDataset();
    void millionRows();

private:
    std::unique_ptr<ConfigurationTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestConfigurationTableModel::init()
{
    const auto space = smallSpace();
    m_model = std::make_unique<ConfigurationTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setSpace(space);
    m_model->setLandscapes({landscape(space, "wine", "test", std::nullopt, {0.3, 0.1, 0.3, kMissing, 0.2, 0.1}),
                            landscape(space, "wine", "train", 0.25, {0.05, 0.0, 0.1, 0.2, 0.15, kMissing})},
                           0);
    m_model->setGraphInfo({0, 1, 0, 0, 0, 1}, {1, 1, 5, kNoConfig, 5, 5});
}

void TestConfigurationTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestConfigurationTableModel::columnsAndHeaders()
{
    const ConfigurationTableModel &model = *m_model;
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 8);
    const QStringList expected = {QStringLiteral("config"),
                                  QStringLiteral("lr"),
                                  QStringLiteral("booster"),
                                  QStringLiteral("test"),
                                  QStringLiteral("train (fraction=0.25)"),
                                  QStringLiteral("rank"),
                                  QStringLiteral("local optimum"),
                                  QStringLiteral("basin")};
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected[column]);
    QCOMPARE(model.lossColumn(0), 3);
    QCOMPARE(model.lossColumn(1), 4);
    QCOMPARE(model.rankColumn(), 5);
    QCOMPARE(model.localOptimumColumn(), 6);
    QCOMPARE(model.basinColumn(), 7);
    QVERIFY(model.columnKind(2) == ConfigurationTableModel::ColumnKind::Hyperparameter);

    // Without graph information and without a primary the optional columns go.
    m_model->setGraphInfo({}, {});
    QCOMPARE(m_model->columnCount(), 6);
    m_model->setLandscapes(m_model->landscapes(), -1);
    QCOMPARE(m_model->columnCount(), 5);
    QCOMPARE(m_model->rankColumn(), -1);
}

void TestConfigurationTableModel::displayAndRoles()
{
    const ConfigurationTableModel &model = *m_model;
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(cell(2, 0).toString(), QStringLiteral("2"));
    QCOMPARE(cell(2, 1).toString(), QStringLiteral("0.1"));
    QCOMPARE(cell(3, 2).toString(), QStringLiteral("dart"));
    QCOMPARE(cell(0, 3).toString(), QStringLiteral("0.3"));
    QCOMPARE(cell(3, 3).toString(), QString()); // not evaluated in test
    QCOMPARE(cell(3, 4).toString(), QStringLiteral("0.2"));
    QCOMPARE(cell(5, 4).toString(), QString());
    QCOMPARE(cell(1, 5).toString(), QStringLiteral("1.5"));
    QCOMPARE(cell(1, 6).toString(), QStringLiteral("yes"));
    QCOMPARE(cell(0, 6).toString(), QString());
    QCOMPARE(cell(2, 7).toString(), QStringLiteral("5"));
    QCOMPARE(cell(3, 7).toString(), QString());

    QCOMPARE(cell(4, 2, ConfigurationTableModel::ConfigIdRole).toLongLong(), 4);
    QCOMPARE(cell(4, 1, ConfigurationTableModel::SortRole).toDouble(), 1.0);
    QCOMPARE(cell(3, 2, ConfigurationTableModel::SortRole).toDouble(), 1.0); // dart is value 1
    QCOMPARE(cell(0, 3, ConfigurationTableModel::SortRole).toDouble(), 0.3);
    QVERIFY(std::isnan(cell(3, 3, ConfigurationTableModel::SortRole).toDouble()));

    const auto right = QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
    const auto left = QVariant::fromValue<int>(Qt::AlignLeft | Qt::AlignVCenter);
    QCOMPARE(cell(0, 0, Qt::TextAlignmentRole), right);
    QCOMPARE(cell(0, 1, Qt::TextAlignmentRole), right);
    QCOMPARE(cell(0, 2, Qt::TextAlignmentRole), left);
    QCOMPARE(cell(0, 3, Qt::TextAlignmentRole), right);

    QVERIFY(cell(3, 0, Qt::ToolTipRole).toString().contains(QStringLiteral("lr=0.1, booster=dart")));
    QVERIFY(cell(3, 3, Qt::ToolTipRole).toString().contains(QStringLiteral("not evaluated")));
}

void TestConfigurationTableModel::ranksAverageTies()
{
    QCOMPARE(m_model->rankOf(1), 1.5);
    QCOMPARE(m_model->rankOf(5), 1.5);
    QCOMPARE(m_model->rankOf(4), 3.0);
    QCOMPARE(m_model->rankOf(0), 4.5);
    QCOMPARE(m_model->rankOf(2), 4.5);
    QVERIFY(std::isnan(m_model->rankOf(3)));
    // Primary = train: 0 < 0.05 < 0.1 < 0.15 < 0.2, no ties.
    m_model->setLandscapes(m_model->landscapes(), 1);
    QCOMPARE(m_model->rankOf(1), 1.0);
    QCOMPARE(m_model->rankOf(0), 2.0);
    QCOMPARE(m_model->rankOf(3), 5.0);
    QVERIFY(std::isnan(m_model->rankOf(5)));
}

void TestConfigurationTableModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<Ids>("expected");
    // Ties keep id order; the missing loss (id 3 in test, id 5 in train) is last both ways.
    QTest::newRow("test ascending") << 3 << true << Ids{1, 5, 4, 0, 2, 3};
    QTest::newRow("test descending") << 3 << false << Ids{0, 2, 4, 1, 5, 3};
    QTest::newRow("train ascending") << 4 << true << Ids{1, 0, 2, 4, 3, 5};
    QTest::newRow("train descending") << 4 << false << Ids{3, 4, 2, 0, 1, 5};
    QTest::newRow("booster ascending") << 2 << true << Ids{0, 2, 4, 1, 3, 5};
    QTest::newRow("booster descending") << 2 << false << Ids{1, 3, 5, 0, 2, 4};
    QTest::newRow("lr descending") << 1 << false << Ids{4, 5, 2, 3, 0, 1};
    QTest::newRow("rank ascending") << 5 << true << Ids{1, 5, 4, 0, 2, 3};
    QTest::newRow("optimum descending") << 6 << false << Ids{1, 5, 0, 2, 3, 4};
    QTest::newRow("basin ascending") << 7 << true << Ids{0, 1, 2, 4, 5, 3};
    QTest::newRow("config descending") << 0 << false << Ids{5, 4, 3, 2, 1, 0};
    QTest::newRow("id order") << -1 << true << Ids{0, 1, 2, 3, 4, 5};
}

void TestConfigurationTableModel::sorting()
{
    QFETCH(int, column);
    QFETCH(bool, ascending);
    QFETCH(Ids, expected);
    // Start from another order: the result must not depend on it.
    m_model->sort(2, Qt::DescendingOrder);
    m_model->sort(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    QCOMPARE(shownIds(*m_model), expected);
    QCOMPARE(m_model->sortColumn(), column);
}

void TestConfigurationTableModel::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<Ids>("expected");
    QTest::newRow("empty") << QString() << Ids{0, 1, 2, 3, 4, 5};
    QTest::newRow("lr<=0.1") << QStringLiteral("lr<=0.1") << Ids{0, 1, 2, 3};
    QTest::newRow("lr=0.10 by value") << QStringLiteral("lr=0.10") << Ids{2, 3};
    QTest::newRow("booster=dart") << QStringLiteral("booster=dart") << Ids{1, 3, 5};
    QTest::newRow("comma") << QStringLiteral("lr<=0.1, booster=dart") << Ids{1, 3};
    QTest::newRow("blanks around operators") << QStringLiteral(" lr <= 0.1  booster != dart ") << Ids{0, 2};
    QTest::newRow("loss<0.2") << QStringLiteral("loss<0.2") << Ids{1, 5};
    QTest::newRow("loss<=0.2") << QStringLiteral("loss<=0.2") << Ids{1, 4, 5};
    QTest::newRow("loss!=0.3 skips missing") << QStringLiteral("loss!=0.3") << Ids{1, 4, 5};
    QTest::newRow("rank<=3") << QStringLiteral("rank<=3") << Ids{1, 4, 5};
    QTest::newRow("rank>4") << QStringLiteral("rank>4") << Ids{0, 2};
    QTest::newRow("optimum") << QStringLiteral("optimum") << Ids{1, 5};
    QTest::newRow("optimum and lr") << QStringLiteral("optimum,lr>=0.1") << Ids{5};
    QTest::newRow("config") << QStringLiteral("config>=4") << Ids{4, 5};
    QTest::newRow("case-insensitive names") << QStringLiteral("LR==1 Booster=gbtree") << Ids{4};
    QTest::newRow("nothing left") << QStringLiteral("loss>1") << Ids{};
}

void TestConfigurationTableModel::filters()
{
    QFETCH(QString, filter);
    QFETCH(Ids, expected);
    QSignalSpy errors(m_model.get(), &ConfigurationTableModel::filterError);
    QVERIFY(m_model->setFilter(filter));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(shownIds(*m_model), expected);
    QCOMPARE(m_model->filter(), filter.trimmed());
}

void TestConfigurationTableModel::filterErrors_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown name")
        << QStringLiteral("depth=3")
        << QStringLiteral("Unknown name 'depth' in the filter: use a hyperparameter (lr, booster), loss, rank, "
                          "config or optimum");
    QTest::newRow("order on a categorical")
        << QStringLiteral("booster<dart") << QStringLiteral("'booster' is categorical: only = and != apply, not <");
    QTest::newRow("word for a number") << QStringLiteral("lr<abc")
                                       << QStringLiteral("'lr' is numeric: '<' needs a number, not 'abc'");
    QTest::newRow("unknown value") << QStringLiteral("booster=xgb")
                                   << QStringLiteral("'booster' has no value 'xgb' (its values: gbtree, dart)");
    QTest::newRow("loss needs a number") << QStringLiteral("loss<=low")
                                         << QStringLiteral("'loss' needs a number after <=, not 'low'");
    QTest::newRow("no operator")
        << QStringLiteral("booster=dart lr")
        << QStringLiteral("Cannot read 'lr': write conditions such as max_depth=3, learning_rate<=0.1, loss<0.2, "
                          "rank<=10 or optimum, separated by spaces or commas");
}

void TestConfigurationTableModel::filterErrors()
{
    QFETCH(QString, filter);
    QFETCH(QString, message);
    QVERIFY(m_model->setFilter(QStringLiteral("lr>=0.1")));
    QSignalSpy errors(m_model.get(), &ConfigurationTableModel::filterError);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(!m_model->setFilter(filter));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).toString(), message);
    // Nothing changed.
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_model->filter(), QStringLiteral("lr>=0.1"));
    QCOMPARE(shownIds(*m_model), (Ids{2, 3, 4, 5}));
}

namespace {

// German words for the filter, as a .qm would give them.
class GermanFilterWords : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int) const override
    {
        if (qstrcmp(context, "hplx::ConfigurationTableModel") != 0)
            return {};
        const bool filterWord = disambiguation && qstrcmp(disambiguation, "filter word") == 0;
        if (qstrcmp(source, "rank") == 0 && !disambiguation)
            return QStringLiteral("Rang");
        if (qstrcmp(source, "config") == 0 && !disambiguation)
            return QStringLiteral("Konfig");
        if (qstrcmp(source, "loss") == 0 && filterWord)
            return QStringLiteral("Verlust");
        if (qstrcmp(source, "optimum") == 0 && filterWord)
            return QStringLiteral("Optimum");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestConfigurationTableModel::filterWordsInTheUsersLanguage()
{
    GermanFilterWords german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    // The same conditions as in filters(), in German and in English.
    QVERIFY(m_model->setFilter(QStringLiteral("Rang<=3")));
    QCOMPARE(shownIds(*m_model), (Ids{1, 4, 5}));
    QVERIFY(m_model->setFilter(QStringLiteral("verlust<0.2")));
    QCOMPARE(shownIds(*m_model), (Ids{1, 5}));
    QVERIFY(m_model->setFilter(QStringLiteral("Konfig>=4")));
    QCOMPARE(shownIds(*m_model), (Ids{4, 5}));
    QVERIFY(m_model->setFilter(QStringLiteral("rank<=3")));
    QCOMPARE(shownIds(*m_model), (Ids{1, 4, 5}));
    QCoreApplication::removeTranslator(&german);
    // Without the translation the German word is unknown.
    QSignalSpy errors(m_model.get(), &ConfigurationTableModel::filterError);
    QVERIFY(!m_model->setFilter(QStringLiteral("Rang<=3")));
    QCOMPARE(errors.count(), 1);
}

void TestConfigurationTableModel::rowOfIsTheInverseOfConfigAt()
{
    QVERIFY(m_model->setFilter(QStringLiteral("booster=dart")));
    m_model->sort(3, Qt::AscendingOrder);
    // dart: 1 (0.1), 3 (missing), 5 (0.1).
    QCOMPARE(shownIds(*m_model), (Ids{1, 5, 3}));
    QCOMPARE(m_model->rowOf(1), 0);
    QCOMPARE(m_model->rowOf(5), 1);
    QCOMPARE(m_model->rowOf(3), 2);
    QCOMPARE(m_model->rowOf(0), -1);
    QCOMPARE(m_model->rowOf(6), -1); // outside the space
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOf(m_model->configAt(row)), row);

    // Without an optimum column the keyword is refused and the filter stays.
    m_model->setGraphInfo({}, {});
    QVERIFY(!m_model->setFilter(QStringLiteral("optimum")));
    QCOMPARE(m_model->filter(), QStringLiteral("booster=dart"));
}

void TestConfigurationTableModel::duplicateHeadersNameTheDataset()
{
    const auto space = smallSpace();
    ConfigurationTableModel model;
    model.setLandscapes({landscape(space, "wine", "test", std::nullopt, {1, 2, 3, 4, 5, 6}),
                         landscape(space, "iris", "test", std::nullopt, {6, 5, 4, 3, 2, 1}),
                         landscape(space, "iris", "train", std::nullopt, {6, 5, 4, 3, 2, 1})},
                        1);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("wine test"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("iris test"));
    QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("train"));
    // Primary = iris test: id 5 has the lowest loss.
    QCOMPARE(model.rankOf(5), 1.0);
}

void TestConfigurationTableModel::millionRows()
{
    // 1000 x 1000 grid; every 7th configuration is not evaluated.
    auto space = std::make_shared<const SearchSpace>(test::makeSpace({1000, 1000}, {HpKind::Ordinal, HpKind::Ordinal}));
    std::vector<double> loss(space->size());
    std::size_t missing = 0;
    for (ConfigId id = 0; id < space->size(); ++id) {
        loss[id] = id % 7 == 0 ? kMissing : static_cast<double>((std::uint64_t{id} * 2654435761U) % 1000003U) / 1e6;
        missing += id % 7 == 0 ? 1 : 0;
    }
    QCOMPARE(missing, std::size_t{142858}); // ids 0, 7, ..., 999999
    ConfigurationTableModel model;
    model.setLandscapes({std::make_shared<const Landscape>(space, LandscapeInfo{}, std::move(loss))}, 0);
    QCOMPARE(model.rowCount(), 1'000'000);

    QElapsedTimer timer;
    timer.start();
    model.sort(model.lossColumn(0), Qt::AscendingOrder);
    qInfo("sorting 1,000,000 rows by loss took %lld ms", static_cast<long long>(timer.elapsed()));
    timer.restart();
    model.sort(model.hyperparameterColumn(1), Qt::DescendingOrder);
    qInfo("sorting 1,000,000 rows by an HP took %lld ms", static_cast<long long>(timer.elapsed()));
    timer.restart();
    model.sort(model.lossColumn(0), Qt::DescendingOrder);
    qInfo("sorting 1,000,000 rows by loss (descending) took %lld ms", static_cast<long long>(timer.elapsed()));

    const auto &values = model.landscapes()[0]->losses();
    const int evaluated = 1'000'000 - 142'858;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ConfigId id = model.configAt(row);
        if (row < evaluated) {
            QVERIFY(!std::isnan(values[id]));
            if (row > 0 && values[model.configAt(row - 1)] < values[id])
                QFAIL(qPrintable(QStringLiteral("row %1 is out of order").arg(row)));
        } else if (!std::isnan(values[id])) {
            QFAIL(qPrintable(QStringLiteral("row %1 should hold a missing loss").arg(row)));
        }
        if (model.rowOf(id) != row)
            QFAIL(qPrintable(QStringLiteral("rowOf(configAt(%1)) differs").arg(row)));
    }
    QVERIFY(!model.index(123456, 1).data().toString().isEmpty());

    timer.restart();
    QVERIFY(model.setFilter(QStringLiteral("hp0<10")));
    qInfo("filtering 1,000,000 rows took %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(model.rowCount(), 10'000);
}

QTEST_MAIN(TestConfigurationTableModel)
#include "tst_configurationtablemodel.moc"
