// TextTable: CSV quoting, JSON types and booktabs LaTeX, against hand-written
// expected text.
#include "export/TextTable.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using namespace hplx;

class TestTextTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numericColumns();
    void csvQuotesOnlyWhatNeedsIt();
    void jsonTypesFollowTheColumn();
    void latexBooktabs();
    void latexEscapesAndNumbers_data();
    void latexEscapesAndNumbers();
    void latexFloatWithCaption();
};

namespace {

TextTable metricTable()
{
    TextTable table;
    table.columns = {"metric", "value", "note"};
    table.rows = {{"fdc", "0.812", ""}, {"n_lo", "12", "local optima"}, {"nu", "", "undefined, one optimum"}};
    return table;
}

} // namespace

void TestTextTable::numericColumns()
{
    const TextTable table = metricTable();
    QVERIFY(!table.isNumericColumn(0));
    QVERIFY(table.isNumericColumn(1)); // the empty cell does not count
    QVERIFY(!table.isNumericColumn(2));
    TextTable empty;
    empty.columns = {"x"};
    empty.rows = {{""}};
    QVERIFY(!empty.isNumericColumn(0)); // no number at all
}

void TestTextTable::csvQuotesOnlyWhatNeedsIt()
{
    TextTable table;
    table.columns = {"name", "value"};
    table.rows = {{"plain", "1"}, {"a,b", "say \"hi\""}, {"two\nlines", "-2.5"}};
    QCOMPARE(toCsv(table), std::string("name,value\n"
                                       "plain,1\n"
                                       "\"a,b\",\"say \"\"hi\"\"\"\n"
                                       "\"two\nlines\",-2.5\n"));
}

void TestTextTable::jsonTypesFollowTheColumn()
{
    const auto json = nlohmann::json::parse(toJson(metricTable()));
    QCOMPARE(json.size(), std::size_t(3));
    QVERIFY(json[0]["value"].is_number());
    QCOMPARE(json[0]["value"].get<double>(), 0.812);
    QCOMPARE(json[1]["value"].get<double>(), 12.0);
    QVERIFY(json[2]["value"].is_null()); // empty numeric cell
    QVERIFY(json[0]["note"].is_null());  // empty text cell
    QCOMPARE(json[1]["note"].get<std::string>(), std::string("local optima"));
    QCOMPARE(json[0]["metric"].get<std::string>(), std::string("fdc"));

    TextTable special;
    special.columns = {"x"};
    special.rows = {{"nan"}, {"inf"}, {"1e-05"}};
    const auto values = nlohmann::json::parse(toJson(special));
    QVERIFY(values[0]["x"].is_null()); // JSON has no NaN or infinity
    QVERIFY(values[1]["x"].is_null());
    QCOMPARE(values[2]["x"].get<double>(), 1e-05);
}

void TestTextTable::latexBooktabs()
{
    QCOMPARE(toLatex(metricTable()), std::string("\\begin{tabular}{lrl}\n"
                                                 "\\toprule\n"
                                                 "metric & value & note \\\\\n"
                                                 "\\midrule\n"
                                                 "fdc & $0.812$ &  \\\\\n"
                                                 "n\\_lo & $12$ & local optima \\\\\n"
                                                 "nu &  & undefined, one optimum \\\\\n"
                                                 "\\bottomrule\n"
                                                 "\\end{tabular}\n"));
}

void TestTextTable::latexEscapesAndNumbers_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("latex");
    QTest::newRow("underscore") << "max_depth"
                                << "max\\_depth";
    QTest::newRow("percent and ampersand") << "12% & more"
                                           << "12\\% \\& more";
    QTest::newRow("braces dollar hash") << "{a} $5 #1"
                                        << "\\{a\\} \\$5 \\#1";
    QTest::newRow("tilde caret backslash") << "~^\\"
                                           << "\\textasciitilde{}\\textasciicircum{}\\textbackslash{}";
    QTest::newRow("negative") << "-0.5"
                              << "$-0.5$";
    QTest::newRow("exponent") << "2.5e-05"
                              << "$2.5\\times10^{-5}$";
    QTest::newRow("power of ten") << "1e+06"
                                  << "$10^{6}$";
    QTest::newRow("infinity") << "-inf"
                              << "$-\\infty$";
    QTest::newRow("nan") << "nan"
                         << "--";
}

void TestTextTable::latexEscapesAndNumbers()
{
    QFETCH(QString, cell);
    QFETCH(QString, latex);
    QCOMPARE(QString::fromStdString(latexCell(cell.toStdString())), latex);
}

void TestTextTable::latexFloatWithCaption()
{
    TextTable table;
    table.columns = {"a"};
    table.rows = {{"x"}};
    QCOMPARE(toLatex(table, "Metrics of xgboost_wine", "tab:metrics"),
             std::string("\\begin{table}\n\\centering\n"
                         "\\caption{Metrics of xgboost\\_wine}\n"
                         "\\label{tab:metrics}\n"
                         "\\begin{tabular}{l}\n\\toprule\na \\\\\n\\midrule\nx \\\\\n\\bottomrule\n\\end{tabular}\n"
                         "\\end{table}\n"));
}

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
