// End-to-end checks of hplx-cli: exit codes, one-line errors naming the file,
// JSON output, and that `info` leaves the user's database byte-identical.
#include "app/CliTestHelpers.h"
#include "core/CoreTestHelpers.h"
#include "core/build/BuildTestData.h"
#include "support/TestDatabases.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <QtTest>
#include <algorithm>
#include <cmath>

#include <sqlite3.h>

using namespace hplx;
using hplxtest::Run;
using hplxtest::runCli;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importThenInfoJson();
    void infoLeavesDatabaseByteIdentical();
    void badDatabases_data();
    void badDatabases();
    void importErrors_data();
    void importErrors();
    void unknownCommand();
    void analyzeCompareImportanceLon();
    void embedWritesLayoutAndCaches();
    void embedRejectsBadOptions();
    void buildSmallSpec();
    void buildRejectsBadSpecBeforeTraining();
    void buildPausesAndResumes();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestCli::importThenInfoJson()
{
    // 2 x 2 grid at two epochs; the score column is stored as 1 - accuracy.
    const QString csv = path("grid.csv");
    QVERIFY(test::writeFile(csv, "depth,eta,epochs,train_acc,test_acc\n"
                                 "1,0.1,5,0.9,0.8\n1,0.3,5,0.92,0.81\n2,0.1,5,0.95,0.79\n2,0.3,5,0.97,\n"
                                 "1,0.1,10,0.91,0.82\n1,0.3,10,0.93,0.83\n2,0.1,10,0.96,0.8\n2,0.3,10,0.99,0.7\n"));
    const QString db = path("grid.db");
    const Run import = runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--hps"),
                               QStringLiteral("depth,eta"), QStringLiteral("--fidelity"), QStringLiteral("epochs"),
                               QStringLiteral("--maximize"), QStringLiteral("train_acc:1-x,test_acc:1-x"),
                               QStringLiteral("--model"), QStringLiteral("xgb"), QStringLiteral("--json")});
    QCOMPARE(import.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(import.out).object();
    QCOMPARE(report.value(QStringLiteral("rows")).toInt(), 8);
    const QJsonArray spaces = report.value(QStringLiteral("spaces")).toArray();
    QCOMPARE(spaces.size(), 1);
    QCOMPARE(spaces.at(0).toObject().value(QStringLiteral("size")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("landscapes"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("grid_size"))
                 .toInt(),
             4);
    QCOMPARE(report.value(QStringLiteral("landscapes")).toArray().size(), 4);

    const Run info = runCli({QStringLiteral("info"), db, QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    QJsonParseError error{};
    const QJsonObject doc = QJsonDocument::fromJson(info.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError); // stdout holds the JSON document alone
    QCOMPARE(doc.value(QStringLiteral("schema_version")).toInt(), 1);
    const QJsonArray landscapes = doc.value(QStringLiteral("landscapes")).toArray();
    QCOMPARE(landscapes.size(), 4);
    // Order: fidelity 5 then 10, train before test (the order of --maximize).
    const QJsonObject testAt5 = landscapes.at(1).toObject();
    QCOMPARE(testAt5.value(QStringLiteral("split")).toString(), QStringLiteral("test"));
    QCOMPARE(testAt5.value(QStringLiteral("loss")).toString(), QStringLiteral("1-test_acc"));
    QCOMPARE(testAt5.value(QStringLiteral("evaluated")).toInt(), 3); // one empty cell
    QCOMPARE(testAt5.value(QStringLiteral("complete")).toBool(), false);
    QCOMPARE(testAt5.value(QStringLiteral("fidelity")).toObject().value(QStringLiteral("value")).toDouble(), 5.0);
    const QJsonArray hps = doc.value(QStringLiteral("spaces"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("hyperparameters"))
                               .toArray();
    QCOMPARE(hps.size(), 2);
    QCOMPARE(hps.at(1).toObject().value(QStringLiteral("values")).toArray().at(1).toString(), QStringLiteral("0.3"));

    const Run text = runCli({QStringLiteral("info"), db});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("epochs=10"));
    QVERIFY(text.out.contains("3/4 (partial)"));
}

void TestCli::infoLeavesDatabaseByteIdentical()
{
    const QString db = path("identical.db");
    test::writeSmallDatabase(db);
    const QByteArray before = test::fileDigest(db);
    const QDateTime modified = QFileInfo(db).lastModified();
    QVERIFY(!before.isEmpty());
    QCOMPARE(runCli({QStringLiteral("info"), db}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("info"), db, QStringLiteral("--json")}).exitCode, 0);
    QCOMPARE(test::fileDigest(db), before);
    QCOMPARE(QFileInfo(db).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
}

void TestCli::badDatabases_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing file") << "missing"
                                  << "cannot open";
    QTest::newRow("text file") << "text"
                               << "not a database";
    QTest::newRow("foreign sqlite") << "foreign"
                                    << "not an HPLX landscape database";
    QTest::newRow("newer schema") << "newer"
                                  << "schema version 7";
    QTest::newRow("truncated") << "truncated"
                               << "";
}

void TestCli::badDatabases()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString db = path("bad-") + kind + QStringLiteral(".db");
    if (kind == QLatin1String("text")) {
        QVERIFY(test::writeFile(db, "lr,loss\n0.1,0.5\n"));
    } else if (kind == QLatin1String("foreign") || kind == QLatin1String("newer")) {
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &handle), SQLITE_OK);
        const char *sql = kind == QLatin1String("foreign")
                              ? "CREATE TABLE results(lr REAL, loss REAL)"
                              : "CREATE TABLE hplx_meta(key TEXT PRIMARY KEY, value TEXT);"
                                "INSERT INTO hplx_meta VALUES('format','hplx-landscapes'),('schema_version','7')";
        QCOMPARE(sqlite3_exec(handle, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(handle);
    } else if (kind == QLatin1String("truncated")) {
        test::writeSmallDatabase(db);
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
    }
    const QByteArray before = test::fileDigest(db);
    const Run run = runCli({QStringLiteral("info"), db});
    QCOMPARE(run.status, QProcess::NormalExit); // a message, never a crash
    QVERIFY2(run.exitCode != 0, run.out.constData());
    QCOMPARE(run.err.count('\n'), 1); // one line
    QVERIFY2(run.err.contains(db.toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
    QCOMPARE(test::fileDigest(db), before);
}

void TestCli::importErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QStringList basic = {QStringLiteral("--hps"), QStringLiteral("lr"), QStringLiteral("--loss"),
                               QStringLiteral("valid_loss")};
    QTest::newRow("unknown column") << QByteArray("lr,valid_loss\n0.1,0.5\n")
                                    << QStringList{QStringLiteral("--hps"), QStringLiteral("lr,depth"),
                                                   QStringLiteral("--loss"), QStringLiteral("valid_loss")}
                                    << 2 << "has no column 'depth'";
    QTest::newRow("text loss") << QByteArray("lr,valid_loss\n0.1,0.5\n0.2,high\n") << basic << 1
                               << "line 3, column 'valid_loss': 'high' is not a number";
    QTest::newRow("infinite loss") << QByteArray("lr,valid_loss\n0.1,inf\n") << basic << 1
                                   << "line 2, column 'valid_loss': 'inf' is not finite";
    QTest::newRow("duplicate") << QByteArray("lr,valid_loss\n0.1,0.5\n0.1,0.6\n") << basic << 1
                               << "line 3: the configuration (lr=0.1) already has a value";
    QTest::newRow("unknown split") << QByteArray("lr,score\n0.1,0.5\n")
                                   << QStringList{QStringLiteral("--hps"), QStringLiteral("lr"),
                                                  QStringLiteral("--loss"), QStringLiteral("score")}
                                   << 2 << "--split-of score=train|valid|test";
    QTest::newRow("unknown option") << QByteArray("lr,valid_loss\n0.1,0.5\n")
                                    << (QStringList(basic) << QStringLiteral("--frobnicate")) << 2
                                    << "unknown option --frobnicate";
}

void TestCli::importErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QString file = path("input.csv");
    QVERIFY(test::writeFile(file, csv));
    const QString db = path("never-created.db");
    const Run run = runCli(QStringList{QStringLiteral("import"), file, QStringLiteral("--db"), db} + options);
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
    QVERIFY(!QFileInfo::exists(db)); // a failed import leaves no file behind
}

void TestCli::unknownCommand()
{
    const Run run = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("unknown command 'frobnicate'"));
}

// The small database: lr {0.01, 0.1, 1} x booster {gbtree, dart}, train loss
// id / 10 (so id = 2 lr + booster is additive), test 0.5 + id / 10 on ids 0-3.
void TestCli::analyzeCompareImportanceLon()
{
    const QString db = path("analysis.db");
    test::writeSmallDatabase(db);
    const QByteArray before = test::fileDigest(db);

    const Run analyze = runCli(
        {QStringLiteral("analyze"), db, QStringLiteral("--landscape"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(analyze.exitCode == 0, analyze.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(analyze.out).object();
    const QJsonObject metrics = doc.value(QStringLiteral("metrics")).toObject();
    for (const char *key : {"l_ast", "rho_a", "nu", "ndc", "n_lo", "s_b", "fdc", "ffi", "mean_dist_go", "gradient",
                            "go_access", "basin_fit_corr", "delta_l"})
        QVERIFY2(metrics.contains(QLatin1String(key)), key);
    // Loss grows with the id and every neighbour has another id: one optimum, id 0.
    QCOMPARE(metrics.value(QStringLiteral("n_lo")).toObject().value(QStringLiteral("value")).toDouble(), 1.0);
    QCOMPARE(metrics.value(QStringLiteral("go_access")).toObject().value(QStringLiteral("value")).toDouble(), 1.0);
    QCOMPARE(metrics.value(QStringLiteral("l_ast")).toObject().value(QStringLiteral("variant")).toString(),
             QStringLiteral("directed"));
    // delta_l against the test landscape: 0.5 on each of the 4 common configurations.
    const QJsonObject gap = metrics.value(QStringLiteral("delta_l")).toObject();
    QCOMPARE(gap.value(QStringLiteral("value")).toDouble(), 0.5);
    QCOMPARE(gap.value(QStringLiteral("compared")).toInt(), 4);
    QCOMPARE(doc.value(QStringLiteral("graph"))
                 .toObject()
                 .value(QStringLiteral("global_optimum"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInt(),
             0);

    const Run compare = runCli({QStringLiteral("compare"), db, QStringLiteral("--a"), QStringLiteral("1"),
                                QStringLiteral("--b"), QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(compare.exitCode == 0, compare.err.constData());
    const QJsonObject similarity = QJsonDocument::fromJson(compare.out).object();
    QCOMPARE(similarity.value(QStringLiteral("configurations_compared")).toInt(), 4);
    QCOMPARE(similarity.value(QStringLiteral("spearman")).toDouble(), 1.0);
    QCOMPARE(similarity.value(QStringLiteral("shakeup")).toObject().value(QStringLiteral("all")).toDouble(), 0.0);
    QCOMPARE(similarity.value(QStringLiteral("gamma_set")).toObject().value(QStringLiteral("iou")).toDouble(), 1.0);

    // Additive: lr main effects -0.2, 0, 0.2 (variance 0.08/3), booster -0.05, 0.05
    // (0.0025), total variance 0.175/6: shares 32/35 and 3/35, interaction 0.
    const Run importance = runCli({QStringLiteral("importance"), db, QStringLiteral("--landscape"), QStringLiteral("1"),
                                   QStringLiteral("--json")});
    QVERIFY2(importance.exitCode == 0, importance.err.constData());
    const QJsonObject fanova = QJsonDocument::fromJson(importance.out).object();
    const QJsonArray singles = fanova.value(QStringLiteral("singles")).toArray();
    QCOMPARE(singles.size(), 2);
    QCOMPARE(singles.at(0).toObject().value(QStringLiteral("hp")).toString(), QStringLiteral("lr"));
    QVERIFY(std::fabs(singles.at(0).toObject().value(QStringLiteral("share")).toDouble() - 32.0 / 35.0) < 1e-12);
    QVERIFY(std::fabs(singles.at(1).toObject().value(QStringLiteral("share")).toDouble() - 3.0 / 35.0) < 1e-12);
    QVERIFY(
        std::fabs(
            fanova.value(QStringLiteral("pairs")).toArray().at(0).toObject().value(QStringLiteral("share")).toDouble())
        < 1e-12);
    // The test landscape is partial: the exact decomposition is refused, clearly.
    const Run partial = runCli({QStringLiteral("importance"), db, QStringLiteral("--landscape"), QStringLiteral("2")});
    QCOMPARE(partial.exitCode, 1);
    QVERIFY2(partial.err.contains("4 of 6"), partial.err.constData());

    const QString graphml = path("lon.graphml");
    const Run lon = runCli({QStringLiteral("lon"), db, QStringLiteral("--landscape"), QStringLiteral("1"),
                            QStringLiteral("--out"), graphml, QStringLiteral("--json")});
    QVERIFY2(lon.exitCode == 0, lon.err.constData());
    QCOMPARE(QJsonDocument::fromJson(lon.out).object().value(QStringLiteral("nodes")).toInt(), 1);
    QVERIFY(QFileInfo(graphml).size() > 0);

    const Run unknown = runCli({QStringLiteral("analyze"), db, QStringLiteral("--landscape"), QStringLiteral("9")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("no landscape with id 9"));
    QCOMPARE(test::fileDigest(db), before); // every command opened it read-only
}

void TestCli::embedWritesLayoutAndCaches()
{
    const QString db = path("embed.db");
    test::writeSmallDatabase(db);
    const QByteArray before = test::fileDigest(db);
    const QString cache = path("cache/results.sqlite");
    auto embed = [&](const QString &landscape, const QString &out, const QStringList &extra) {
        return runCli(QStringList{QStringLiteral("embed"), db, QStringLiteral("--landscape"), landscape,
                                  QStringLiteral("--out"), out, QStringLiteral("--json")}
                      + extra);
    };

    const Run first = embed(QStringLiteral("1"), path("first.csv"), {QStringLiteral("--cache"), cache});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(doc.value(QStringLiteral("configurations")).toInt(), 6);
    QCOMPARE(doc.value(QStringLiteral("cached")).toBool(), false);
    // Six points: UMAP can only have 5 neighbours; trustworthiness' k is capped to (2*6 - 2) / 3 = 3.
    QCOMPARE(doc.value(QStringLiteral("umap")).toObject().value(QStringLiteral("n_neighbors")).toInt(), 5);
    const QJsonObject trust = doc.value(QStringLiteral("trustworthiness")).toObject();
    QCOMPARE(trust.value(QStringLiteral("k")).toInt(), 3);
    const double value = trust.value(QStringLiteral("value")).toDouble();
    QVERIFY2(value >= 0.0 && value <= 1.0, qPrintable(QString::number(value)));

    // One row per configuration in id order with its HP labels; the loss is
    // id / 10, so the rank (1 = best) is id + 1.
    const QList<QByteArray> lines = hplxtest::readFile(path("first.csv")).trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines[0], QByteArray("config_id,lr,booster,x,y,loss,rank"));
    const char *labels[6][2] = {{"0.01", "gbtree"}, {"0.01", "dart"}, {"0.1", "gbtree"},
                                {"0.1", "dart"},    {"1", "gbtree"},  {"1", "dart"}};
    for (int id = 0; id < 6; ++id) {
        const QList<QByteArray> cells = lines[id + 1].split(',');
        QCOMPARE(cells.size(), 7);
        QCOMPARE(cells[0].toInt(), id);
        QCOMPARE(cells[1], QByteArray(labels[id][0]));
        QCOMPARE(cells[2], QByteArray(labels[id][1]));
        bool xOk = false, yOk = false;
        QVERIFY(std::isfinite(cells[3].toDouble(&xOk)) && xOk);
        QVERIFY(std::isfinite(cells[4].toDouble(&yOk)) && yOk);
        QCOMPARE(cells[5].toDouble(), id / 10.0);
        QCOMPARE(cells[6].toDouble(), id + 1.0);
    }

    // The second run comes from the cache, byte for byte the same layout;
    // without the cache the computation reproduces it.
    const Run second = embed(QStringLiteral("1"), path("second.csv"), {QStringLiteral("--cache"), cache});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(QJsonDocument::fromJson(second.out).object().value(QStringLiteral("cached")).toBool(), true);
    QCOMPARE(hplxtest::readFile(path("second.csv")), hplxtest::readFile(path("first.csv")));
    const Run fresh = embed(QStringLiteral("1"), path("fresh.csv"), {QStringLiteral("--no-cache")});
    QVERIFY2(fresh.exitCode == 0, fresh.err.constData());
    QCOMPARE(QJsonDocument::fromJson(fresh.out).object().value(QStringLiteral("cached")).toBool(), false);
    QCOMPARE(hplxtest::readFile(path("fresh.csv")), hplxtest::readFile(path("first.csv")));
    // Another seed is another layout (and another cache entry).
    const Run seeded = embed(QStringLiteral("1"), path("seeded.csv"),
                             {QStringLiteral("--cache"), cache, QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(seeded.exitCode == 0, seeded.err.constData());
    QCOMPARE(QJsonDocument::fromJson(seeded.out).object().value(QStringLiteral("cached")).toBool(), false);
    QVERIFY(hplxtest::readFile(path("seeded.csv")) != hplxtest::readFile(path("first.csv")));

    // The interpolated surface as CSV: nodes of a 4 x 4 grid over the layout's
    // bounding box, each inside the hull, with loss and rank between the
    // points' extremes (linear interpolation cannot leave them).
    const Run surface = embed(QStringLiteral("1"), path("surface-layout.csv"),
                              {QStringLiteral("--cache"), cache, QStringLiteral("--surface"), path("surface.csv"),
                               QStringLiteral("--resolution"), QStringLiteral("4")});
    QVERIFY2(surface.exitCode == 0, surface.err.constData());
    const QJsonObject surfaceDoc =
        QJsonDocument::fromJson(surface.out).object().value(QStringLiteral("surface")).toObject();
    QCOMPARE(surfaceDoc.value(QStringLiteral("resolution")).toInt(), 4);
    double xMin = 1e300, xMax = -1e300, yMin = 1e300, yMax = -1e300;
    for (int id = 0; id < 6; ++id) {
        const QList<QByteArray> cells = lines[id + 1].split(',');
        xMin = std::min(xMin, cells[3].toDouble());
        xMax = std::max(xMax, cells[3].toDouble());
        yMin = std::min(yMin, cells[4].toDouble());
        yMax = std::max(yMax, cells[4].toDouble());
    }
    const QList<QByteArray> nodes = hplxtest::readFile(path("surface.csv")).trimmed().split('\n');
    QCOMPARE(nodes[0], QByteArray("i,j,x,y,loss,rank"));
    QVERIFY(nodes.size() >= 2 && nodes.size() <= 17);
    for (int k = 1; k < nodes.size(); ++k) {
        const QList<QByteArray> cells = nodes[k].split(',');
        QCOMPARE(cells.size(), 6);
        const int i = cells[0].toInt(), j = cells[1].toInt();
        QVERIFY(i >= 0 && i < 4 && j >= 0 && j < 4);
        QVERIFY(std::abs(cells[2].toDouble() - (xMin + i * (xMax - xMin) / 3)) <= 1e-5 * (1 + std::abs(xMin)));
        QVERIFY(std::abs(cells[3].toDouble() - (yMin + j * (yMax - yMin) / 3)) <= 1e-5 * (1 + std::abs(yMin)));
        QVERIFY(cells[4].toDouble() >= -1e-12 && cells[4].toDouble() <= 0.5 + 1e-12);
        QVERIFY(cells[5].toDouble() >= 1 - 1e-12 && cells[5].toDouble() <= 6 + 1e-12);
    }
    const Run vti = embed(QStringLiteral("1"), path("surface-layout.csv"),
                          {QStringLiteral("--cache"), cache, QStringLiteral("--surface"), path("surface.vti")});
    QVERIFY2(vti.exitCode == 0, vti.err.constData());
    QVERIFY(hplxtest::readFile(path("surface.vti")).contains("<VTKFile type=\"ImageData\""));

    // The partial test landscape: only its 4 evaluated configurations.
    const Run partial = embed(QStringLiteral("2"), path("partial.csv"), {QStringLiteral("--no-cache")});
    QVERIFY2(partial.exitCode == 0, partial.err.constData());
    QCOMPARE(hplxtest::readFile(path("partial.csv")).trimmed().split('\n').size(), 5);
    QCOMPARE(test::fileDigest(db), before); // the user's database is never written
}

void TestCli::embedRejectsBadOptions()
{
    const QString db = path("embed-bad.db");
    test::writeSmallDatabase(db);
    struct Case
    {
        QStringList options;
        int exitCode;
        const char *message;
    };
    const QList<Case> cases = {
        {{QStringLiteral("--method"), QStringLiteral("spectral")}, 2, "--method expects hope or hope-katz"},
        {{QStringLiteral("--neighbors"), QStringLiteral("0")}, 2, "--neighbors expects a whole number from 1"},
        {{QStringLiteral("--min-dist"), QStringLiteral("x")}, 2, "--min-dist expects a number"},
        {{QStringLiteral("--landscape"), QStringLiteral("9")}, 2, "no landscape with id 9"},
        {{QStringLiteral("--surface"), QStringLiteral("s.png")}, 2, "--surface expects a file ending in .vti"},
        {{QStringLiteral("--surface"), QStringLiteral("s.vti"), QStringLiteral("--resolution"), QStringLiteral("1")},
         2,
         "--resolution expects a whole number of grid nodes per side from 2 to 2000"},
        {{QStringLiteral("--resolution"), QStringLiteral("50")}, 2, "--resolution applies to --surface"},
    };
    for (const Case &c : cases) {
        const Run run =
            runCli(QStringList{QStringLiteral("embed"), db, QStringLiteral("--landscape"), QStringLiteral("1"),
                               QStringLiteral("--out"), path("bad.csv"), QStringLiteral("--no-cache")}
                   + c.options);
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, c.exitCode);
        QVERIFY2(run.err.contains(c.message), run.err.constData());
    }
    const Run unwritable = runCli({QStringLiteral("embed"), db, QStringLiteral("--landscape"), QStringLiteral("1"),
                                   QStringLiteral("--out"), path("missing/dir/out.csv"), QStringLiteral("--no-cache")});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY2(unwritable.err.contains("cannot open for writing"), unwritable.err.constData());
}

namespace {

QByteArray svmSpec(const QByteArray &grid)
{
    return R"({"learner": "svm", "datasets": [{"csv": "blobs.csv", "target": "label"}],
              "hyperparameters": )"
           + grid + R"(, "fidelity": {"values": [0.25, 0.5, 1]},
              "protocol": {"folds": 3, "seed": 3}})";
}

} // namespace

void TestCli::buildSmallSpec()
{
    QVERIFY(test::writeBlobsCsv(path("blobs.csv"), 120, 2.0));
    const QString spec = path("small.json");
    QVERIFY(test::writeFile(spec, svmSpec(R"({"C": [0.1, 1, 10], "gamma": [0.1, 1]})")));
    const QString db = path("built.db");
    const Run run = runCli(
        {QStringLiteral("build"), spec, QStringLiteral("--db"), db, QStringLiteral("--threads"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("6 configurations x 3 data_fraction value(s), 3-fold CV + test refit: 72 evaluations"));
    QVERIFY(run.out.contains("Stored 9 landscapes"));
    QVERIFY(!QFileInfo::exists(db + QStringLiteral(".build-journal"))); // removed when done

    const Run info = runCli({QStringLiteral("info"), db, QStringLiteral("--json")});
    const QJsonArray landscapes =
        QJsonDocument::fromJson(info.out).object().value(QStringLiteral("landscapes")).toArray();
    QCOMPARE(landscapes.size(), 9);
    QCOMPARE(landscapes.at(0).toObject().value(QStringLiteral("dataset")).toString(), QStringLiteral("blobs"));
    QCOMPARE(landscapes.at(0).toObject().value(QStringLiteral("split")).toString(), QStringLiteral("train"));
    QCOMPARE(landscapes.at(2).toObject().value(QStringLiteral("split")).toString(), QStringLiteral("test"));
    const QJsonObject attributes = landscapes.at(8).toObject().value(QStringLiteral("attributes")).toObject();
    QCOMPARE(attributes.value(QStringLiteral("protocol")).toObject().value(QStringLiteral("folds")).toInt(), 3);
    QCOMPARE(attributes.value(QStringLiteral("learner")).toString(), QStringLiteral("svm"));

    // Building the same landscapes into the same file again is refused up front.
    const Run again = runCli({QStringLiteral("build"), spec, QStringLiteral("--db"), db});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("already holds the landscape 'svm / blobs / data_fraction=0.25 / train / 1-accuracy'"),
             again.err.constData());
}

void TestCli::buildRejectsBadSpecBeforeTraining()
{
    QVERIFY(test::writeBlobsCsv(path("blobs.csv"), 120, 2.0));
    const QString spec = path("bad.json");
    // A huge grid whose last value is out of range: the error must come at once.
    QByteArray values;
    for (int k = 1; k <= 200; ++k)
        values += QByteArray::number(k * 10) + ",";
    QVERIFY(test::writeFile(spec, svmSpec("{\"C\": [" + values + "1e9], \"gamma\": [0.1, 1, 10]}")));
    const QString db = path("bad-build.db");
    QElapsedTimer timer;
    timer.start();
    const Run run = runCli({QStringLiteral("build"), spec, QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("hyperparameters.C[200]: '1e+09' is outside the range of C"), run.err.constData());
    QVERIFY(run.out.isEmpty()); // nothing started
    QVERIFY(!QFileInfo::exists(db));
    QVERIFY(timer.elapsed() < 20000);
}

void TestCli::buildPausesAndResumes()
{
    QVERIFY(test::writeBlobsCsv(path("blobs.csv"), 120, 2.0));
    const QString spec = path("resume.json");
    QVERIFY(test::writeFile(spec, svmSpec(R"({"C": [0.1, 1, 10, 100], "gamma": [0.01, 0.1, 1]})")));
    const QString db = path("resumed.db");
    const Run first = runCli({QStringLiteral("build"), spec, QStringLiteral("--db"), db,
                              QStringLiteral("--max-evaluations"), QStringLiteral("50")});
    QCOMPARE(first.exitCode, 1);
    QVERIFY2(first.err.contains("build paused after 50 of 144 evaluations"), first.err.constData());
    QVERIFY(QFileInfo::exists(db + QStringLiteral(".build-journal")));
    const Run second = runCli({QStringLiteral("build"), spec, QStringLiteral("--db"), db});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QVERIFY2(second.out.contains("144 evaluations (50 from the journal)"), second.out.constData());
    QVERIFY(!QFileInfo::exists(db + QStringLiteral(".build-journal")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
