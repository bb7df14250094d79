// TableExport: a model's cells as a TextTable (numbers at full or chosen
// precision, undefined values empty) and the file format chosen by suffix.
#include "model/TableExport.h"

#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace hplx;

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsFromRole();
    void formatBySuffix();
    void writesEachFormat();
    void unwritableFileIsAnError();
};

namespace {

constexpr int kValueRole = Qt::UserRole + 1;

// metric | value: fdc = 1/3 (a double), nu undefined (no value), n_lo = "12 optima" (text).
std::unique_ptr<QStandardItemModel> metricModel()
{
    auto model = std::make_unique<QStandardItemModel>(3, 2);
    model->setHorizontalHeaderLabels({QStringLiteral("metric"), QStringLiteral("value")});
    const QStringList names{QStringLiteral("fdc"), QStringLiteral("nu"), QStringLiteral("n_lo")};
    for (int r = 0; r < 3; ++r) {
        model->setData(model->index(r, 0), names[r], Qt::DisplayRole);
        model->setData(model->index(r, 0), names[r], kValueRole);
    }
    model->setData(model->index(0, 1), 1.0 / 3.0, kValueRole);
    model->setData(model->index(0, 1), QStringLiteral("0.3333"), Qt::DisplayRole);
    model->setData(model->index(1, 1), QStringLiteral("n/a"), Qt::DisplayRole);
    model->setData(model->index(2, 1), QStringLiteral("12 optima"), kValueRole);
    return model;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestTableExport::cellsFromRole()
{
    const auto model = metricModel();
    const TextTable full = textTableOf(*model, kValueRole);
    QCOMPARE(full.columns, (std::vector<std::string>{"metric", "value"}));
    QCOMPARE(full.rows[0][1], std::string("0.3333333333333333")); // shortest exact text of 1/3
    QCOMPARE(full.rows[1][1], std::string());                     // undefined: empty
    QCOMPARE(full.rows[2][1], std::string("12 optima"));
    const TextTable rounded = textTableOf(*model, kValueRole, 4);
    QCOMPARE(rounded.rows[0][1], std::string("0.3333"));
    const TextTable shown = textTableOf(*model);
    QCOMPARE(shown.rows[1][1], std::string("n/a"));
}

void TestTableExport::formatBySuffix()
{
    QCOMPARE(tableFormatOf(QStringLiteral("/x/metrics.csv")), std::optional(TableFormat::Csv));
    QCOMPARE(tableFormatOf(QStringLiteral("metrics.JSON")), std::optional(TableFormat::Json));
    QCOMPARE(tableFormatOf(QStringLiteral("a.b/metrics.tex")), std::optional(TableFormat::Latex));
    QVERIFY(!tableFormatOf(QStringLiteral("metrics.txt")));
    QVERIFY(!tableFormatOf(QStringLiteral("metrics")));
}

void TestTableExport::writesEachFormat()
{
    QTemporaryDir dir;
    TextTable table;
    table.columns = {"metric", "value"};
    table.rows = {{"fdc", "0.5"}, {"nu", ""}};
    QVERIFY(writeTable(dir.filePath(QStringLiteral("t.csv")), table).isEmpty());
    QCOMPARE(readAll(dir.filePath(QStringLiteral("t.csv"))), QByteArray("metric,value\nfdc,0.5\nnu,\n"));
    QVERIFY(writeTable(dir.filePath(QStringLiteral("t.json")), table).isEmpty());
    const QByteArray json = readAll(dir.filePath(QStringLiteral("t.json")));
    QVERIFY(json.contains("\"value\": 0.5"));
    QVERIFY(json.contains("\"value\": null"));
    QVERIFY(writeTable(dir.filePath(QStringLiteral("t.tex")), table, QStringLiteral("Metrics")).isEmpty());
    const QByteArray tex = readAll(dir.filePath(QStringLiteral("t.tex")));
    QVERIFY(tex.startsWith("\\begin{table}"));
    QVERIFY(tex.contains("\\caption{Metrics}"));
    QVERIFY(tex.contains("\\begin{tabular}{lr}"));
    QVERIFY(tex.contains("fdc & $0.5$ \\\\"));

    const QString error = writeTable(dir.filePath(QStringLiteral("t.txt")), table);
    QVERIFY(error.contains(QStringLiteral("t.txt")));
    QVERIFY(error.contains(QStringLiteral(".tex")));
}

void TestTableExport::unwritableFileIsAnError()
{
    TextTable table;
    table.columns = {"a"};
    const QString path = QStringLiteral("/nonexistent-hplx-dir/t.csv");
    const QString error = writeTable(path, table);
    QVERIFY(error.startsWith(path));
}

QTEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
