// analyze / compare / importance --format csv|json|latex on the small test
// database (tests/support/TestDatabases.h), against hand-worked values:
// 3 x 2 grid, landscape 1 loss = id / 10 (id = 2 * lr index + booster index),
// landscape 2 the partial test landscape 0.5 + id / 10 on ids 0..3.
#include "app/CliTestHelpers.h"
#include "support/TestDatabases.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace hplx;
using hplxtest::Run;
using hplxtest::runCli;

namespace {

// The CSV line starting with `key,` split at commas outside quotes.
QStringList csvRow(const QByteArray &csv, const QString &key)
{
    for (const QString &line : QString::fromUtf8(csv).split(QLatin1Char('\n'))) {
        if (!line.startsWith(key + QLatin1Char(',')))
            continue;
        QStringList cells{QString()};
        bool quoted = false;
        for (const QChar c : line) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == QLatin1Char(',') && !quoted)
                cells.append(QString());
            else
                cells.last() += c;
        }
        return cells;
    }
    return {};
}

} // namespace

class TestCliTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void analyzeCsv();
    void analyzeLatexAndJsonSynonym();
    void compareLatex();
    void compareCsv();
    void importanceCsvAndLatex();
    void badFormats();

private:
    Run cli(const QString &command, const QStringList &args) { return runCli(QStringList{command, m_db} + args); }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliTables::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("small.db"));
    test::writeSmallDatabase(m_db);
}

void TestCliTables::analyzeCsv()
{
    const Run run = cli(QStringLiteral("analyze"), {QStringLiteral("--landscape"), QStringLiteral("1"),
                                                    QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("metric,value,variant,parameters,note\n"));
    QCOMPARE(run.out.count('\n'), 17); // header, 15 metrics, delta_l
    // Loss grows with the id: one local optimum (id 0) whose greedy basin is all 6.
    QCOMPARE(csvRow(run.out, QStringLiteral("n_lo")),
             QStringList({QStringLiteral("n_lo"), QStringLiteral("1"), QStringLiteral("count"), {}, {}}));
    QCOMPARE(csvRow(run.out, QStringLiteral("s_b")).at(1), QStringLiteral("6"));
    QCOMPARE(csvRow(run.out, QStringLiteral("s_b_fraction")).at(1), QStringLiteral("1"));
    QCOMPARE(csvRow(run.out, QStringLiteral("go_access")).at(1), QStringLiteral("1"));
    // Neighbours differ by at least 0.1 > eps 0.01: nothing is neutral.
    QCOMPARE(
        csvRow(run.out, QStringLiteral("nu")),
        QStringList(
            {QStringLiteral("nu"), QStringLiteral("0"), QStringLiteral("absolute"), QStringLiteral("eps=0.01"), {}}));
    // Steps to id 0 (lr index + booster index): 0 1 1 2 2 3, mean 1.5.
    QCOMPARE(csvRow(run.out, QStringLiteral("mean_dist_go")).at(1), QStringLiteral("1.5"));
    // Undefined values are empty cells with the reason in the note.
    const QStringList basin = csvRow(run.out, QStringLiteral("basin_fit_corr"));
    QCOMPARE(basin.at(1), QString());
    QVERIFY(basin.at(4).contains(QStringLiteral("single local optimum")));
    // delta_l: test - train = 0.5 on each of the 4 common configurations.
    QCOMPARE(csvRow(run.out, QStringLiteral("delta_l")),
             QStringList({QStringLiteral("delta_l"),
                          QStringLiteral("0.5"),
                          QStringLiteral("test - train, mean over configurations"),
                          QStringLiteral("with landscape 2, 4 configurations"),
                          {}}));
}

void TestCliTables::analyzeLatexAndJsonSynonym()
{
    const QStringList landscape{QStringLiteral("--landscape"), QStringLiteral("1")};
    const Run latex =
        cli(QStringLiteral("analyze"), landscape + QStringList{QStringLiteral("--format"), QStringLiteral("latex")});
    QVERIFY2(latex.exitCode == 0, latex.err.constData());
    QVERIFY(latex.out.startsWith("\\begin{table}\n\\centering\n\\caption{Landscape metrics of landscape 1 (xgboost / "
                                 "wine / train / 1-accuracy)}\n\\label{tab:hplx-metrics-1}\n"
                                 "\\begin{tabular}{lrlll}\n\\toprule\n"
                                 "metric & value & variant & parameters & note \\\\\n\\midrule\n"));
    QVERIFY(latex.out.contains("\nn\\_lo & $1$ & count &  &  \\\\\n"));
    QVERIFY(latex.out.contains("\nmean\\_dist\\_go & $1.5$ & mean over evaluated configurations &  &  \\\\\n"));
    QVERIFY(latex.out.endsWith("\\bottomrule\n\\end{tabular}\n\\end{table}\n"));

    // --json is --format json, and its document is the one it always was.
    const Run json = cli(QStringLiteral("analyze"), landscape + QStringList{QStringLiteral("--json")});
    const Run format =
        cli(QStringLiteral("analyze"), landscape + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(format.out, json.out);
    QVERIFY(QJsonDocument::fromJson(json.out).object().contains(QStringLiteral("graph")));
    // Text stays the default.
    const Run text = cli(QStringLiteral("analyze"), landscape);
    QVERIFY(text.out.startsWith("Landscape 1: xgboost / wine / train / 1-accuracy\n"));
}

void TestCliTables::compareLatex()
{
    // 4 common configurations in the same order: spearman 1, no shake-up; top
    // sets of ceil(0.1 * 4) = 1 configuration, both {0}: IoU and overlap 1.
    const Run run =
        cli(QStringLiteral("compare"), {QStringLiteral("--a"), QStringLiteral("1"), QStringLiteral("--b"),
                                        QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("latex")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("\\begin{table}\n"
                                 "\\centering\n"
                                 "\\caption{Similarity of landscape 1 (xgboost / wine / train / 1-accuracy) and "
                                 "landscape 2 (xgboost / wine / test / 1-accuracy)}\n"
                                 "\\label{tab:hplx-similarity-1-2}\n"
                                 "\\begin{tabular}{lrl}\n"
                                 "\\toprule\n"
                                 "measure & value & parameters \\\\\n"
                                 "\\midrule\n"
                                 "spearman & $1$ & compared=4 \\\\\n"
                                 "shakeup\\_all & $0$ & compared=4 \\\\\n"
                                 "shakeup\\_top & $0$ & top=0.1 \\\\\n"
                                 "gamma\\_set\\_iou & $1$ & gamma=0.1, top\\_size=1 \\\\\n"
                                 "gamma\\_set\\_overlap & $1$ & gamma=0.1, top\\_size=1 \\\\\n"
                                 "\\bottomrule\n"
                                 "\\end{tabular}\n"
                                 "\\end{table}\n"));
}

void TestCliTables::compareCsv()
{
    const Run run =
        cli(QStringLiteral("compare"), {QStringLiteral("--a"), QStringLiteral("1"), QStringLiteral("--b"),
                                        QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("measure,value,parameters\n"));
    QCOMPARE(run.out.count('\n'), 6);
    QVERIFY(std::fabs(csvRow(run.out, QStringLiteral("spearman")).at(1).toDouble() - 1.0) < 1e-12);
    QCOMPARE(csvRow(run.out, QStringLiteral("shakeup_all")),
             QStringList({QStringLiteral("shakeup_all"), QStringLiteral("0"), QStringLiteral("compared=4")}));
    QCOMPARE(
        csvRow(run.out, QStringLiteral("gamma_set_iou")),
        QStringList({QStringLiteral("gamma_set_iou"), QStringLiteral("1"), QStringLiteral("gamma=0.1, top_size=1")}));
    QVERIFY(run.out.contains("\ngamma_set_iou,1,\"gamma=0.1, top_size=1\"\n")); // quoted: holds a comma
}

void TestCliTables::importanceCsvAndLatex()
{
    // Additive: lr effects -0.2, 0, 0.2 (variance 0.08/3), booster -0.05, 0.05
    // (0.0025); total 0.175/6: shares 32/35 and 3/35, no interaction.
    const QStringList landscape{QStringLiteral("--landscape"), QStringLiteral("1"), QStringLiteral("--format")};
    const Run csv = cli(QStringLiteral("importance"), landscape + QStringList{QStringLiteral("csv")});
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QVERIFY(csv.out.startsWith("term,share,variance\n"));
    QCOMPARE(csv.out.count('\n'), 5);
    const QStringList lr = csvRow(csv.out, QStringLiteral("lr"));
    QVERIFY(std::fabs(lr.at(1).toDouble() - 32.0 / 35.0) < 1e-12);
    QVERIFY(std::fabs(lr.at(2).toDouble() - 0.08 / 3.0) < 1e-12);
    const QStringList booster = csvRow(csv.out, QStringLiteral("booster"));
    QVERIFY(std::fabs(booster.at(1).toDouble() - 3.0 / 35.0) < 1e-12);
    QVERIFY(std::fabs(booster.at(2).toDouble() - 0.0025) < 1e-12);
    QCOMPARE(csvRow(csv.out, QStringLiteral("lr x booster")),
             QStringList({QStringLiteral("lr x booster"), QStringLiteral("0"), QStringLiteral("0")}));
    QCOMPARE(csvRow(csv.out, QStringLiteral("(higher-order interactions)")).mid(1),
             QStringList({QStringLiteral("0"), QStringLiteral("0")}));

    const Run latex = cli(QStringLiteral("importance"), landscape + QStringList{QStringLiteral("latex")});
    QVERIFY2(latex.exitCode == 0, latex.err.constData());
    QCOMPARE(latex.out, QByteArray("\\begin{table}\n"
                                   "\\centering\n"
                                   "\\caption{Functional ANOVA of landscape 1 (xgboost / wine / train / 1-accuracy), "
                                   "raw scale}\n"
                                   "\\label{tab:hplx-importance-1}\n"
                                   "\\begin{tabular}{lrr}\n"
                                   "\\toprule\n"
                                   "term & share & variance \\\\\n"
                                   "\\midrule\n"
                                   "lr & $0.9143$ & $0.02667$ \\\\\n"
                                   "booster & $0.08571$ & $0.0025$ \\\\\n"
                                   "lr x booster & $0$ & $0$ \\\\\n"
                                   "(higher-order interactions) & $0$ & $0$ \\\\\n"
                                   "\\bottomrule\n"
                                   "\\end{tabular}\n"
                                   "\\end{table}\n"));
    // JSON keeps its document: singles and pairs.
    const Run json = cli(QStringLiteral("importance"), landscape + QStringList{QStringLiteral("json")});
    QVERIFY(QJsonDocument::fromJson(json.out).object().contains(QStringLiteral("singles")));
}

void TestCliTables::badFormats()
{
    const QStringList landscape{QStringLiteral("--landscape"), QStringLiteral("1")};
    const Run unknown =
        cli(QStringLiteral("analyze"), landscape + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("expected csv, json or latex"));
    const Run contradiction =
        cli(QStringLiteral("importance"),
            landscape + QStringList{QStringLiteral("--json"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(contradiction.exitCode, 2);
    QVERIFY(contradiction.err.contains("--json contradicts --format csv"));
}

QTEST_GUILESS_MAIN(TestCliTables)
#include "tst_cli_tables.moc"
