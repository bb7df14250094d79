// The metric table on a landscape small enough to work out by hand: one
// ordinal HP with three values and losses 0.1, 0.3, 0.2.
//   neighbour pairs: 0-1, 1-2 (edges = 2); improving edges 1->0 (drop 0.2)
//   and 1->2 (drop 0.1): gradient = 0.15
//   local optima 0 and 2 (n_lo = 2, ratio 2/3); global optimum 0, loss 0.1
//   greedy basins: {0, 1} and {2}: s_b = 1.5, s_b_fraction = 0.5
//   neutrality with eps 0.01: every neighbour differs by >= 0.1, so nu = 0
//   and ndc is undefined (constant neutrality)
//   l_ast (directed) pairs (0.3, 0.1), (0.3, 0.2): the first side is constant,
//   so it is undefined
//   basin size vs optimum loss: (2, 0.1), (1, 0.2): basin_fit_corr = -1
#include "metrics/LandscapeMetrics.h"
#include "model/MetricDescriptions.h"
#include "model/MetricTableModel.h"
#include "support/TestLandscapes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <cmath>

using namespace hplx;

class TestMetricTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsFollowMetricsOrder();
    void valuesAndUndefined();
    void summaryRows();
    void tsvOfTwoRows();
    void tsvOfWholeTable();
    void sortsThroughProxy();
    void everyKeyIsDescribed();
    void missingResultGivesEmptyColumn();

private:
    std::shared_ptr<const LandscapeMetrics> m_metrics;
};

void TestMetricTableModel::initTestCase()
{
    const Landscape tiny = test::makeLandscape({test::numbered("x", 3)}, {0.1, 0.3, 0.2});
    m_metrics = std::make_shared<const LandscapeMetrics>(computeMetrics(tiny));
}

void TestMetricTableModel::rowsFollowMetricsOrder()
{
    MetricTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults({QStringLiteral("tiny")}, {m_metrics});
    const QStringList expected = {QStringLiteral("l_ast"),
                                  QStringLiteral("rho_a"),
                                  QStringLiteral("nu"),
                                  QStringLiteral("ndc"),
                                  QStringLiteral("n_lo"),
                                  QStringLiteral("n_lo_ratio"),
                                  QStringLiteral("s_b"),
                                  QStringLiteral("s_b_fraction"),
                                  QStringLiteral("go_basin_share"),
                                  QStringLiteral("fdc"),
                                  QStringLiteral("ffi"),
                                  QStringLiteral("mean_dist_go"),
                                  QStringLiteral("gradient"),
                                  QStringLiteral("go_access"),
                                  QStringLiteral("basin_fit_corr"),
                                  QStringLiteral("configurations"),
                                  QStringLiteral("evaluated"),
                                  QStringLiteral("edges"),
                                  QStringLiteral("local_optima"),
                                  QStringLiteral("global_loss")};
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(model.keyAt(row), expected[row]);
    // The same order as the core computes them, and no key of the core missing.
    for (std::size_t i = 0; i < m_metrics->values.size(); ++i)
        QCOMPARE(model.keyAt(static_cast<int>(i)), QString::fromStdString(m_metrics->values[i].key));
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("metric"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("variant"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("parameters"));
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("tiny"));
}

void TestMetricTableModel::valuesAndUndefined()
{
    MetricTableModel model;
    model.setResults({QStringLiteral("tiny")}, {m_metrics});
    auto cell = [&](const char *key, int column, int role = Qt::DisplayRole) {
        return model.index(model.rowOfKey(QString::fromLatin1(key)), column).data(role);
    };
    QCOMPARE(cell("n_lo", 3).toString(), QStringLiteral("2"));
    QCOMPARE(cell("n_lo_ratio", 3).toString(), QStringLiteral("0.6667"));
    QCOMPARE(cell("s_b", 3).toString(), QStringLiteral("1.5"));
    QCOMPARE(cell("s_b_fraction", 3).toString(), QStringLiteral("0.5"));
    QCOMPARE(cell("nu", 3).toString(), QStringLiteral("0"));
    QCOMPARE(cell("gradient", 3).toString(), QStringLiteral("0.15"));
    QCOMPARE(cell("basin_fit_corr", 3).toString(), QStringLiteral("-1"));
    QCOMPARE(cell("n_lo_ratio", 3, MetricTableModel::SortRole).toDouble(), 2.0 / 3.0);

    QCOMPARE(cell("ndc", 3).toString(), QStringLiteral("n/a"));
    QCOMPARE(cell("ndc", 3, Qt::ToolTipRole).toString(),
             QStringLiteral("undefined: neutrality or distance is constant"));
    QVERIFY(!cell("ndc", 3, MetricTableModel::SortRole).isValid());
    QCOMPARE(cell("l_ast", 3).toString(), QStringLiteral("n/a"));
    QCOMPARE(cell("l_ast", 3, Qt::ToolTipRole).toString(), QStringLiteral("undefined: constant losses on the edges"));

    QCOMPARE(cell("nu", 1).toString(), QStringLiteral("absolute"));
    QCOMPARE(cell("nu", 2).toString(), QStringLiteral("eps=0.01"));
    QCOMPARE(cell("l_ast", 1).toString(), QStringLiteral("directed"));
    QVERIFY(cell("nu", 0, Qt::ToolTipRole).toString().contains(metricDescription(QStringLiteral("nu"))));
    QCOMPARE(cell("nu", 0, MetricTableModel::MetricKeyRole).toString(), QStringLiteral("nu"));
}

void TestMetricTableModel::summaryRows()
{
    MetricTableModel model;
    model.setResults({QStringLiteral("tiny")}, {m_metrics});
    const int first = model.rowOfKey(QStringLiteral("configurations"));
    const QStringList labels = {QStringLiteral("configurations"), QStringLiteral("evaluated"), QStringLiteral("edges"),
                                QStringLiteral("local optima"), QStringLiteral("global optimum loss")};
    const QStringList values = {QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("2"),
                                QStringLiteral("0.1")};
    for (int i = 0; i < labels.size(); ++i) {
        QCOMPARE(model.index(first + i, 0).data().toString(), labels[i]);
        QCOMPARE(model.index(first + i, 3).data().toString(), values[i]);
        QCOMPARE(model.index(first + i, 1).data().toString(), QString());
    }
}

void TestMetricTableModel::tsvOfTwoRows()
{
    MetricTableModel model;
    model.setResults({QStringLiteral("tiny")}, {m_metrics});
    const int nLo = model.rowOfKey(QStringLiteral("n_lo"));
    const int sB = model.rowOfKey(QStringLiteral("s_b"));
    // Given out of order: the text follows the table.
    const QModelIndexList selection = {model.index(sB, 3), model.index(nLo, 0), model.index(nLo, 3),
                                       model.index(sB, 0)};
    QCOMPARE(model.toTsv(selection), QStringLiteral("metric\ttiny\nn_lo\t2\ns_b\t1.5\n"));

    // The same cells picked through a sort proxy.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(MetricTableModel::SortRole);
    proxy.sort(3, Qt::DescendingOrder);
    QModelIndexList viaProxy;
    for (const QModelIndex &index : selection)
        viaProxy << proxy.mapFromSource(index);
    QCOMPARE(model.toTsv(viaProxy), QStringLiteral("metric\ttiny\nn_lo\t2\ns_b\t1.5\n"));
}

void TestMetricTableModel::tsvOfWholeTable()
{
    MetricTableModel model;
    model.setResults({QStringLiteral("tiny")}, {m_metrics});
    const QStringList lines = model.toTsv().split(QLatin1Char('\n'));
    // Header, 20 rows, and the empty piece after the last newline.
    QCOMPARE(lines.size(), 22);
    QCOMPARE(lines[0], QStringLiteral("metric\tvariant\tparameters\ttiny"));
    QCOMPARE(lines[1 + model.rowOfKey(QStringLiteral("nu"))], QStringLiteral("nu\tabsolute\teps=0.01\t0"));
    QCOMPARE(lines[21], QString());
}

void TestMetricTableModel::sortsThroughProxy()
{
    MetricTableModel model;
    model.setResults({QStringLiteral("tiny")}, {m_metrics});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(MetricTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(3, Qt::AscendingOrder);
    // basin_fit_corr = -1 is the lowest value; undefined values come last.
    QCOMPARE(proxy.index(0, 0).data(MetricTableModel::MetricKeyRole).toString(), QStringLiteral("basin_fit_corr"));
    bool undefinedSeen = false;
    double previous = -2.0;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QVariant value = proxy.index(row, 3).data(MetricTableModel::SortRole);
        if (!value.isValid()) {
            undefinedSeen = true;
            continue;
        }
        QVERIFY2(!undefinedSeen, "a defined value after an undefined one");
        QVERIFY(value.toDouble() >= previous);
        previous = value.toDouble();
    }
    QVERIFY(undefinedSeen);
    proxy.sort(0, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("basin_fit_corr"));
}

void TestMetricTableModel::everyKeyIsDescribed()
{
    for (const QString &key : MetricDescriptions::keys()) {
        QVERIFY2(!metricDescription(key).isEmpty(), qPrintable(key));
        QVERIFY2(metricName(key) != key || key == QStringLiteral("configurations") || key == QStringLiteral("edges")
                     || key == QStringLiteral("evaluated"),
                 qPrintable(key));
    }
    for (const MetricValue &value : m_metrics->values)
        QVERIFY2(!metricDescription(QString::fromStdString(value.key)).isEmpty(), value.key.c_str());
    QCOMPARE(metricDescription(QStringLiteral("no_such_metric")), QString());
}

void TestMetricTableModel::missingResultGivesEmptyColumn()
{
    MetricTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults({QStringLiteral("a")}, {m_metrics, nullptr});
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("landscape 2"));
    QCOMPARE(model.index(model.rowOfKey(QStringLiteral("n_lo")), 4).data().toString(), QString());
    QCOMPARE(model.index(model.rowOfKey(QStringLiteral("n_lo")), 3).data().toString(), QStringLiteral("2"));
    model.setResults({}, {});
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.rowCount(), 20);
}

QTEST_MAIN(TestMetricTableModel)
#include "tst_metrictablemodel.moc"
