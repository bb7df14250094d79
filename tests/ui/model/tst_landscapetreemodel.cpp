// The landscape tree: levels space -> model -> dataset -> fidelity -> split/loss,
// natural order, counts, landscape ids on the leaves, and the word filter.
#include "model/LandscapeFilterProxy.h"
#include "model/LandscapeTreeModel.h"
#include "store/DatabaseWriter.h"
#include "store/LandscapeDatabase.h"
#include "support/TestLandscapes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <functional>
#include <map>

using namespace hplx;

namespace {

// Written in a shuffled order so that the tree's order comes from the model:
//   big   (1080 configs): mlp / digits / — / test
//   grid  (6 configs):    xgboost / wine / fraction=1 / test
//                         xgboost / wine / — / test (partial: 4 of 6)
//                         xgboost / wine / fraction=0.25 / test, valid
//                         xgboost / wine / — / train
//                         xgboost / iris / — / test
//                         rf / wine / — / test
//   small (2 configs):    svm / wine / — / test
std::map<std::string, std::int64_t> writeDatabase(const QString &path)
{
    const SearchSpace grid({Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.1", "1"}),
                            Hyperparameter("booster", HpKind::Categorical, {"gbtree", "dart"})});
    const SearchSpace small({Hyperparameter("C", HpKind::Ordinal, {"1", "10"})});
    const SearchSpace big = test::makeSpace({36, 30}, {HpKind::Ordinal, HpKind::Ordinal});
    DatabaseWriter writer(path.toStdString());
    writer.begin();
    const auto gridId = writer.addSpace(grid, "grid");
    const auto smallId = writer.addSpace(small, "small");
    const auto bigId = writer.addSpace(big, "big");
    std::vector<double> six = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
    std::vector<double> partial = {0.1, 0.2, 0.3, 0.4, std::nan(""), std::nan("")};
    std::vector<double> bigLoss(big.size(), 0.5);
    std::map<std::string, std::int64_t> ids;
    auto add = [&](std::int64_t space, const std::string &name, LandscapeKey key, const std::vector<double> &loss) {
        ids[name] = writer.addLandscape(space, key, loss, "test");
    };
    const std::string acc = "1-accuracy";
    add(gridId, "fraction 1 test", {"xgboost", "wine", "fraction", 1.0, "test", acc}, six);
    add(gridId, "test", {"xgboost", "wine", "", std::nullopt, "test", acc}, partial);
    add(smallId, "svm", {"svm", "wine", "", std::nullopt, "test", acc}, {0.3, 0.2});
    add(gridId, "fraction 0.25 test", {"xgboost", "wine", "fraction", 0.25, "test", acc}, six);
    add(gridId, "train", {"xgboost", "wine", "", std::nullopt, "train", acc}, six);
    add(bigId, "big", {"mlp", "digits", "", std::nullopt, "test", acc}, bigLoss);
    add(gridId, "fraction 0.25 valid", {"xgboost", "wine", "fraction", 0.25, "valid", acc}, six);
    add(gridId, "iris", {"xgboost", "iris", "", std::nullopt, "test", acc}, six);
    add(gridId, "rf", {"rf", "wine", "", std::nullopt, "test", acc}, six);
    writer.commit();
    return ids;
}

QString label(const QAbstractItemModel &model, const QModelIndex &index)
{
    return model.data(index).toString();
}

QString count(const QAbstractItemModel &model, const QModelIndex &index)
{
    return model.data(index.siblingAtColumn(1)).toString();
}

QStringList childLabels(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(parent); ++row)
        labels << label(model, model.index(row, 0, parent));
    return labels;
}

} // namespace

class TestLandscapeTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void levelsAndOrder();
    void countsAndIds();
    void indexOfLandscape();
    void filterKeepsLeavesWithEveryWord();
    void emptyDatabase();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const LandscapeDatabase> m_db;
    std::map<std::string, std::int64_t> m_ids;
};

void TestLandscapeTreeModel::initTestCase()
{
    // Counts are formatted for the locale: pin one with a group separator.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString path = m_dir.filePath(QStringLiteral("tree.db"));
    m_ids = writeDatabase(path);
    m_db = std::make_shared<const LandscapeDatabase>(path.toStdString());
}

void TestLandscapeTreeModel::levelsAndOrder()
{
    LandscapeTreeModel model(m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(childLabels(model, {}),
             (QStringList{QStringLiteral("big"), QStringLiteral("grid"), QStringLiteral("small")}));
    const QModelIndex grid = model.index(1, 0);
    QCOMPARE(childLabels(model, grid), (QStringList{QStringLiteral("rf"), QStringLiteral("xgboost")}));
    const QModelIndex xgboost = model.index(1, 0, grid);
    QCOMPARE(childLabels(model, xgboost), (QStringList{QStringLiteral("iris"), QStringLiteral("wine")}));
    const QModelIndex wine = model.index(1, 0, xgboost);
    // No fidelity first, then by value: 0.25 before 1.
    QCOMPARE(childLabels(model, wine),
             (QStringList{QStringLiteral("—"), QStringLiteral("fraction = 0.25"), QStringLiteral("fraction = 1")}));
    // Splits train, valid, test.
    QCOMPARE(childLabels(model, model.index(0, 0, wine)),
             (QStringList{QStringLiteral("train · 1-accuracy"), QStringLiteral("test · 1-accuracy")}));
    QCOMPARE(childLabels(model, model.index(1, 0, wine)),
             (QStringList{QStringLiteral("valid · 1-accuracy"), QStringLiteral("test · 1-accuracy")}));
    QCOMPARE(model.rowCount(model.index(2, 0, wine)), 1);
    const QModelIndex leaf = model.index(0, 0, model.index(0, 0, wine));
    QCOMPARE(model.rowCount(leaf), 0);
    QCOMPARE(model.parent(leaf).parent(), wine);
    QCOMPARE(leaf.data(LandscapeTreeModel::PathRole).toString(),
             QStringLiteral("grid / xgboost / wine / — / train / 1-accuracy"));
}

void TestLandscapeTreeModel::countsAndIds()
{
    LandscapeTreeModel model(m_db);
    const QModelIndex big = model.index(0, 0);
    const QModelIndex grid = model.index(1, 0);
    const QModelIndex small = model.index(2, 0);
    QCOMPARE(count(model, big), QStringLiteral("1 landscape"));
    QCOMPARE(count(model, grid), QStringLiteral("7 landscapes"));
    QCOMPARE(count(model, small), QStringLiteral("1 landscape"));
    const QModelIndex wine = model.index(1, 0, model.index(1, 0, grid));
    QCOMPARE(count(model, wine), QStringLiteral("5 landscapes"));
    QCOMPARE(count(model, model.index(0, 0, wine)), QStringLiteral("2 landscapes"));

    // Leaves: evaluated / grid; 36 x 30 = 1,080.
    const QModelIndex bigLeaf = model.index(0, 0, model.index(0, 0, model.index(0, 0, model.index(0, 0, big))));
    QCOMPARE(label(model, bigLeaf), QStringLiteral("test · 1-accuracy"));
    QCOMPARE(count(model, bigLeaf), QStringLiteral("1,080 / 1,080 configs"));
    QCOMPARE(bigLeaf.data(LandscapeTreeModel::LandscapeIdRole).toLongLong(), m_ids.at("big"));
    const QModelIndex noFidelity = model.index(0, 0, wine);
    const QModelIndex partial = model.index(1, 0, noFidelity);
    QCOMPARE(count(model, partial), QStringLiteral("4 / 6 configs"));
    QCOMPARE(partial.data(LandscapeTreeModel::LandscapeIdRole).toLongLong(), m_ids.at("test"));
    QCOMPARE(model.index(0, 0, noFidelity).data(LandscapeTreeModel::LandscapeIdRole).toLongLong(), m_ids.at("train"));
    QCOMPARE(model.index(0, 0, model.index(1, 0, wine)).data(LandscapeTreeModel::LandscapeIdRole).toLongLong(),
             m_ids.at("fraction 0.25 valid"));
    // The id is on every column of a leaf; inner nodes carry -1.
    QCOMPARE(partial.siblingAtColumn(1).data(LandscapeTreeModel::LandscapeIdRole).toLongLong(), m_ids.at("test"));
    for (const QModelIndex &inner : {big, grid, wine, noFidelity})
        QCOMPARE(inner.data(LandscapeTreeModel::LandscapeIdRole).toLongLong(), qint64{-1});
}

void TestLandscapeTreeModel::indexOfLandscape()
{
    LandscapeTreeModel model(m_db);
    for (const auto &[name, id] : m_ids) {
        const QModelIndex index = model.indexOfLandscape(id);
        QVERIFY2(index.isValid(), name.c_str());
        QCOMPARE(index.data(LandscapeTreeModel::LandscapeIdRole).toLongLong(), id);
        const LandscapeKey &key = m_db->landscapeInfo(id).key;
        const QString fidelity =
            key.fidelityValue ? QStringLiteral("fraction = %1").arg(*key.fidelityValue) : QStringLiteral("—");
        const QString path = QStringList{QString::fromStdString(m_db->space(m_db->landscapeInfo(id).spaceId).name),
                                         QString::fromStdString(key.model),
                                         QString::fromStdString(key.dataset),
                                         fidelity,
                                         QString::fromStdString(key.split),
                                         QString::fromStdString(key.lossName)}
                                 .join(QStringLiteral(" / "));
        QCOMPARE(index.data(LandscapeTreeModel::PathRole).toString(), path);
    }
    const QModelIndex rf = model.indexOfLandscape(m_ids.at("rf"));
    QCOMPARE(model.parent(model.parent(model.parent(model.parent(rf)))), model.index(1, 0));
    QVERIFY(!model.indexOfLandscape(987654).isValid());
}

void TestLandscapeTreeModel::filterKeepsLeavesWithEveryWord()
{
    LandscapeTreeModel model(m_db);
    LandscapeFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(QStringLiteral("WINE  test"));
    // big (mlp / digits) has no wine; iris has no wine; train and valid are not test.
    QCOMPARE(childLabels(proxy, {}), (QStringList{QStringLiteral("grid"), QStringLiteral("small")}));
    const QModelIndex grid = proxy.index(0, 0);
    QCOMPARE(childLabels(proxy, grid), (QStringList{QStringLiteral("rf"), QStringLiteral("xgboost")}));
    const QModelIndex xgboost = proxy.index(1, 0, grid);
    QCOMPARE(childLabels(proxy, xgboost), (QStringList{QStringLiteral("wine")}));
    const QModelIndex wine = proxy.index(0, 0, xgboost);
    QCOMPARE(proxy.rowCount(wine), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(childLabels(proxy, proxy.index(row, 0, wine)), (QStringList{QStringLiteral("test · 1-accuracy")}));
    // Five leaves in all: rf, xgboost ×3, svm.
    int leaves = 0;
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < proxy.rowCount(parent); ++row) {
            const QModelIndex child = proxy.index(row, 0, parent);
            if (child.data(LandscapeTreeModel::LandscapeIdRole).toLongLong() >= 0)
                ++leaves;
            visit(child);
        }
    };
    visit({});
    QCOMPARE(leaves, 5);

    proxy.setFilterText(QStringLiteral("fraction valid"));
    QCOMPARE(childLabels(proxy, {}), (QStringList{QStringLiteral("grid")}));
    proxy.setFilterText(QStringLiteral("nothing-matches"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestLandscapeTreeModel::emptyDatabase()
{
    LandscapeTreeModel model(m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexOfLandscape(m_ids.at("rf")).isValid());
    model.setDatabase(m_db);
    QCOMPARE(model.rowCount(), 3);
}

QTEST_MAIN(TestLandscapeTreeModel)
#include "tst_landscapetreemodel.moc"
